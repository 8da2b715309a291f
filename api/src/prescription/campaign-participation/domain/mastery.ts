import { certifiabilityOf, scoreCompetence } from '../../../shared/domain/pix-score';
import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';

/**
 * What a participation is worth (domain.md §6), pure: the mastery of an assessment campaign's skills
 * (validated skills / campaign skills, overall and per competence) and, for a profiles collection, the
 * whole profile (pix, certifiable or not). Sharing stores these values with a snapshot of the knowledge
 * they come from, so that results, exports and analyses never recompute them.
 */

/** The latest knowledge element of a skill (reset ones left out). */
export interface KnowledgeFact {
  skillId: string;
  competenceId: string;
  status: 'validated' | 'invalidated';
  earnedPix: number;
}

export interface TargetSkill {
  id: string;
  competenceId: string;
}

export interface CompetenceResult {
  competenceId: string;
  /** Assessment: the campaign's skills of the competence (null for a profiles collection). */
  targetedSkillsCount: number | null;
  validatedSkillsCount: number;
  pixScore: number;
  /** Profiles collection: the competence's level (null for an assessment, which tests only some skills). */
  level: number | null;
}

/** Stored at sharing (jsonb, read as is by exports): the knowledge used, and its sums per competence. */
export interface KnowledgeSnapshot {
  validatedSkillIds: string[];
  invalidatedSkillIds: string[];
  /** In the framework's order. */
  competences: CompetenceResult[];
}

export interface ParticipationValues {
  validatedSkillsCount: number;
  pixScore: number;
  /** 0 … 1. */
  masteryRate: number;
  isCertifiable: boolean | null;
  certifiableCompetencesCount: number | null;
  snapshot: KnowledgeSnapshot;
}

export const masteryRateOf = (validated: number, targeted: number) => (targeted > 0 ? validated / targeted : 0);

const sortedIds = (facts: KnowledgeFact[], status: KnowledgeFact['status']) =>
  facts
    .filter((k) => k.status === status)
    .map((k) => k.skillId)
    .sort();

function groupByCompetence<T extends { competenceId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.competenceId);
    if (group) group.push(item);
    else groups.set(item.competenceId, [item]);
  }
  return groups;
}

/**
 * An assessment campaign: among the campaign's skills, those whose latest knowledge element is validated
 * (wherever it comes from: this test, the positioning, another campaign). Pix per competence as the
 * profile counts them (domain.md §2), over the campaign's skills only.
 */
export function assessmentValuesOf(targetSkills: readonly TargetSkill[], knowledge: readonly KnowledgeFact[], competenceOrder: readonly string[]): ParticipationValues {
  const targets = new Map(targetSkills.map((s) => [s.id, s]));
  const facts = knowledge.filter((k) => targets.has(k.skillId));
  const targetsByCompetence = groupByCompetence([...targets.values()]);
  const factsByCompetence = groupByCompetence(facts);
  const rank = (id: string) => (competenceOrder.includes(id) ? competenceOrder.indexOf(id) : competenceOrder.length);
  const competences = [...targetsByCompetence.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((competenceId) => {
      const validated = (factsByCompetence.get(competenceId) ?? []).filter((k) => k.status === 'validated');
      return {
        competenceId,
        targetedSkillsCount: targetsByCompetence.get(competenceId)!.length,
        validatedSkillsCount: validated.length,
        pixScore: scoreCompetence(competenceId, validated.map((k) => k.earnedPix)).pixScore,
        level: null,
      };
    });
  const validatedSkillsCount = competences.reduce((sum, c) => sum + c.validatedSkillsCount, 0);
  return {
    validatedSkillsCount,
    pixScore: competences.reduce((sum, c) => sum + c.pixScore, 0),
    masteryRate: masteryRateOf(validatedSkillsCount, targets.size),
    isCertifiable: null,
    certifiableCompetencesCount: null,
    snapshot: { validatedSkillIds: sortedIds(facts, 'validated'), invalidatedSkillIds: sortedIds(facts, 'invalidated'), competences },
  };
}

/**
 * A profiles collection: the whole profile. Mastery = pix / maximum pix; certifiable with at least 5
 * competences at level 1 or more (FRAMEWORK_RULES, domain.md §2).
 */
export function profileValuesOf(competenceIds: readonly string[], knowledge: readonly KnowledgeFact[], maxLevel: number = FRAMEWORK_RULES.maxReachableLevel): ParticipationValues {
  const known = new Set(competenceIds);
  const facts = knowledge.filter((k) => known.has(k.competenceId));
  const factsByCompetence = groupByCompetence(facts);
  const competences = competenceIds.map((competenceId) => {
    const validated = (factsByCompetence.get(competenceId) ?? []).filter((k) => k.status === 'validated');
    const score = scoreCompetence(competenceId, validated.map((k) => k.earnedPix), maxLevel);
    return { competenceId, targetedSkillsCount: null, validatedSkillsCount: validated.length, pixScore: score.pixScore, level: score.level };
  });
  const pixScore = competences.reduce((sum, c) => sum + c.pixScore, 0);
  const { isCertifiable, certifiableCompetencesCount } = certifiabilityOf(competences.map((c) => c.level));
  return {
    validatedSkillsCount: competences.reduce((sum, c) => sum + c.validatedSkillsCount, 0),
    pixScore,
    masteryRate: Math.min(1, pixScore / (competenceIds.length * FRAMEWORK_RULES.pixPerLevel * maxLevel || 1)),
    isCertifiable,
    certifiableCompetencesCount,
    snapshot: { validatedSkillIds: sortedIds(facts, 'validated'), invalidatedSkillIds: sortedIds(facts, 'invalidated'), competences },
  };
}

export interface CompetenceMastery {
  competenceId: string;
  targetedSkillsCount: number;
  validatedSkillsCount: number;
  masteryRate: number;
}

/** "Vous maîtrisez X % des compétences testées": an assessment's results, overall and per competence. */
export interface AssessmentResults {
  masteryRate: number;
  validatedSkillsCount: number;
  targetedSkillsCount: number;
  competences: CompetenceMastery[];
}

export function assessmentResultsOf(snapshot: KnowledgeSnapshot): AssessmentResults {
  const competences = snapshot.competences.map((c) => ({
    competenceId: c.competenceId,
    targetedSkillsCount: c.targetedSkillsCount ?? 0,
    validatedSkillsCount: c.validatedSkillsCount,
    masteryRate: masteryRateOf(c.validatedSkillsCount, c.targetedSkillsCount ?? 0),
  }));
  const validatedSkillsCount = competences.reduce((sum, c) => sum + c.validatedSkillsCount, 0);
  const targetedSkillsCount = competences.reduce((sum, c) => sum + c.targetedSkillsCount, 0);
  return { masteryRate: masteryRateOf(validatedSkillsCount, targetedSkillsCount), validatedSkillsCount, targetedSkillsCount, competences };
}
