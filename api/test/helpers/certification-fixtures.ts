import {
  buildCertificationCandidate,
  buildCertificationCenter,
  buildCertificationCenterMembership,
  buildCertificationSession,
  type CertificationCandidateSeed,
} from '../../src/seeds/certification-builder';
import { buildKnowledgeElements, buildUser, skillsUpToLevel } from '../../src/seeds/database-builder';
import type { TestApi } from './test-api';

/** Fixtures of the certification's tests: certifiable learners, centres with members, sessions with candidates. */

export async function logIn(api: TestApi, user: { email: string | null; username?: string | null; password: string }): Promise<string> {
  const response = await api.gql(`mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`, {
    login: user.email ?? user.username,
    password: user.password,
  });
  if (!response.data?.logIn) throw new Error(JSON.stringify(response.errors));
  return response.data.logIn.accessToken;
}

/** A learner who directly validated every skill up to `level` in the first `competences` competences of the framework. */
export async function certifiableLearner(api: TestApi, options: { competences?: number; level?: number; firstName?: string; lastName?: string } = {}) {
  const em = api.platform.services.orm.em.fork();
  const content = api.platform.services.content.get();
  const user = await buildUser(em, { firstName: options.firstName ?? 'Léa', lastName: options.lastName ?? 'Dupont' });
  const competences = content.competences.slice(0, options.competences ?? 6);
  await buildKnowledgeElements(
    em,
    content,
    competences.flatMap((c) => skillsUpToLevel(content, c.id, options.level ?? 2).map((skillId) => ({ userId: user.id, skillId }))),
  );
  return { ...user, token: await logIn(api, user) };
}

export async function centreWithMember(api: TestApi, name = 'Centre du collège') {
  const em = api.platform.services.orm.em.fork();
  const centre = await buildCertificationCenter(em, { name, type: 'PRO' });
  const member = await buildUser(em, { firstName: 'Membre', lastName: name });
  await buildCertificationCenterMembership(em, centre.id, member.id);
  return { centreId: centre.id, member: { ...member, token: await logIn(api, member) } };
}

/** A session of the centre (yesterday by default: it took place) and one candidate per identity given. */
export async function sessionWithCandidates(
  api: TestApi,
  centreId: number,
  candidates: Omit<CertificationCandidateSeed, 'sessionId'>[],
  options: { date?: string; time?: string } = {},
) {
  const em = api.platform.services.orm.em.fork();
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  const session = await buildCertificationSession(em, { certificationCenterId: centreId, date: options.date ?? yesterday, time: options.time ?? '09:00' });
  const ids: number[] = [];
  for (const candidate of candidates) ids.push((await buildCertificationCandidate(em, { ...candidate, sessionId: session.id })).id);
  return { ...session, candidateIds: ids };
}

export const JOIN = `mutation Join($input: JoinCertificationSessionInput!) {
  joinCertificationSession(input: $input) { id state status authorizedToStart endsAt timeLeftSeconds numberOfChallenges sessionId assessment { id type } } }`;
export const SUPERVISE = `mutation Supervise($input: SuperviseSessionInput!) {
  superviseSession(input: $input) { accessToken expiresAt session { id candidates { id status } } } }`;
export const LIVE = `query Live($id: ID!) { supervisedSession(sessionId: $id) { id state candidates {
  id firstName lastName status authorizedToStart courseId questionNumber numberOfQuestions endsAt timeLeftSeconds endReason endScreenSeen
  pendingProblemReport { id questionNumber category status } } } }`;
export const AUTHORIZE = `mutation A($id: ID!) { authorizeCandidate(candidateId: $id) { id status endsAt timeLeftSeconds } }`;
export const END_TEST = `mutation E($id: ID!) { endCandidateTest(candidateId: $id) { id status endReason } }`;
export const CURRENT = `query C($id: ID!) { assessment(id: $id) { id type state endsAt timeLeftSeconds certificationProgress { questionNumber numberOfQuestions }
  currentChallenge { id } pendingCheckpoint { isFinal } progress } }`;
export const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { id result } nextChallenge { id } checkpoint { isFinal } assessment { id state certificationProgress { questionNumber numberOfQuestions } } } }`;
