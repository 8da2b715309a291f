import { FRAMEWORK_RULES } from '../../learning-content';

/** The latest knowledge element of a skill for a learner (reset ones are already left out). */
export interface KnowledgeElementFact {
  skillId: string;
  competenceId: string;
  status: 'validated' | 'invalidated';
  earnedPix: number;
  createdAt: Date;
  assessmentId: number | null;
}

export interface CompetenceScore {
  competenceId: string;
  pixScore: number;
  level: number;
  pixToNextLevel: number;
  maxLevel: number;
}

/**
 * pix = min(floor(sum of earned pix), 8 × max level); level = min(floor(sum / 8), max level).
 * The sum is rounded to 6 decimals first, so three skills worth 8/3 make exactly 8 (domain.md §2).
 */
export function scoreCompetence(
  competenceId: string,
  earnedPix: number[],
  maxLevel: number = FRAMEWORK_RULES.maxReachableLevel,
): CompetenceScore {
  const sum = Math.round(earnedPix.reduce((total, pix) => total + pix, 0) * 1e6) / 1e6;
  const { pixPerLevel } = FRAMEWORK_RULES;
  const pixScore = Math.min(Math.floor(sum), pixPerLevel * maxLevel);
  const level = Math.min(Math.floor(sum / pixPerLevel), maxLevel);
  const pixToNextLevel = level >= maxLevel ? 0 : (level + 1) * pixPerLevel - pixScore;
  return { competenceId, pixScore, level, pixToNextLevel, maxLevel };
}

/** Certifiability (domain.md §2): enough competences at level 1 or more. */
export interface Certifiability {
  isCertifiable: boolean;
  certifiableCompetencesCount: number;
  requiredCertifiableCompetencesCount: number;
}

export function certifiabilityOf(competenceLevels: readonly number[]): Certifiability {
  const certifiableCompetencesCount = competenceLevels.filter((level) => level >= 1).length;
  const requiredCertifiableCompetencesCount = FRAMEWORK_RULES.certifiableCompetencesCount;
  return {
    isCertifiable: certifiableCompetencesCount >= requiredCertifiableCompetencesCount,
    certifiableCompetencesCount,
    requiredCertifiableCompetencesCount,
  };
}

export interface ProfileScore {
  pixScore: number;
  maxPixScore: number;
  competences: CompetenceScore[];
}

/** Scores every competence of the framework from the learner's latest knowledge elements. */
export function scoreProfile(
  competenceIds: string[],
  knowledgeElements: KnowledgeElementFact[],
  maxLevel: number = FRAMEWORK_RULES.maxReachableLevel,
): ProfileScore {
  const earned = new Map<string, number[]>();
  for (const ke of knowledgeElements) {
    if (ke.status !== 'validated') continue;
    const list = earned.get(ke.competenceId) ?? [];
    list.push(ke.earnedPix);
    earned.set(ke.competenceId, list);
  }
  const competences = competenceIds.map((id) => scoreCompetence(id, earned.get(id) ?? [], maxLevel));
  return {
    pixScore: competences.reduce((total, c) => total + c.pixScore, 0),
    maxPixScore: competenceIds.length * FRAMEWORK_RULES.pixPerLevel * maxLevel,
    competences,
  };
}
