import { buildCampaign, buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { GarTestIdp, type AssertionOptions } from '../helpers/gar-idp';
import { startTestApi, type TestApi } from '../helpers/test-api';

const COMPLETE = `mutation C($input: CompleteGarSignInInput!) { completeGarSignIn(input: $input) { campaignCode session { accessToken user { id } } } }`;
const LINA = { ido: 'ido-lina-0001', firstName: 'Lina', lastName: 'MOREAU' };
const HUGO = { ido: 'ido-hugo-0002', firstName: 'Hugo', lastName: 'BERNARD' };
const NOBODY = { ido: 'ido-x-0003', firstName: 'Inconnu', lastName: 'PERSONNE' };

describe('GAR single sign-on (SAML service provider, with a real identity provider)', () => {
  let idp: GarTestIdp;
  let api: TestApi;
  let campaignCode: string;
  let hugoUserId: number;
  let sp: { entityId: string; acsUrl: string };
  let schoolId: number;
  let teacherLogin: { email: string | null; password: string };

  beforeAll(async () => {
    idp = await GarTestIdp.start([LINA, HUGO, NOBODY]);
    api = await startTestApi({ env: { GAR_IDP_METADATA: idp.metadata(), LOG_LEVEL: 'error' } });
    sp = { entityId: `${api.platform.config.publicUrl}/saml/metadata`, acsUrl: `${api.platform.config.publicUrl}/saml/acs` };
    idp.trust(sp);
    const em = api.platform.services.orm.em.fork();
    const school = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0691234K' });
    const teacher = await buildUser(em, { firstName: 'Prof' });
    await buildMembership(em, school.id, teacher.id, 'ADMIN');
    schoolId = school.id;
    teacherLogin = teacher;
    campaignCode = (await buildCampaign(em, { organizationId: school.id, creatorId: teacher.id, type: 'PROFILES_COLLECTION', name: 'Profils', code: 'GARCDE234' })).code;
    await buildOrganizationLearner(em, school.id, { firstName: 'Lina', lastName: 'Moreau', birthdate: '2010-04-12', division: '4A' });
    // Hugo already has an account (a username) linked to his pupil: the GAR method is added to it.
    const hugo = await buildUser(em, { firstName: 'Hugo', lastName: 'Bernard', email: null, username: 'hugo.bernard0311' });
    hugoUserId = hugo.id;
    await buildOrganizationLearner(em, school.id, { firstName: 'Hugo', lastName: 'Bernard', birthdate: '2009-11-03', division: '4A', userId: hugo.id });
  });
  afterAll(async () => {
    await api.stop();
    await idp.stop();
  });

  const knex = () => knexOf(api.platform.services.orm.em.fork());
  const counts = async () => ({
    users: Number((await knex()('users').count({ n: '*' }))[0].n),
    gar: Number((await knex()('gar_identities').count({ n: '*' }))[0].n),
    links: Number((await knex()('organization_learners').whereNotNull('user_id').count({ n: '*' }))[0].n),
  });

  async function postToAcs(samlResponse: string, relayState = '') {
    return fetch(`${api.url}/saml/acs`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLResponse: samlResponse, RelayState: relayState }).toString(),
    });
  }

  /** The browser's way: /saml/login → the identity provider's page → the user chosen → the auto-posted form. */
  async function signInThroughIdp(userIndex: number, campaign?: string) {
    const login = await fetch(`${api.url}/saml/login${campaign ? `?campaign=${campaign}` : ''}`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const ssoUrl = new URL(login.headers.get('location')!);
    expect(ssoUrl.origin + ssoUrl.pathname).toBe(`${idp.url}/sso`);
    expect(ssoUrl.searchParams.get('RelayState') ?? '').toBe(campaign ?? '');
    const page = await (await fetch(ssoUrl)).text();
    const requestId = /name="requestId" value="([^"]*)"/.exec(page)![1];
    const posted = await fetch(`${idp.url}/sso`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ user: String(userIndex), requestId, RelayState: campaign ?? '' }).toString() });
    const html = await posted.text();
    const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(html)![1];
    expect(/action="([^"]+)"/.exec(html)![1]).toBe(sp.acsUrl);
    return postToAcs(samlResponse, campaign ?? '');
  }

  const valid = (over: Partial<AssertionOptions> = {}): AssertionOptions => ({ user: NOBODY, audience: sp.entityId, recipient: sp.acsUrl, ...over });

  it('publishes its metadata (entity id, assertion consumer service)', async () => {
    const response = await fetch(`${api.url}/saml/metadata`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain(`entityID="${sp.entityId}"`);
    expect(xml).toContain(`Location="${sp.acsUrl}"`);
  });

  it('a newcomer gives a campaign code and their birth date, gets an account with the GAR method, and the next sign-in goes straight in', async () => {
    const before = await counts();
    const acs = await signInThroughIdp(0, campaignCode);
    expect(acs.status).toBe(303);
    const location = acs.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^/connexion/gar\\?campagne=${campaignCode}#`));
    expect(await counts()).toEqual(before);
    const garToken = location.split('#')[1];

    const wrong = await api.gql(COMPLETE, { input: { garToken, campaignCode, birthdate: '2010-04-13' } });
    expect(wrong.errors![0].extensions!.code).toBe('RECONCILIATION_NO_MATCH');
    expect(await counts()).toEqual(before);

    const done = await api.gql(COMPLETE, { input: { garToken, campaignCode: campaignCode.toLowerCase(), birthdate: '2010-04-12' } });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeGarSignIn.campaignCode).toBe(campaignCode);
    const userId = Number(done.data!.completeGarSignIn.session.user.id);
    expect(await knex()('gar_identities').where({ user_id: userId }).first('ido')).toEqual({ ido: LINA.ido });
    expect(await knex()('users').where({ id: userId }).first('email', 'username', 'first_name')).toEqual({ email: null, username: 'lina.moreau1204', first_name: 'Lina' });
    expect(await counts()).toEqual({ users: before.users + 1, gar: before.gar + 1, links: before.links + 1 });
    // The first-time token serves once: the page left in a school computer's history logs nobody in.
    const reused = await api.gql(COMPLETE, { input: { garToken, campaignCode, birthdate: '2010-04-12' } });
    expect(reused.errors![0].extensions!.code).toBe('INVALID_TOKEN');

    // Next time: straight in, to the campaign of the link, with a session cookie.
    const again = await signInThroughIdp(0, campaignCode);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/campagnes/${campaignCode}/acces`);
    const cookie = again.headers.get('set-cookie')!;
    expect(cookie).toMatch(/refresh_token=[^;]+;.*HttpOnly/i);
    const refreshToken = /refresh_token=([^;]+)/.exec(cookie)![1];
    const refreshed = await api.gql('mutation R($t: String) { refreshSession(refreshToken: $t) { user { id } } }', { t: decodeURIComponent(refreshToken) });
    expect(Number(refreshed.data!.refreshSession.user.id)).toBe(userId);
    // Without a campaign: the dashboard.
    expect((await signInThroughIdp(0)).headers.get('location')).toBe('/');
  });

  it('adds the GAR method to the account already linked to the pupil', async () => {
    const acs = await signInThroughIdp(1);
    const garToken = acs.headers.get('location')!.split('#')[1];
    const done = await api.gql(COMPLETE, { input: { garToken, campaignCode, birthdate: '2009-11-03' } });
    expect(Number(done.data!.completeGarSignIn.session.user.id)).toBe(hugoUserId);
    expect(await knex()('gar_identities').where({ user_id: hugoUserId }).first('ido')).toEqual({ ido: HUGO.ido });
  });

  it('shows the school which pupils log in through the GAR ("Médiacentre (GAR)" in Pix Orga)', async () => {
    const token = (await api.gql(`mutation { logIn(input: { login: "${teacherLogin.email}", password: "${teacherLogin.password}" }) { accessToken } }`)).data!.logIn.accessToken;
    const listed = await api.gql(`{ organization(id: "${schoolId}") { learners(first: 10) { edges { node { lastName authenticationMethods } } } } }`, {}, { token });
    const methods = Object.fromEntries(listed.data!.organization.learners.edges.map((e: any) => [e.node.lastName, e.node.authenticationMethods]));
    expect(methods).toEqual({ Moreau: ['USERNAME', 'GAR'], Bernard: ['USERNAME', 'GAR'] });
  });

  const refusals: [string, () => string][] = [
    ['unsigned', () => idp.response(valid({ signature: 'none' }))],
    ['signed by another key', () => idp.response(valid({ signature: 'other-key' }))],
    ['for another audience', () => idp.response(valid({ audience: 'https://autre-fournisseur.example/saml' }))],
    ['for another recipient', () => idp.response(valid({ recipient: 'https://autre-fournisseur.example/acs' }))],
    ['expired', () => idp.response(valid({ issuedAt: new Date(Date.now() - 60 * 60_000) }))],
    ['not yet valid', () => idp.response(valid({ issuedAt: new Date(Date.now() + 60 * 60_000) }))],
    ['without IDO', () => idp.response(valid({ omitIdo: true }))],
  ];
  for (const [name, make] of refusals) {
    it(`refuses an assertion ${name}, creating nothing`, async () => {
      const before = await counts();
      const response = await postToAcs(make(), campaignCode);
      expect(response.status).toBe(401);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('Connexion par l');
      expect(await counts()).toEqual(before);
    });
  }

  it('refuses an assertion replayed', async () => {
    const response = idp.response(valid({ user: LINA }));
    expect((await postToAcs(response)).status).toBe(303);
    const before = await counts();
    const replayed = await postToAcs(response);
    expect(replayed.status).toBe(401);
    expect(replayed.headers.get('set-cookie')).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("ends the GAR's session too: a LogoutRequest naming it, the GAR's signed answer accepted, a forged one refused", async () => {
    expect((await api.gql('{ garSignOutUrl }')).data!.garSignOutUrl).toBe('/saml/logout');
    expect(await (await fetch(`${api.url}/saml/metadata`)).text()).toContain(`SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${api.platform.config.publicUrl}/saml/slo"`);
    const signedIn = await postToAcs(idp.response(valid({ user: LINA })));
    const nameId = idp.lastNameId;
    const cookie = (signedIn.headers.getSetCookie().find((c) => c.startsWith('gar_idp_session=')) ?? '').split(';')[0];
    expect(cookie).not.toBe('');
    // The learner app asks whether this browser's session came from the GAR (its log-out then offers the GAR's).
    expect((await api.gql('{ garSession }', {}, { headers: { cookie } })).data!.garSession).toBe(true);
    expect((await api.gql('{ garSession }')).data!.garSession).toBe(false);

    // The platform's log-out, then the GAR's: a LogoutRequest to its SingleLogoutService naming the session.
    const logout = await fetch(`${api.url}/saml/logout`, { redirect: 'manual', headers: { cookie } });
    expect(logout.status).toBe(302);
    expect(logout.headers.getSetCookie().some((c) => c.startsWith('gar_idp_session=;'))).toBe(true);
    const toIdp = logout.headers.get('location')!;
    expect(toIdp.startsWith(`${idp.url}/slo?SAMLRequest=`)).toBe(true);
    const answer = await fetch(toIdp, { redirect: 'manual' });
    expect(idp.loggedOut.at(-1)).toMatchObject({ nameId, issuer: sp.entityId });
    expect(idp.loggedOut.at(-1)!.sessionIndex).toMatch(/^_a/);

    // The GAR's signed answer brings the pupil home; unsigned, signed by another key or a failure: refused.
    const back = answer.headers.get('location')!;
    expect(back.startsWith(`${api.platform.config.publicUrl}/saml/slo?SAMLResponse=`)).toBe(true);
    const viaApi = (location: string) => fetch(`${api.url}${new URL(location).pathname}${new URL(location).search}`, { redirect: 'manual' });
    const home = await viaApi(back);
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/');
    for (const forged of [idp.logoutResponseUrl('_x', '', { signer: 'none' }), idp.logoutResponseUrl('_x', '', { signer: 'other-key' }), idp.logoutResponseUrl('_x', '', { status: 'Responder' })]) {
      expect((await viaApi(forged)).status).toBe(400);
    }

    // Without the GAR's session (another browser, a forged cookie): its log-out page as it is.
    const bare = await fetch(`${api.url}/saml/logout`, { redirect: 'manual', headers: { cookie: 'gar_idp_session=eyJhbGciOiJIUzI1NiJ9.e30.faux' } });
    expect(bare.headers.get('location')).toBe(`${idp.url}/slo`);
  });

  it('refuses a forged first-time token', async () => {
    const forged = await api.gql(COMPLETE, { input: { garToken: 'eyJhbGciOiJIUzI1NiJ9.e30.faux', campaignCode, birthdate: '2010-04-12' } });
    expect(forged.errors![0].extensions!.code).toBe('INVALID_TOKEN');
  });
});
