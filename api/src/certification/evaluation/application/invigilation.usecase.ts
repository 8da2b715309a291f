import type { EntityManager } from '@mikro-orm/postgresql';
import { assessmentsByIds, endCertificationAssessments, moveCertificationTestOn, nextCertificationChallenge } from '../../../evaluation';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { throttleRules } from '../../../shared/domain/throttle-policy';
import { Throttle } from '../../../shared/infrastructure/throttle/throttle';
import { endsAtOf } from '../domain/certification-clock';
import { CertificationEndedError, InvigilatorAccessRefusedError, SessionFinalizedError } from '../domain/certification-errors';
import type { LiveCandidate, ProblemReportRow, SessionRow } from '../domain/course';
import { questionNumberOf } from '../domain/candidate-status';
import {
  challengesOfCourses,
  courseById,
  courseOfCandidate,
  coursesOfSession,
  endCourse,
  findProblemReport,
  neutralize,
  pendingReportsOfCourses,
  resolveProblemReport,
  startClock,
} from '../infrastructure/course.repository';
import { candidatesOfSession, findCandidate, findSession, setAuthorizedToStart } from '../infrastructure/session.repository';
import type { CertificationDependencies } from './dependencies';
import { requireCaller, sessionSupervisedBy, type SessionCaller } from './invigilator-access';
import { publishActivity } from './session-activity';

/**
 * The invigilator opens a session's supervision with its number and password, without an account: a
 * token for that session only. Every attempt counts first on the session's and the address's throttles
 * (a success gives it back); a wrong number and a wrong password get the same refusal.
 */
export async function superviseSession(
  em: EntityManager,
  deps: CertificationDependencies,
  request: { sessionNumber: string; invigilatorPassword: string; address: string },
): Promise<{ accessToken: string; expiresAt: Date; session: SessionRow }> {
  const number = request.sessionNumber.trim();
  if (!/^\d{1,10}$/.test(number) || request.invigilatorPassword.length > 32) throw new InvigilatorAccessRefusedError();
  const sessionId = Number(number);
  const rules = throttleRules(deps.throttle);
  const admission = await new Throttle(em, deps.clock).admit(
    { rule: rules.invigilatorPasswordSession, key: `session:${sessionId}` },
    { rule: rules.invigilatorPasswordAddress, key: request.address },
  );
  const session = await findSession(em, sessionId);
  if (!session || session.invigilatorPassword !== request.invigilatorPassword.trim().toUpperCase()) throw new InvigilatorAccessRefusedError();
  await admission.succeeded();
  if (session.state !== 'CREATED') throw new SessionFinalizedError();
  const { token, expiresAt } = deps.tokens.issue(session.id, deps.clock.now());
  return { accessToken: token, expiresAt, session };
}

/** The live list: every candidate of the session, where they stand (one statement per table read). */
export async function liveCandidatesOf(em: EntityManager, sessionId: number): Promise<LiveCandidate[]> {
  const [candidates, courses] = await Promise.all([candidatesOfSession(em, sessionId), coursesOfSession(em, sessionId)]);
  const courseIds = courses.map((c) => c.id);
  const [challenges, reports, assessments] = await Promise.all([
    challengesOfCourses(em, courseIds),
    pendingReportsOfCourses(em, courseIds),
    assessmentsByIds(em, courses.map((c) => c.assessmentId)),
  ]);
  return candidates.map((candidate) => {
    const course = courses.find((c) => c.candidateId === candidate.id) ?? null;
    if (!course) return { candidate, course, questionNumber: null, numberOfQuestions: null, pendingReport: null };
    const questions = challenges.filter((c) => c.courseId === course.id);
    const current = assessments.find((a) => a.id === course.assessmentId)?.currentChallengeId ?? null;
    const position = current ? questions.findIndex((q) => q.challengeId === current) : -1;
    return {
      candidate,
      course,
      questionNumber: questionNumberOf(position >= 0 ? position : null, questions.length, course.state === 'ENDED'),
      numberOfQuestions: questions.length,
      pendingReport: reports.find((r) => r.courseId === course.id) ?? null,
    };
  });
}

export async function supervisedSession(em: EntityManager, deps: CertificationDependencies, request: { sessionId: number; caller: SessionCaller }) {
  const session = await sessionSupervisedBy(em, deps, request.sessionId, request.caller);
  return { session, candidates: await liveCandidatesOf(em, session.id) };
}

async function liveCandidate(em: EntityManager, sessionId: number, candidateId: number): Promise<LiveCandidate> {
  return (await liveCandidatesOf(em, sessionId)).find((c) => c.candidate.id === candidateId)!;
}

async function candidateSupervisedBy(em: EntityManager, deps: CertificationDependencies, candidateId: number, caller: SessionCaller) {
  requireCaller(caller);
  const candidate = await findCandidate(em, candidateId);
  if (!candidate) throw new NotFoundError();
  const session = await sessionSupervisedBy(em, deps, candidate.sessionId, caller);
  if (session.state !== 'CREATED') throw new SessionFinalizedError();
  return { candidate, session };
}

/**
 * The invigilator lets a candidate who joined start, or resume after leaving. The clock starts at the
 * first authorisation: 1 h 45 plus the candidate's extra time; resuming does not stop it.
 */
export async function authorizeCandidate(em: EntityManager, deps: CertificationDependencies, request: { candidateId: number; caller: SessionCaller }): Promise<LiveCandidate> {
  const { candidate, session } = await candidateSupervisedBy(em, deps, request.candidateId, request.caller);
  const course = await courseOfCandidate(em, candidate.id);
  if (!course) throw new BadUserInputError('candidateId', 'errors.certificationTest.notJoined');
  if (course.state === 'ENDED') throw new CertificationEndedError();
  const now = deps.clock.now();
  await em.transactional(async (tem) => {
    await setAuthorizedToStart(tem, candidate.id, true, now);
    if (!course.startedAt) await startClock(tem, course.id, now, endsAtOf(now, candidate.extraTimePercentage));
  });
  publishActivity(deps.events, { sessionId: session.id, candidateId: candidate.id, kind: 'AUTHORIZED', at: now }, deps.onError);
  return liveCandidate(em, session.id, candidate.id);
}

/** The invigilator ends a candidate's test (ENDED_BY_INVIGILATOR): nothing more can be answered. */
export async function endCandidateTest(em: EntityManager, deps: CertificationDependencies, request: { candidateId: number; caller: SessionCaller }): Promise<LiveCandidate> {
  const { candidate, session } = await candidateSupervisedBy(em, deps, request.candidateId, request.caller);
  const course = await courseOfCandidate(em, candidate.id);
  if (!course) throw new BadUserInputError('candidateId', 'errors.certificationTest.notJoined');
  if (course.state === 'ENDED') throw new CertificationEndedError();
  const now = deps.clock.now();
  await em.transactional(async (tem) => {
    if (!(await endCourse(tem, course.id, 'ENDED_BY_INVIGILATOR', now))) throw new CertificationEndedError();
    await endCertificationAssessments(tem, [course.assessmentId], now);
    await setAuthorizedToStart(tem, candidate.id, false, now);
  });
  publishActivity(deps.events, { sessionId: session.id, candidateId: candidate.id, kind: 'ENDED', at: now }, deps.onError);
  return liveCandidate(em, session.id, candidate.id);
}

/**
 * The invigilator answers a candidate's problem report: accepted, the question is neutralised and the
 * candidate goes on to the next one (the end of the test when it was the last); refused, they answer it.
 */
export async function resolveChallengeProblem(
  em: EntityManager,
  deps: CertificationDependencies,
  request: { reportId: number; accepted: boolean; caller: SessionCaller },
): Promise<ProblemReportRow> {
  requireCaller(request.caller);
  const report = await findProblemReport(em, request.reportId);
  if (!report) throw new NotFoundError();
  const course = (await courseById(em, report.courseId))!;
  await sessionSupervisedBy(em, deps, course.sessionId, request.caller);
  if (report.status !== 'PENDING') return report;
  const now = deps.clock.now();
  let ended = false;
  await em.transactional(async (tem) => {
    if (!(await resolveProblemReport(tem, report.id, request.accepted ? 'ACCEPTED' : 'REFUSED', now))) return;
    if (!request.accepted || course.state === 'ENDED') return;
    await neutralize(tem, course.id, [report.challengeId], 'PROBLEM_REPORT');
    const questions = await challengesOfCourses(tem, [course.id]);
    const next = nextCertificationChallenge(
      { challengeIds: questions.map((q) => q.challengeId), neutralizedChallengeIds: questions.filter((q) => q.isNeutralized).map((q) => q.challengeId), audience: { sessionId: course.sessionId, candidateId: course.candidateId } },
      report.challengeId,
    );
    const moved = await moveCertificationTestOn(tem, { assessmentId: course.assessmentId, fromChallengeId: report.challengeId, nextChallengeId: next, now });
    if (moved && !next) ended = await endCourse(tem, course.id, 'COMPLETED', now);
  });
  publishActivity(deps.events, { sessionId: course.sessionId, candidateId: course.candidateId, kind: ended ? 'ENDED' : 'PROBLEM_RESOLVED', at: now }, deps.onError);
  return (await findProblemReport(em, report.id))!;
}

export { findSession };
