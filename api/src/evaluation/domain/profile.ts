import { FRAMEWORK_RULES } from '../../shared/domain/framework-rules';
import { certifiabilityOf, scoreCompetence, type Certifiability, type CompetenceScore } from '../../shared/domain/pix-score';
import { resetAvailability, retryAvailability } from './competence-evaluation-rules';

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

/** Where a learner stands in a competence: its positioning test's state, or COMPLETED when only knowledge remains. */
export type CompetenceEvaluationState = 'NOT_STARTED' | 'STARTED' | 'COMPLETED';

/** A competence of the learner's profile ("Mes compétences"): score, test and the two ways to go again. */
export interface CompetenceProfile {
  competenceId: string;
  level: number;
  pixScore: number;
  pixToNextLevel: number;
  maxLevel: number;
  status: CompetenceEvaluationState;
  /** The test in progress (to resume) or the last one. */
  assessmentId: number | null;
  canRetry: boolean;
  retryAvailableInDays: number | null;
  canReset: boolean;
  resetAvailableInDays: number | null;
}

export interface LearnerProfile extends Certifiability {
  pixScore: number;
  maxPixScore: number;
  competences: CompetenceProfile[];
}

/** The latest positioning test of a competence, as the profile needs it. */
export interface LatestCompetenceTest {
  id: number;
  competenceId: string | null;
  state: 'STARTED' | 'COMPLETED';
}

/**
 * The learner's profile: every competence of the framework scored from the latest knowledge elements,
 * with its test's state, "Retenter" and "Remettre à zéro" (competence-evaluation-rules.ts), and whether
 * the learner may take a certification. Objects are built field by field: a spread or Object.assign per
 * competence costs more than the rest of the profile on the dashboard's path (measured).
 */
export function learnerProfileOf(
  competenceIds: string[],
  knowledgeElements: KnowledgeElementFact[],
  latestTests: readonly LatestCompetenceTest[],
  now: Date,
): LearnerProfile {
  const score = scoreProfile(competenceIds, knowledgeElements);
  const lastKnowledgeAt = new Map<string, number>();
  for (const ke of knowledgeElements) {
    const time = ke.createdAt.getTime();
    if (time > (lastKnowledgeAt.get(ke.competenceId) ?? 0)) lastKnowledgeAt.set(ke.competenceId, time);
  }
  const testOf = new Map<string | null, LatestCompetenceTest>();
  for (const test of latestTests) testOf.set(test.competenceId, test);
  const competences = score.competences.map((c): CompetenceProfile => {
    const test = testOf.get(c.competenceId) ?? null;
    const last = lastKnowledgeAt.get(c.competenceId);
    const lastKnowledgeElementAt = last ? new Date(last) : null;
    const status: CompetenceEvaluationState = test ? test.state : lastKnowledgeElementAt ? 'COMPLETED' : 'NOT_STARTED';
    const retry = retryAvailability({ completed: status === 'COMPLETED', level: c.level, maxLevel: c.maxLevel, lastKnowledgeElementAt, now });
    const reset = resetAvailability({ lastKnowledgeElementAt, now });
    return {
      competenceId: c.competenceId,
      level: c.level,
      pixScore: c.pixScore,
      pixToNextLevel: c.pixToNextLevel,
      maxLevel: c.maxLevel,
      status,
      assessmentId: test ? test.id : null,
      canRetry: retry.available,
      retryAvailableInDays: retry.inDays,
      canReset: reset.available,
      resetAvailableInDays: reset.inDays,
    };
  });
  const certifiability = certifiabilityOf(competences.map((c) => c.level));
  return {
    pixScore: score.pixScore,
    maxPixScore: score.maxPixScore,
    isCertifiable: certifiability.isCertifiable,
    certifiableCompetencesCount: certifiability.certifiableCompetencesCount,
    requiredCertifiableCompetencesCount: certifiability.requiredCertifiableCompetencesCount,
    competences,
  };
}
