import type { EntityManager } from '@mikro-orm/postgresql';
import { answersOfAssessments } from '../../../evaluation';
import { scoreCourse, type ScoringTrigger, type StoredScoring } from '../domain/jury';
import { generateVerificationCode } from '../domain/verification-code';
import { coursesToScore, insertScorings, scoringFactsOf, setVerificationCodes, type ScoredCourseRow } from '../infrastructure/scoring.repository';
import type { ResultsDependencies } from './dependencies';

const MAX_CODE_DRAWS = 10;

/**
 * Scores courses and stores one scoring row each, in the caller's transaction: at finalisation (every
 * course of the session) and after each jury action (its course). A course without a verification code
 * gets one at its first scoring. The statements do not grow with the number of courses.
 */
export async function scoreCourses(
  em: EntityManager,
  deps: Pick<ResultsDependencies, 'randomInt'>,
  courses: readonly ScoredCourseRow[],
  run: { trigger: ScoringTrigger; userId: number | null; now: Date },
): Promise<StoredScoring[]> {
  if (!em.isInTransaction()) throw new Error('scoring must run inside the transaction of the change it follows');
  if (!courses.length) return [];
  const answers = await answersOfAssessments(em, courses.map((c) => c.assessmentId));
  const facts = await scoringFactsOf(em, courses, answers);
  const scorings = facts.map(scoreCourse);
  await insertScorings(em, scorings, run);
  const withoutCode = courses.filter((c) => c.verificationCode === null);
  for (let draw = 0; withoutCode.length; draw += 1) {
    if (draw === MAX_CODE_DRAWS) throw new Error(`no free verification code after ${MAX_CODE_DRAWS} draws`);
    const codes = withoutCode.map((c) => ({ courseId: c.id, code: generateVerificationCode(deps.randomInt) }));
    if (new Set(codes.map((c) => c.code)).size === codes.length && (await setVerificationCodes(em, codes))) break;
  }
  return scorings;
}

/** The port given to the finalisation (certification/evaluation) by the composition root: every course of the session. */
export async function scoreFinalizedSession(em: EntityManager, deps: Pick<ResultsDependencies, 'randomInt'>, request: { sessionId: number; userId: number; now: Date }): Promise<number> {
  const courses = await coursesToScore(em, { sessionId: request.sessionId });
  const scorings = await scoreCourses(em, deps, courses, { trigger: 'FINALIZATION', userId: request.userId, now: request.now });
  return scorings.length;
}
