import type { Challenge } from '../../../learning-content';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import { SessionFinalizedError, SessionNotTakenPlaceError } from '../domain/certification-errors';
import type { IncidentInput } from '../domain/course';
import {
  INCIDENT_CODES,
  instructionHasLink,
  isChallengeIncident,
  isNeutralizedByIncident,
  type ChallengeMedia,
  type IncidentCode,
} from '../domain/neutralization';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';
import { publishActivity } from './session-activity';

export interface FinalizeRequest {
  userId: number;
  sessionId: number;
  comment: string;
  candidates: { candidateId: number; endScreenSeen: boolean; incidents: { code: string; questionNumber: number | null; comment: string }[] }[];
}

export interface FinalizeOutcome {
  sessionId: number;
  endedCoursesCount: number;
  neutralizedQuestionsCount: number;
}

/** What a challenge carries that an incident may be about: an image, a simulator, a file, a link. */
export function mediaOf(challenge: Challenge): ChallengeMedia {
  return {
    hasImage: challenge.illustration != null,
    hasEmbed: challenge.embed != null,
    hasAttachment: challenge.attachment != null,
    hasLink: instructionHasLink(challenge.instruction) || instructionHasLink(challenge.instructionEn ?? ''),
  };
}

const MAX_COMMENT = 2000;

/**
 * A member of the session's centre finalises it, once, after it took place: tests still running end
 * (ENDED_AT_FINALIZATION), each candidate's "écran de fin vu" and incidents are stored (a candidate
 * who never joined is absent: neither end screen nor incident), challenge
 * incidents neutralise their question when the rule says so (domain/neutralization.ts), and the session
 * is FINALIZED and every course scored (the results' port). All in one transaction; a second finalisation is refused.
 */
export async function finalizeSession(repositories: CertificationRepositories, deps: CertificationDependencies, request: FinalizeRequest): Promise<FinalizeOutcome> {
  const session = await repositories.sessions.find(request.sessionId);
  if (!session) throw new NotFoundError();
  if (!(await repositories.sessions.isCentreMember(request.userId, session.certificationCenterId))) throw new ForbiddenError();
  if (session.state !== 'CREATED') throw new SessionFinalizedError();
  const now = deps.clock.now();
  if (now < session.startsAt) throw new SessionNotTakenPlaceError();
  if (request.comment.length > MAX_COMMENT) throw new BadUserInputError('comment', 'errors.field.tooLong', { max: MAX_COMMENT });

  const candidates = await repositories.sessions.candidatesOf(session.id);
  const courses = await repositories.courses.ofSession(session.id);
  const questions = await repositories.courses.challengesOf(courses.map((c) => c.id));
  const incidentsByCandidate = new Map<number, IncidentInput[]>();
  for (const entry of request.candidates) {
    const candidate = candidates.find((c) => c.id === entry.candidateId);
    if (!candidate) throw new BadUserInputError('candidates', 'errors.certificationTest.incidentCandidate');
    const course = courses.find((c) => c.candidateId === entry.candidateId);
    // Absent (never joined): listed as such, with no end screen and no incident.
    if (!course && (entry.endScreenSeen || entry.incidents.length))
      throw new BadUserInputError('candidates', 'errors.certificationTest.absentCandidate', { name: `${candidate.firstName} ${candidate.lastName}` });
    const count = course ? questions.filter((q) => q.courseId === course.id).length : 0;
    incidentsByCandidate.set(
      entry.candidateId,
      entry.incidents.map((incident) => {
        if (!(INCIDENT_CODES as readonly string[]).includes(incident.code)) throw new BadUserInputError('incidents', 'errors.notFound');
        if (incident.comment.length > MAX_COMMENT) throw new BadUserInputError('incidents', 'errors.field.tooLong', { max: MAX_COMMENT });
        if (isChallengeIncident(incident.code)) {
          const n = incident.questionNumber;
          if (n === null || !Number.isInteger(n) || n < 1 || n > count) throw new BadUserInputError('incidents', 'errors.certificationTest.incidentQuestion', { number: n ?? '?' });
          return { code: incident.code as IncidentCode, questionNumber: n, comment: incident.comment };
        }
        return { code: incident.code as IncidentCode, questionNumber: null, comment: incident.comment };
      }),
    );
  }
  const answers = await repositories.tests.answersOf(courses.map((c) => c.assessmentId));
  const content = deps.content();

  let endedCoursesCount = 0;
  let neutralizedQuestionsCount = 0;
  await repositories.transaction(async (tx) => {
    if (!(await tx.sessions.markFinalized(session.id, { userId: request.userId, comment: request.comment, now }))) throw new SessionFinalizedError();
    // Read again once the session is locked: a candidate who joined after the checks above is ended too.
    const running = (await tx.courses.ofSession(session.id)).filter((c) => c.state === 'STARTED');
    // Every write below takes one statement for the whole session, whatever its number of candidates.
    endedCoursesCount = await tx.courses.endMany(running.map((c) => c.id), 'ENDED_AT_FINALIZATION', now);
    await tx.tests.end(running.map((c) => c.assessmentId), now);
    await tx.sessions.unauthorizeCandidates(candidates.filter((c) => c.authorizedToStart).map((c) => c.id), now);
    const seen: number[] = [];
    const toNeutralize: { courseId: number; challengeId: string }[] = [];
    for (const entry of request.candidates) {
      const incidents = incidentsByCandidate.get(entry.candidateId)!;
      const course = courses.find((c) => c.candidateId === entry.candidateId);
      if (!course) continue;
      if (entry.endScreenSeen) seen.push(course.id);
      const ofCourse = questions.filter((q) => q.courseId === course.id);
      const neutralized = new Set<string>();
      for (const incident of incidents) {
        if (!isChallengeIncident(incident.code)) continue;
        const question = ofCourse[incident.questionNumber! - 1];
        const answer = answers.find((a) => a.assessmentId === course.assessmentId && a.challengeId === question.challengeId);
        const challenge = content.challenge(question.challengeId);
        if (!question.isNeutralized && challenge && isNeutralizedByIncident(incident.code, answer?.result ?? null, mediaOf(challenge))) neutralized.add(question.challengeId);
      }
      for (const challengeId of neutralized) toNeutralize.push({ courseId: course.id, challengeId });
    }
    await tx.courses.insertIncidents(request.candidates.map((entry) => ({ candidateId: entry.candidateId, incidents: incidentsByCandidate.get(entry.candidateId)! })), now);
    await tx.courses.markEndScreensSeen(seen, now);
    neutralizedQuestionsCount = await tx.courses.neutralizeQuestions(toNeutralize, 'INCIDENT');
    // Every course is scored once its questions are neutralised, in the same transaction (certification/results).
    await tx.scoreSession({ sessionId: session.id, userId: request.userId, now });
  });
  publishActivity(deps.events, { sessionId: session.id, candidateId: null, kind: 'FINALIZED', at: now }, deps.onError);
  return { sessionId: session.id, endedCoursesCount, neutralizedQuestionsCount };
}
