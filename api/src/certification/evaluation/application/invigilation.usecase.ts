import { nextCertificationChallenge } from '../../../evaluation';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { throttleRules } from '../../../shared/domain/throttle-policy';
import { endsAtOf } from '../domain/certification-clock';
import { CertificationEndedError, InvigilatorAccessRefusedError, SessionFinalizedError } from '../domain/certification-errors';
import type { LiveCandidate, ProblemReportRow, SessionRow } from '../domain/course';
import { questionNumberOf } from '../domain/candidate-status';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';
import { requireCaller, sessionSupervisedBy, type SessionCaller } from './invigilator-access';
import { publishActivity } from './session-activity';

/**
 * The invigilator opens a session's supervision with its number and password, without an account: a
 * token for that session only. Every attempt counts first on the session's and the address's throttles
 * (a success gives it back); a wrong number and a wrong password get the same refusal.
 */
export async function superviseSession(
  repositories: CertificationRepositories,
  deps: CertificationDependencies,
  request: { sessionNumber: string; invigilatorPassword: string; address: string },
): Promise<{ accessToken: string; expiresAt: Date; session: SessionRow }> {
  const number = request.sessionNumber.trim();
  if (!/^\d{1,10}$/.test(number) || request.invigilatorPassword.length > 32) throw new InvigilatorAccessRefusedError();
  const sessionId = Number(number);
  const rules = throttleRules(deps.throttle);
  const admission = await repositories.throttle.admit(
    { rule: rules.invigilatorPasswordSession, key: `session:${sessionId}` },
    { rule: rules.invigilatorPasswordAddress, key: request.address },
  );
  const session = await repositories.sessions.find(sessionId);
  if (!session || session.invigilatorPassword !== request.invigilatorPassword.trim().toUpperCase()) throw new InvigilatorAccessRefusedError();
  await admission.succeeded();
  if (session.state !== 'CREATED') throw new SessionFinalizedError();
  const { token, expiresAt } = deps.tokens.issue(session.id, deps.clock.now());
  return { accessToken: token, expiresAt, session };
}

/** The live list: every candidate of the session, where they stand (one statement per table read). */
export async function liveCandidatesOf(repositories: CertificationRepositories, sessionId: number): Promise<LiveCandidate[]> {
  const [candidates, courses] = await Promise.all([repositories.sessions.candidatesOf(sessionId), repositories.courses.ofSession(sessionId)]);
  const courseIds = courses.map((c) => c.id);
  const [challenges, reports, assessments] = await Promise.all([
    repositories.courses.challengesOf(courseIds),
    repositories.courses.pendingReportsOf(courseIds),
    repositories.tests.byIds(courses.map((c) => c.assessmentId)),
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

export async function supervisedSession(repositories: CertificationRepositories, deps: CertificationDependencies, request: { sessionId: number; caller: SessionCaller }) {
  const session = await sessionSupervisedBy(repositories, deps, request.sessionId, request.caller);
  return { session, candidates: await liveCandidatesOf(repositories, session.id) };
}

async function liveCandidate(repositories: CertificationRepositories, sessionId: number, candidateId: number): Promise<LiveCandidate> {
  return (await liveCandidatesOf(repositories, sessionId)).find((c) => c.candidate.id === candidateId)!;
}

async function candidateSupervisedBy(repositories: CertificationRepositories, deps: CertificationDependencies, candidateId: number, caller: SessionCaller) {
  requireCaller(caller);
  const candidate = await repositories.sessions.findCandidate(candidateId);
  if (!candidate) throw new NotFoundError();
  const session = await sessionSupervisedBy(repositories, deps, candidate.sessionId, caller);
  if (session.state !== 'CREATED') throw new SessionFinalizedError();
  return { candidate, session };
}

/**
 * The invigilator lets a candidate who joined start, or resume after leaving. The clock starts at the
 * first authorisation: 1 h 45 plus the candidate's extra time; resuming does not stop it.
 */
export async function authorizeCandidate(repositories: CertificationRepositories, deps: CertificationDependencies, request: { candidateId: number; caller: SessionCaller }): Promise<LiveCandidate> {
  const { candidate, session } = await candidateSupervisedBy(repositories, deps, request.candidateId, request.caller);
  const course = await repositories.courses.ofCandidate(candidate.id);
  if (!course) throw new BadUserInputError('candidateId', 'errors.certificationTest.notJoined');
  if (course.state === 'ENDED') throw new CertificationEndedError();
  const now = deps.clock.now();
  await repositories.transaction(async (tx) => {
    await tx.sessions.setAuthorizedToStart(candidate.id, true, now);
    if (!course.startedAt) await tx.courses.startClock(course.id, now, endsAtOf(now, candidate.extraTimePercentage));
  });
  publishActivity(deps.events, { sessionId: session.id, candidateId: candidate.id, kind: 'AUTHORIZED', at: now }, deps.onError);
  return liveCandidate(repositories, session.id, candidate.id);
}

/** The invigilator ends a candidate's test (ENDED_BY_INVIGILATOR): nothing more can be answered. */
export async function endCandidateTest(repositories: CertificationRepositories, deps: CertificationDependencies, request: { candidateId: number; caller: SessionCaller }): Promise<LiveCandidate> {
  const { candidate, session } = await candidateSupervisedBy(repositories, deps, request.candidateId, request.caller);
  const course = await repositories.courses.ofCandidate(candidate.id);
  if (!course) throw new BadUserInputError('candidateId', 'errors.certificationTest.notJoined');
  if (course.state === 'ENDED') throw new CertificationEndedError();
  const now = deps.clock.now();
  await repositories.transaction(async (tx) => {
    if (!(await tx.courses.end(course.id, 'ENDED_BY_INVIGILATOR', now))) throw new CertificationEndedError();
    await tx.tests.end([course.assessmentId], now);
    await tx.sessions.setAuthorizedToStart(candidate.id, false, now);
  });
  publishActivity(deps.events, { sessionId: session.id, candidateId: candidate.id, kind: 'ENDED', at: now }, deps.onError);
  return liveCandidate(repositories, session.id, candidate.id);
}

/**
 * The invigilator answers a candidate's problem report: accepted, the question is neutralised and the
 * candidate goes on to the next one (the end of the test when it was the last); refused, they answer it.
 */
export async function resolveChallengeProblem(
  repositories: CertificationRepositories,
  deps: CertificationDependencies,
  request: { reportId: number; accepted: boolean; caller: SessionCaller },
): Promise<ProblemReportRow> {
  requireCaller(request.caller);
  const report = await repositories.courses.findProblemReport(request.reportId);
  if (!report) throw new NotFoundError();
  const course = (await repositories.courses.byId(report.courseId))!;
  await sessionSupervisedBy(repositories, deps, course.sessionId, request.caller);
  if (report.status !== 'PENDING') return report;
  const now = deps.clock.now();
  let ended = false;
  await repositories.transaction(async (tx) => {
    if (!(await tx.courses.resolveProblemReport(report.id, request.accepted ? 'ACCEPTED' : 'REFUSED', now))) return;
    if (!request.accepted || course.state === 'ENDED') return;
    await tx.courses.neutralize(course.id, [report.challengeId], 'PROBLEM_REPORT');
    const questions = await tx.courses.challengesOf([course.id]);
    const next = nextCertificationChallenge(
      { challengeIds: questions.map((q) => q.challengeId), neutralizedChallengeIds: questions.filter((q) => q.isNeutralized).map((q) => q.challengeId), audience: { sessionId: course.sessionId, candidateId: course.candidateId } },
      report.challengeId,
    );
    const moved = await tx.tests.moveOn({ assessmentId: course.assessmentId, fromChallengeId: report.challengeId, nextChallengeId: next, now });
    if (moved && !next) ended = await tx.courses.end(course.id, 'COMPLETED', now);
  });
  publishActivity(deps.events, { sessionId: course.sessionId, candidateId: course.candidateId, kind: ended ? 'ENDED' : 'PROBLEM_RESOLVED', at: now }, deps.onError);
  return (await repositories.courses.findProblemReport(report.id))!;
}
