import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import { isChallengeIncident, type ChallengeIncidentCode } from '../domain/neutralization';
import { CertificationEndedError } from '../domain/certification-errors';
import type { CourseDetails, ProblemReportRow } from '../domain/course';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';
import { publishActivity } from './session-activity';

/** The candidate's own course (nobody else's). */
export async function getCertificationCourse(repositories: CertificationRepositories, request: { userId: number; courseId: number }): Promise<CourseDetails> {
  const [course] = await repositories.courses.detailsOf({ courseIds: [request.courseId] });
  if (!course) throw new NotFoundError();
  if (course.userId !== request.userId) throw new ForbiddenError();
  return course;
}

/** The candidate's last problem report (pending, accepted or refused), to follow the invigilator's answer; the course is theirs (read through getCertificationCourse). */
export async function lastProblemReportOf(repositories: CertificationRepositories, request: { courseId: number }): Promise<ProblemReportRow | null> {
  return repositories.courses.lastReportOf(request.courseId);
}

/** The learner's certification test still in progress, to resume it (null when none). */
export async function currentCertificationCourse(repositories: CertificationRepositories, request: { userId: number }): Promise<CourseDetails | null> {
  const course = await repositories.courses.currentOfUser(request.userId);
  return course ? (await repositories.courses.detailsOf({ courseIds: [course.id] }))[0] ?? null : null;
}

/** The candidate saw the end screen of their ended test (the invigilator sees it in the live list). */
export async function markCertificationEndScreenSeen(repositories: CertificationRepositories, deps: CertificationDependencies, request: { userId: number; courseId: number }): Promise<CourseDetails> {
  const course = await repositories.courses.byId(request.courseId);
  if (!course) throw new NotFoundError();
  if (course.userId !== request.userId) throw new ForbiddenError();
  if (course.state !== 'ENDED') throw new BadUserInputError('courseId', 'errors.certificationTest.notEnded');
  const now = deps.clock.now();
  if (!course.endScreenSeenAt) {
    await repositories.courses.markEndScreenSeen(course.id, now);
    publishActivity(deps.events, { sessionId: course.sessionId, candidateId: course.candidateId, kind: 'END_SCREEN_SEEN', at: now }, deps.onError);
  }
  return getCertificationCourse(repositories, request);
}

/**
 * The candidate reports a problem with their current question (E1–E7): the invigilator sees it in the
 * live list and accepts it (the question is neutralised and the test moves on) or refuses it (the
 * candidate answers it). One report per question.
 */
export async function reportChallengeProblem(
  repositories: CertificationRepositories,
  deps: CertificationDependencies,
  request: { userId: number; assessmentId: number; challengeId: string; category: string },
): Promise<ProblemReportRow> {
  if (!isChallengeIncident(request.category)) throw new BadUserInputError('category', 'errors.notFound');
  const facts = await repositories.courses.answerFactsOf(request.assessmentId);
  if (!facts) throw new NotFoundError();
  if (facts.course.userId !== request.userId) throw new ForbiddenError();
  if (facts.course.state === 'ENDED') throw new CertificationEndedError();
  const challenge = deps.content().challengeOfPublicId(request.challengeId);
  const [assessment] = await repositories.tests.byIds([request.assessmentId]);
  if (!challenge || assessment?.currentChallengeId !== challenge.id) throw new BadUserInputError('challengeId', 'errors.notCurrentChallenge');
  const position = facts.questions.findIndex((q) => q.challengeId === challenge.id);
  const now = deps.clock.now();
  const report = await repositories.courses.insertProblemReport({
    courseId: facts.course.id,
    challengeId: challenge.id,
    questionNumber: position + 1,
    category: request.category as ChallengeIncidentCode,
    now,
  });
  if (!report) throw new BadUserInputError('challengeId', 'errors.certificationTest.problemAlreadyReported');
  publishActivity(deps.events, { sessionId: facts.course.sessionId, candidateId: facts.course.candidateId, kind: 'PROBLEM_REPORTED', at: now }, deps.onError);
  return report;
}
