import { FRAMEWORK_RULES } from '../../shared/domain/framework-rules';
import { scoreCompetence, type CompetenceScore } from '../../shared/domain/pix-score';

/** The pix scoring is the platform's rule (shared/domain/pix-score.ts); the profile scores every competence with it. */
export { certifiabilityOf, scoreCompetence, type Certifiability, type CompetenceScore } from '../../shared/domain/pix-score';

/** The latest knowledge element of a skill for a learner (reset ones are already left out). */
export interface KnowledgeElementFact {
  skillId: string;
  competenceId: string;
  status: 'validated' | 'invalidated';
  earnedPix: number;
  createdAt: Date;
  assessmentId: number | null;
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
