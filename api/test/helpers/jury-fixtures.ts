import { randomUUID } from 'node:crypto';
import { buildUser } from '../../src/seeds/database-builder';
import { buildTakenCertification, type TakenAnswer } from '../../src/seeds/certification-course-builder';
import { centreWithMember, logIn, sessionWithCandidates } from './certification-fixtures';
import type { TestApi } from './test-api';

/** Fixtures of the jury's tests: staff accounts, and sessions taken by candidates then finalised by their centre. */

export async function staffMember(api: TestApi, platformRole: 'CERTIF' | 'SUPER_ADMIN' | 'SUPPORT' | 'METIER', firstName = 'Jury') {
  const user = await buildUser(api.platform.services.orm.em.fork(), { firstName, lastName: platformRole, platformRole: platformRole as never });
  return { ...user, token: await logIn(api, user) };
}

export const FINALIZE = `mutation F($input: FinalizeSessionInput!) { finalizeSession(input: $input) { sessionId endedCoursesCount neutralizedQuestionsCount } }`;

export interface TakenCandidate {
  firstName: string;
  lastName: string;
  /** The answer to question n (from 0): right by default. */
  answer?: (n: number) => TakenAnswer;
  resultRecipientEmail?: string | null;
  incidents?: { code: string; questionNumber?: number | null; comment?: string }[];
}

/**
 * A session of a new centre, taken yesterday by these candidates (each with an account), then finalised
 * by the centre's member through the API: every course is scored at finalisation.
 */
export async function finalisedSession(api: TestApi, candidates: TakenCandidate[], options: { finalize?: boolean; competences?: number } = {}) {
  const em = api.platform.services.orm.em.fork();
  const content = api.platform.services.content.get();
  const { centreId, member } = await centreWithMember(api, `Centre ${randomUUID().slice(0, 6)}`);
  const session = await sessionWithCandidates(
    api,
    centreId,
    candidates.map((c, i) => ({ firstName: c.firstName, lastName: c.lastName, birthdate: `2008-01-${String(i + 10).padStart(2, '0')}`, resultRecipientEmail: c.resultRecipientEmail ?? null })),
  );
  const courses = [];
  for (const [i, candidate] of candidates.entries()) {
    const user = await buildUser(em, { firstName: candidate.firstName, lastName: candidate.lastName });
    const taken = await buildTakenCertification(em, content, { sessionId: session.id, candidateId: session.candidateIds[i], userId: user.id, answer: candidate.answer, competences: options.competences });
    courses.push({ ...taken, user, candidateId: session.candidateIds[i] });
  }
  if (options.finalize !== false) {
    const input = {
      sessionId: String(session.id),
      comment: 'Session sans souci majeur.',
      candidates: candidates.map((c, i) => ({
        candidateId: String(session.candidateIds[i]),
        endScreenSeen: true,
        incidents: (c.incidents ?? []).map((incident) => ({ code: incident.code, questionNumber: incident.questionNumber ?? null, comment: incident.comment ?? '' })),
      })),
    };
    const response = await api.gql(FINALIZE, { input }, { token: member.token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
  return { session, centreId, member, courses };
}

export const COURSE_FIELDS = `id sessionId state verificationCode juryDecision commentForCandidate commentForOrganization isPublished
  candidate { id firstName lastName birthdate birthCountry birthInseeCode }
  questions { number challengeId skillName competenceCode answerValue result isNeutralized neutralizedBy neutralizedByName challenge { id type instruction } }
  scoring { status reason pixScore correct counted reproducibilityRate trigger createdByName competenceMarks { code level pix outcome } }
  history { action actorName createdAt before after }
  session { id state certificationCenter { name type } }`;

export const COURSE = `query C($id: ID!) { certificationCourseForJury(id: $id) { ${COURSE_FIELDS} } }`;
export const NEUTRALIZE = `mutation N($input: JuryChallengeInput!) { neutralizeChallenge(input: $input) { ${COURSE_FIELDS} } }`;
export const DENEUTRALIZE = `mutation D($input: JuryChallengeInput!) { deneutralizeChallenge(input: $input) { ${COURSE_FIELDS} } }`;
export const CANCEL = `mutation X($id: ID!) { cancelCertification(id: $id) { ${COURSE_FIELDS} } }`;
export const UNCANCEL = `mutation X($id: ID!) { uncancelCertification(id: $id) { ${COURSE_FIELDS} } }`;
export const REJECT = `mutation X($id: ID!) { rejectCertificationForFraud(id: $id) { ${COURSE_FIELDS} } }`;
export const UNREJECT = `mutation X($id: ID!) { unrejectCertification(id: $id) { ${COURSE_FIELDS} } }`;
export const COMMENTS = `mutation M($input: UpdateJuryCommentsInput!) { updateJuryComments(input: $input) { ${COURSE_FIELDS} } }`;
export const CANDIDATE_INFO = `mutation M($input: UpdateCertificationCandidateInformationInput!) { updateCertificationCandidateInformation(input: $input) { ${COURSE_FIELDS} } }`;
const SESSION_FIELDS = `id state finalizedAt finalizationComment publishedAt assignedTo { id firstName } hasIncidentsOrReports
  juryCertifications { certificationCourseId firstName lastName status reason pixScore juryDecision verificationCode }
  juryIncidents { code questionNumber candidateName } juryProblemReports { category questionNumber status }`;
export const SESSION = `query S($id: ID!) { certificationSession(id: $id) { ${SESSION_FIELDS} } }`;
export const ASSIGN = `mutation A($id: ID!) { assignSessionToMe(sessionId: $id) { ${SESSION_FIELDS} } }`;
export const PUBLISH = `mutation P($id: ID!) { publishSession(sessionId: $id) { ${SESSION_FIELDS} } }`;
export const UNPUBLISH = `mutation U($id: ID!) { unpublishSession(sessionId: $id) { ${SESSION_FIELDS} } }`;
export const TO_PROCESS = `query L($first: Int, $filter: SessionsToProcessFilter) { sessionsToProcess(first: $first, filter: $filter) {
  totalCount edges { node { id state finalizedAt certificationCenter { name type } assignedTo { id } } } } }`;
