import type { EntityManager } from '@mikro-orm/postgresql';
import { scoreCourse, type ScoringTrigger, type StoredScoring } from '../domain/jury';
import { generateVerificationCode } from '../domain/verification-code';
import type { ScoredCourseRow } from '../infrastructure/scoring.repository';
import type { ResultsDependencies } from './dependencies';
import { resultsRepositories, type ResultsRepositories } from './results-repositories';

const MAX_CODE_DRAWS = 10;

/**
 * Scores courses and stores one scoring row each, in the caller's transaction: at finalisation (every
 * course of the session) and after each jury action (its course). A course without a verification code
 * gets one at its first scoring. The statements do not grow with the number of courses.
 */
export async function scoreCourses(
  repositories: ResultsRepositories,
  deps: Pick<ResultsDependencies, 'randomInt'>,
  courses: readonly ScoredCourseRow[],
  run: { trigger: ScoringTrigger; userId: number | null; now: Date },
): Promise<StoredScoring[]> {
  if (!repositories.scorings.inTransaction()) throw new Error('scoring must run inside the transaction of the change it follows');
  if (!courses.length) return [];
  const answers = await repositories.answers.ofAssessments(courses.map((c) => c.assessmentId));
  const facts = await repositories.scorings.factsOf(courses, answers);
  const scorings = facts.map(scoreCourse);
  await repositories.scorings.insert(scorings, run);
  const withoutCode = courses.filter((c) => c.verificationCode === null);
  for (let draw = 0; withoutCode.length; draw += 1) {
    if (draw === MAX_CODE_DRAWS) throw new Error(`no free verification code after ${MAX_CODE_DRAWS} draws`);
    const codes = withoutCode.map((c) => ({ courseId: c.id, code: generateVerificationCode(deps.randomInt) }));
    if (new Set(codes.map((c) => c.code)).size === codes.length && (await repositories.scorings.setVerificationCodes(codes))) break;
  }
  return scorings;
}

/**
 * The port given to the finalisation (certification/evaluation) by the composition root: every course
 * of the session, in the finalisation's transaction (its entity manager, given by the evaluation).
 */
export async function scoreFinalizedSession(
  em: EntityManager,
  deps: Pick<ResultsDependencies, 'randomInt' | 'clock' | 'mailer'>,
  request: { sessionId: number; userId: number; now: Date },
): Promise<number> {
  return scoreSession(resultsRepositories(em, deps), deps, request);
}

/** Every course of a finalised session scored (trigger FINALIZATION), in the repositories' transaction. */
export async function scoreSession(repositories: ResultsRepositories, deps: Pick<ResultsDependencies, 'randomInt'>, request: { sessionId: number; userId: number; now: Date }): Promise<number> {
  const courses = await repositories.scorings.coursesToScore({ sessionId: request.sessionId });
  const scorings = await scoreCourses(repositories, deps, courses, { trigger: 'FINALIZATION', userId: request.userId, now: request.now });
  return scorings.length;
}
