import { randomUUID } from 'node:crypto';
import { skillsOfTargetProfile } from '../../src/prescription/target-profile/domain/target-profile';
import { buildCampaign, buildTargetProfile, buildUser, type CampaignSeed, type UserSeed } from '../../src/seeds/database-builder';
import { correctAnswerOf, nextChallengeIdAfter } from './challenges';
import type { TestApi } from './test-api';

export const RECONCILE = `mutation R($input: ReconcileWithOrganizationLearnerInput!) {
  reconcileWithOrganizationLearner(input: $input) { id firstName lastName organizationName } }`;
export const START = `mutation S($input: StartCampaignParticipationInput!) { startCampaignParticipation(input: $input) {
  id status participantExternalId assessment { id type state progress competence { code } currentChallenge { id } } campaign { code name type } } }`;
export const ANSWER = `mutation A($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { result } assessment { id state progress } nextChallenge { id } checkpoint { isFinal answers { answer { result } } } } }`;
export const SHARE = `mutation Sh($id: ID!) { shareCampaignResults(participationId: $id) {
  id status sharedAt validatedSkillsCount pixScore masteryRate } }`;
export const SEND = `mutation Se($code: String!, $externalId: String) { sendProfile(campaignCode: $code, participantExternalId: $externalId) {
  id status sharedAt pixScore masteryRate isCertifiable certifiableCompetencesCount validatedSkillsCount participantExternalId campaign { code type } } }`;
export const PARTICIPATION = `query P($id: ID!) { campaignParticipation(id: $id) {
  id status pixScore masteryRate validatedSkillsCount assessment { id }
  results { masteryRate validatedSkillsCount targetedSkillsCount competences { competence { code name } masteryRate validatedSkillsCount targetedSkillsCount } } } }`;

/** Two tubes of two competences: @moteurRecherche 1–3 (1.1) and @tracesNumeriques 1–2 (4.2). */
export const SMALL_PARCOURS = [
  { tubeId: 'moteurRecherche', level: 3 },
  { tubeId: 'tracesNumeriques', level: 2 },
];

/** An assessment campaign over these tubes, its skills copied as creation does. */
export async function buildAssessmentCampaign(
  api: TestApi,
  seed: Omit<CampaignSeed, 'type' | 'skillIds'> & { tubes?: { tubeId: string; level: number }[] },
): Promise<{ id: number; code: string; skillIds: string[] }> {
  const content = api.platform.services.content.get();
  const em = api.platform.services.orm.em.fork();
  const tubes = seed.tubes ?? SMALL_PARCOURS;
  const skillIds = skillsOfTargetProfile(content, tubes).map((s) => s.id);
  const targetProfileId = seed.targetProfileId ?? (await buildTargetProfile(em, { ownerOrganizationId: seed.organizationId, tubes, category: 'CUSTOM' })).id;
  const campaign = await buildCampaign(em, { ...seed, type: 'ASSESSMENT', targetProfileId, skillIds });
  return { ...campaign, skillIds };
}

export interface LoggedInUser {
  id: number;
  token: string;
  email: string | null;
  username: string | null;
}

/** An account, logged in (by e-mail, or by username when it has no e-mail). */
export async function loggedIn(api: TestApi, seed: UserSeed = {}): Promise<LoggedInUser> {
  const user = await buildUser(api.platform.services.orm.em.fork(), seed);
  const login = await api.gql(`mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`, {
    login: user.email ?? user.username,
    password: user.password,
  });
  if (!login.data) throw new Error(JSON.stringify(login.errors));
  return { id: user.id, token: login.data.logIn.accessToken, email: user.email, username: user.username };
}

/**
 * Answers a test until its end with the content's example answers (or `valueOf`, given the challenge's
 * API id), checking every response (after a checkpoint, the next challenge is asked for); returns the responses.
 */
export async function answerUntilEnd(
  api: TestApi,
  token: string,
  assessmentId: string,
  firstChallengeId: string,
  valueOf?: (challengeId: string) => string,
): Promise<Array<{ data: any; statements: number }>> {
  const responses = [];
  let current: string | null = firstChallengeId;
  while (current) {
    const value = valueOf ? valueOf(current) : correctAnswerOf(api, current);
    const response = await api.gql(ANSWER, { input: { assessmentId, challengeId: current, value, idempotencyKey: randomUUID() } }, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    responses.push({ data: response.data!.answerChallenge, statements: Number(response.headers.get('x-sql-statements')) });
    current = await nextChallengeIdAfter(api, token, assessmentId, response.data!.answerChallenge);
    if (responses.length > 80) throw new Error('the test does not end');
  }
  return responses;
}

/** The code and extensions of the first error, or 'ok'. */
export const outcome = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.[0]?.extensions?.code ?? 'ok';
