import { Client } from 'pg';
import { buildKnowledgeElements, buildOrganizationLearner } from '../../src/seeds/database-builder';
import {
  answerUntilEnd,
  buildAssessmentCampaign,
  loggedIn,
  outcome,
  PARTICIPATION,
  RECONCILE,
  SHARE,
  START,
  type LoggedInUser,
} from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const NO_MATCH = /^Vérifiez vos nom, prénom et date de naissance/;
/** 17 skills of 1.1 (9) and 4.2 (8): an all-correct learner answers 7 to 9 challenges. */
const PARCOURS = [
  { tubeId: 'moteurRecherche', level: 5 },
  { tubeId: 'fiabiliteSource', level: 4 },
  { tubeId: 'tracesNumeriques', level: 4 },
  { tubeId: 'donneesPersonnelles', level: 4 },
];

describe('a pupil joins a campaign of the school: reconciliation, the adaptive test, sharing, results', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  let campaign: { id: number; code: string; skillIds: string[] };
  let eloise: LoggedInUser;
  let participationId: string;
  const clock = new TestClock();
  const em = () => api.platform.services.orm.em.fork();

  beforeAll(async () => {
    api = await startTestApi({ clock });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    campaign = await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, name: 'Rentrée – 2NDE1', code: 'RENTRE226', tubes: PARCOURS });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Éloïse', middleName: 'Marie', lastName: "D'Arcy", birthdate: '2010-03-05', division: '2NDE1' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Éloi', lastName: 'Dupont', birthdate: '2010-03-05', division: '2NDE1' });
    eloise = await loggedIn(api, { firstName: 'Éloïse', lastName: 'Darcy', email: 'eloise.darcy@example.net' });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('asks a learner who is not yet one of the school\'s pupils to find themself first', async () => {
    const response = await api.gql(START, { input: { campaignCode: 'rentre226' } }, { token: eloise.token });
    expect(response.data).toBeNull();
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'RECONCILIATION_REQUIRED' } });
    expect(response.errors![0].message).toMatch(/prénom, nom et date de naissance/);
  });

  it('says what to check when the birth date or the names match no pupil, in the viewer\'s language', async () => {
    const wrongDate = await api.gql(RECONCILE, { input: { campaignCode: 'RENTRE226', firstName: 'Éloïse', lastName: "D'Arcy", birthdate: '2010-05-03' } }, { token: eloise.token });
    expect(wrongDate.errors![0]).toMatchObject({ extensions: { code: 'RECONCILIATION_NO_MATCH' } });
    expect(wrongDate.errors![0].message).toMatch(NO_MATCH);
    const english = await api.gql(
      RECONCILE,
      { input: { campaignCode: 'RENTRE226', firstName: 'Zoé', lastName: "D'Arcy", birthdate: '2010-03-05' } },
      { token: eloise.token, headers: { 'accept-language': 'en' } },
    );
    expect(english.errors![0].message).toMatch(/^Check your last name, first name and birth date/);
    expect(JSON.stringify([wrongDate, english])).not.toMatch(/Dupont|Éloi\b|2NDE1/);
    const badDate = await api.gql(RECONCILE, { input: { campaignCode: 'RENTRE226', firstName: 'Éloïse', lastName: 'Darcy', birthdate: '05/03/2010' } }, { token: eloise.token });
    expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthdate' });
  });

  it('links the account to the pupil whatever the accents, case and apostrophes typed, and again is nothing to do', async () => {
    const input = { campaignCode: ' rentre226', firstName: 'eloise', lastName: 'D ARCY', birthdate: '2010-03-05' };
    const response = await api.gql(RECONCILE, { input }, { token: eloise.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.reconcileWithOrganizationLearner).toMatchObject({ firstName: 'Éloïse', lastName: "D'Arcy", organizationName: 'Lycée Marie Curie' });
    // Already one of the school's pupils: the same answer whatever is typed, never "now linked" (issue 10).
    const again = await api.gql(RECONCILE, { input: { ...input, firstName: 'Marie' } }, { token: eloise.token });
    expect(again.errors![0].extensions!.code).toBe('ACCOUNT_ALREADY_LINKED');
    expect(again.errors![0].message).toMatch(/^Votre compte est déjà rattaché à un élève de l'établissement Lycée Marie Curie/);
    const { rows } = await db.query('select user_id from organization_learners where id = $1', [Number(response.data!.reconcileWithOrganizationLearner.id)]);
    expect(rows[0].user_id).toBe(eloise.id);
  });

  it('starts the campaign with its test over the campaign\'s skills, and resumes the same participation', async () => {
    const response = await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: eloise.token });
    expect(response.errors).toBeUndefined();
    const started = response.data!.startCampaignParticipation;
    expect(started).toMatchObject({
      status: 'STARTED',
      participantExternalId: null,
      campaign: { code: 'RENTRE226', name: 'Rentrée – 2NDE1', type: 'ASSESSMENT' },
      assessment: { type: 'CAMPAIGN', state: 'STARTED', progress: 0, competence: null },
    });
    const firstSkill = api.platform.services.content.get().challengeOfPublicId(started.assessment.currentChallenge.id)!.skillId;
    expect(campaign.skillIds).toContain(firstSkill);
    participationId = started.id;
    const resumed = (await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: eloise.token })).data!.startCampaignParticipation;
    expect(resumed.id).toBe(started.id);
    expect(resumed.assessment).toEqual(started.assessment);
    const mine = await api.gql(`{ me { campaignParticipations { id status assessment { id progress } campaign { code } } } }`, {}, { token: eloise.token });
    expect(mine.data!.me.campaignParticipations).toEqual([{ id: started.id, status: 'STARTED', assessment: { id: started.assessment.id, progress: 0 }, campaign: { code: 'RENTRE226' } }]);
  });

  it('runs the adaptive test through answerChallenge: two statements an answer, a checkpoint every 5, a progress bar, then TO_SHARE', async () => {
    const started = (await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: eloise.token })).data!.startCampaignParticipation;
    const responses = await answerUntilEnd(api, eloise.token, started.assessment.id, started.assessment.currentChallenge.id);
    const asked = responses.length;
    expect(asked).toBeGreaterThan(5);
    expect(asked).toBeLessThan(campaign.skillIds.length);
    expect(responses[4].data.checkpoint.answers).toHaveLength(5);
    expect(responses[4].statements).toBe(4);
    responses.forEach(({ data, statements }, index) => {
      const position = index + 1;
      const last = position === asked;
      expect(data.answer.result).toBe('OK');
      expect(data.checkpoint === null).toBe(!(last || position % 5 === 0));
      if (!data.checkpoint) expect(statements).toBe(2);
      expect(data.assessment.progress).toBe(last ? 100 : data.assessment.progress);
      if (!last) expect(data.assessment.progress).toBeLessThan(100);
    });
    const progress = responses.map((r) => r.data.assessment.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(responses[asked - 1].data).toMatchObject({ assessment: { state: 'COMPLETED', progress: 100 }, nextChallenge: null, checkpoint: { isFinal: true } });

    const participation = (await api.gql(PARTICIPATION, { id: participationId }, { token: eloise.token })).data!.campaignParticipation;
    expect(participation).toMatchObject({ status: 'TO_SHARE', pixScore: null, masteryRate: null, assessment: { id: started.assessment.id } });
    expect(participation.results).toMatchObject({ masteryRate: 1, validatedSkillsCount: 17, targetedSkillsCount: 17 });
    const profile = await api.gql(`{ me { profile { competences { competence { code } pixScore } } } }`, {}, { token: eloise.token });
    const pix = Object.fromEntries(profile.data!.me.profile.competences.map((c: any) => [c.competence.code, c.pixScore]));
    expect(pix['1.1']).toBeGreaterThan(0);
    expect(pix['4.2']).toBeGreaterThan(0);
  });

  it('refuses a second participation once the test is over, naming the one to send', async () => {
    const again = await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: eloise.token });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'ALREADY_PARTICIPATED', participationId, status: 'TO_SHARE' } });
    expect(again.errors![0].message).toBe("Vous avez déjà terminé ce parcours : il ne vous reste qu'à envoyer vos résultats.");
  });

  it('shares the results once, storing what they are at that moment, and shows "Vous maîtrisez X %" per competence', async () => {
    clock.advance(60);
    const shared = await api.gql(SHARE, { id: participationId }, { token: eloise.token });
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareCampaignResults).toMatchObject({ id: participationId, status: 'SHARED', sharedAt: clock.now().toISOString(), validatedSkillsCount: 17, masteryRate: 1 });
    expect(shared.data!.shareCampaignResults.pixScore).toBeGreaterThan(0);
    clock.advance(60);
    const twice = await api.gql(SHARE, { id: participationId }, { token: eloise.token });
    expect(twice.data!.shareCampaignResults.sharedAt).toBe(shared.data!.shareCampaignResults.sharedAt);

    const { rows } = await db.query('select status, mastery_rate, knowledge_snapshot from campaign_participations where id = $1', [Number(participationId)]);
    expect(rows[0].knowledge_snapshot.validatedSkillIds.sort()).toEqual([...campaign.skillIds].sort());
    expect(rows[0].knowledge_snapshot.competences.map((c: any) => [c.competenceId, c.targetedSkillsCount, c.validatedSkillsCount])).toEqual([
      ['1.1', 9, 9],
      ['4.2', 8, 8],
    ]);
    const results = (await api.gql(PARTICIPATION, { id: participationId }, { token: eloise.token })).data!.campaignParticipation.results;
    expect(results.competences).toEqual([
      { competence: { code: '1.1', name: 'Mener une recherche et une veille d\'information' }, masteryRate: 1, validatedSkillsCount: 9, targetedSkillsCount: 9 },
      { competence: { code: '4.2', name: expect.any(String) }, masteryRate: 1, validatedSkillsCount: 8, targetedSkillsCount: 8 },
    ]);
    const afterShare = await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: eloise.token });
    expect(afterShare.errors![0]).toMatchObject({ extensions: { code: 'ALREADY_PARTICIPATED', status: 'SHARED' } });
  });

  it('shows the sent results to the teachers of the school, never the test itself', async () => {
    const teacher = await api.gql(PARTICIPATION, { id: participationId }, { token: schools.people.teacher.token });
    expect(teacher.data!.campaignParticipation).toMatchObject({ status: 'SHARED', masteryRate: 1, assessment: null, results: { masteryRate: 1 } });
  });

  it('does not ask again what the learner already proved, and ends at once when everything is known', async () => {
    const content = api.platform.services.content.get();
    const known = await loggedIn(api, { firstName: 'Hugo', lastName: 'Garcia' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Hugo', lastName: 'Garcia', birthdate: '2010-12-04', division: '2NDE2', userId: known.id });
    const oneOne = campaign.skillIds.filter((id) => content.skill(id)!.competenceId === '1.1');
    await buildKnowledgeElements(em(), content, oneOne.map((skillId) => ({ userId: known.id, skillId })));
    const started = (await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: known.token })).data!.startCampaignParticipation;
    const inFourTwo = (challengeId: string) => content.skill(content.challengeOfPublicId(challengeId)!.skillId)!.competenceId === '4.2';
    expect(inFourTwo(started.assessment.currentChallenge.id)).toBe(true);
    expect(started.assessment.progress).toBe(Math.floor((100 * oneOne.length) / campaign.skillIds.length));
    const responses = await answerUntilEnd(api, known.token, started.assessment.id, started.assessment.currentChallenge.id);
    expect(responses.every((r) => !r.data.nextChallenge || inFourTwo(r.data.nextChallenge.id))).toBe(true);

    const expert = await loggedIn(api, { firstName: 'Inès', lastName: 'Morel' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Inès', lastName: 'Morel', birthdate: '2010-01-15', division: '2NDE2', userId: expert.id });
    await buildKnowledgeElements(em(), content, campaign.skillIds.map((skillId) => ({ userId: expert.id, skillId })));
    const done = (await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: expert.token })).data!.startCampaignParticipation;
    expect(done).toMatchObject({ status: 'TO_SHARE', assessment: { state: 'COMPLETED', progress: 100, currentChallenge: null } });
    expect((await api.gql(SHARE, { id: done.id }, { token: expert.token })).data!.shareCampaignResults).toMatchObject({ masteryRate: 1, validatedSkillsCount: 17 });
  });

  it('refuses to send the results of a test in progress', async () => {
    const pupil = await loggedIn(api, { firstName: 'Nina', lastName: 'Leroy' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Nina', lastName: 'Leroy', birthdate: '2010-07-07', division: '2NDE3', userId: pupil.id });
    const started = (await api.gql(START, { input: { campaignCode: 'RENTRE226' } }, { token: pupil.token })).data!.startCampaignParticipation;
    const early = await api.gql(SHARE, { id: started.id }, { token: pupil.token });
    expect(outcome(early)).toBe('PARTICIPATION_NOT_FINISHED');
    expect(early.errors![0].message).toMatch(/^Terminez d'abord le parcours/);
  });
});
