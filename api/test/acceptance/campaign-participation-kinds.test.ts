import { Client } from 'pg';
import {
  buildCampaign,
  buildKnowledgeElements,
  buildOrganization,
  buildOrganizationLearner,
  skillsUpToLevel,
} from '../../src/seeds/database-builder';
import { buildAssessmentCampaign, loggedIn, outcome, PARTICIPATION, RECONCILE, SEND, START, type LoggedInUser } from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

describe('joining outside a school, with an external identifier, and collecting profiles', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  let companyId: number;
  const clock = new TestClock();
  const em = () => api.platform.services.orm.em.fork();
  const content = () => api.platform.services.content.get();
  /** Knowledge of a learner at level `level` in each of these competences. */
  const levelIn = (user: LoggedInUser, codes: string[], level = 1) =>
    buildKnowledgeElements(em(), content(), codes.flatMap((code) => skillsUpToLevel(content(), code, level).map((skillId) => ({ userId: user.id, skillId }))));

  beforeAll(async () => {
    // Days pass between two sendings: access tokens of a week.
    api = await startTestApi({ clock, env: { ACCESS_TOKEN_TTL_SECONDS: String(7 * 24 * 3600) } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    companyId = (await buildOrganization(em(), { name: 'Menuiseries Garnier & Fils', type: 'PRO' })).id;
    const creatorId = schools.people.admin.id;
    await buildAssessmentCampaign(api, { organizationId: companyId, creatorId, code: 'GARNER234', idPixLabel: 'E-mail pro', idPixType: 'EMAIL' });
    await buildCampaign(em(), { organizationId: schools.lyceeId, creatorId, type: 'PROFILES_COLLECTION', code: 'PARTAG278', idPixLabel: "Numéro d'élève", multipleSendings: true });
    await buildCampaign(em(), { organizationId: companyId, creatorId, type: 'PROFILES_COLLECTION', code: 'UNEFWS234', multipleSendings: false });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('lets anyone join a campaign of an organisation that does not manage pupils, as the learner the account names', async () => {
    const lea = await loggedIn(api, { firstName: 'Léa', lastName: 'Martin' });
    const missing = await api.gql(START, { input: { campaignCode: 'GARNER234' } }, { token: lea.token });
    expect(missing.errors![0]).toMatchObject({ message: 'Saisissez votre E-mail pro pour commencer.', extensions: { code: 'BAD_USER_INPUT', field: 'participantExternalId' } });
    const notEmail = await api.gql(START, { input: { campaignCode: 'GARNER234', participantExternalId: 'lea.martin' } }, { token: lea.token });
    expect(notEmail.errors![0].message).toBe('E-mail pro doit être une adresse e-mail valide (exemple : prenom.nom@exemple.fr).');
    const started = await api.gql(START, { input: { campaignCode: 'GARNER234', participantExternalId: ' Lea.Martin@Garnier.FR ' } }, { token: lea.token });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startCampaignParticipation).toMatchObject({ status: 'STARTED', participantExternalId: 'lea.martin@garnier.fr', assessment: { type: 'CAMPAIGN' } });
    const resumed = await api.gql(START, { input: { campaignCode: 'GARNER234' } }, { token: lea.token });
    expect(resumed.data!.startCampaignParticipation.id).toBe(started.data!.startCampaignParticipation.id);
    const { rows } = await db.query('select first_name, last_name, user_id, national_student_id from organization_learners where organization_id = $1', [companyId]);
    expect(rows).toEqual([{ first_name: 'Léa', last_name: 'Martin', user_id: lea.id, national_student_id: null }]);
    const reconcile = await api.gql(RECONCILE, { input: { campaignCode: 'GARNER234', firstName: 'Léa', lastName: 'Martin', birthdate: '2000-01-01' } }, { token: lea.token });
    expect(reconcile.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'campaignCode' } });
  });

  it('keeps one participation when two tabs start at once', async () => {
    const learner = await loggedIn(api);
    const input = { campaignCode: 'GARNER234', participantExternalId: 'c@garnier.fr' };
    const [a, b] = await Promise.all([api.gql(START, { input }, { token: learner.token }), api.gql(START, { input }, { token: learner.token })]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect(a.data!.startCampaignParticipation.id).toBe(b.data!.startCampaignParticipation.id);
    const { rows } = await db.query('select count(*)::int as n from campaign_participations where user_id = $1', [learner.id]);
    expect(rows[0].n).toBe(1);
  });

  it('sends a pupil\'s whole profile: pix, certifiable from 5 competences at level 1, and again when allowed', async () => {
    const pupil = await loggedIn(api, { firstName: 'Inès', lastName: 'Morel' });
    const notReconciled = await api.gql(SEND, { code: 'PARTAG278', externalId: 'T1-07' }, { token: pupil.token });
    expect(outcome(notReconciled)).toBe('RECONCILIATION_REQUIRED');
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Inès', lastName: 'Morel', birthdate: '2008-04-04', division: 'T1', userId: pupil.id });
    await levelIn(pupil, ['1.1', '2.1', '3.1', '4.1', '5.1']);
    expect(outcome(await api.gql(SEND, { code: 'PARTAG278' }, { token: pupil.token }))).toBe('BAD_USER_INPUT');

    const first = await api.gql(SEND, { code: 'partag278', externalId: 'T1-07' }, { token: pupil.token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendProfile).toMatchObject({
      status: 'SHARED',
      sharedAt: clock.now().toISOString(),
      pixScore: 40,
      isCertifiable: true,
      certifiableCompetencesCount: 5,
      participantExternalId: 'T1-07',
      campaign: { code: 'PARTAG278', type: 'PROFILES_COLLECTION' },
    });
    expect(first.data!.sendProfile.masteryRate).toBeCloseTo(40 / 768);

    clock.advance(24 * 3600);
    await levelIn(pupil, ['1.2'], 2);
    const second = await api.gql(SEND, { code: 'PARTAG278' }, { token: pupil.token });
    expect(second.data!.sendProfile).toMatchObject({ status: 'SHARED', pixScore: 56, certifiableCompetencesCount: 6, participantExternalId: 'T1-07' });
    expect(second.data!.sendProfile.id).not.toBe(first.data!.sendProfile.id);

    const { rows } = await db.query('select id, is_improved, pix_score from campaign_participations where user_id = $1 order by id', [pupil.id]);
    expect(rows.map((r) => [String(r.id), r.is_improved, r.pix_score])).toEqual([
      [first.data!.sendProfile.id, true, 40],
      [second.data!.sendProfile.id, false, 56],
    ]);
    const mine = await api.gql(`{ me { campaignParticipations { id status results { masteryRate } assessment { id } } } }`, {}, { token: pupil.token });
    expect(mine.data!.me.campaignParticipations).toEqual([{ id: second.data!.sendProfile.id, status: 'SHARED', results: null, assessment: null }]);
    const teacher = await api.gql(PARTICIPATION, { id: second.data!.sendProfile.id }, { token: schools.people.teacher.token });
    expect(teacher.data!.campaignParticipation).toMatchObject({ status: 'SHARED', pixScore: 56 });
  });

  it('says "not certifiable" below 5 competences, and refuses a second sending when the campaign allows one only', async () => {
    const learner = await loggedIn(api);
    await levelIn(learner, ['1.1', '2.1', '3.1', '4.1'], 2);
    const first = await api.gql(SEND, { code: 'UNEFWS234' }, { token: learner.token });
    expect(first.data!.sendProfile).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, pixScore: 64 });
    const again = await api.gql(SEND, { code: 'UNEFWS234' }, { token: learner.token });
    expect(again.errors![0]).toMatchObject({
      message: 'Vous avez déjà participé à ce parcours et envoyé vos résultats.',
      extensions: { code: 'ALREADY_PARTICIPATED', participationId: first.data!.sendProfile.id, status: 'SHARED' },
    });
    const empty = await loggedIn(api);
    expect((await api.gql(SEND, { code: 'UNEFWS234' }, { token: empty.token })).data!.sendProfile).toMatchObject({ pixScore: 0, masteryRate: 0, isCertifiable: false });
  });
});
