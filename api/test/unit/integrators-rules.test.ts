import { applyApiClientChanges, clientRefusal, grantedScopes, validateNewApiClient, type ApiScope } from '../../src/integration/domain/api-client';
import { campaignCodeOfRelayState, garIdentityOf } from '../../src/integration/domain/gar-assertion';
import { toPartnerResult, type PartnerResultRow } from '../../src/certification/results/domain/partner-result';
import { ClientTokenService } from '../../src/integration/infrastructure/client-token-service';
import { TokenService } from '../../src/identity-access-management/infrastructure/token-service';

const ALL: ApiScope[] = ['certification-results:read', 'campaign-results:read', 'organization-learners:read'];

describe('API clients (integrators)', () => {
  it.each([
    [{ name: ' LSU ', scopes: ['campaign-results:read'] }, { name: 'LSU', contact: '', scopes: ['campaign-results:read'], uais: null }],
    [{ name: 'ENT', contact: ' a@b.fr ', scopes: ALL, uais: ['0751234a', '0751234A'] }, { name: 'ENT', contact: 'a@b.fr', scopes: ALL, uais: ['0751234A'] }],
  ])('accepts %j', (request, expected) => {
    expect(validateNewApiClient(request)).toEqual(expected);
  });

  it.each([
    [{ name: '  ', scopes: ['campaign-results:read'] }, 'name', 'errors.field.required'],
    [{ name: 'x'.repeat(256), scopes: ['campaign-results:read'] }, 'name', 'errors.field.tooLong'],
    [{ name: 'X', scopes: [] }, 'scopes', 'errors.apiClient.noScope'],
    [{ name: 'X', scopes: ['everything:write'] }, 'scopes', 'errors.apiClient.unknownScope'],
    [{ name: 'X', scopes: ['campaign-results:read'], uais: ['075123A'] }, 'uais', 'errors.apiClient.invalidUai'],
    [{ name: 'X', scopes: ['campaign-results:read'], uais: [] }, 'uais', 'errors.apiClient.noUai'],
  ])('refuses %j on its field', (request, field, key) => {
    expect(() => validateNewApiClient(request)).toThrow(expect.objectContaining({ field, messageKey: key }));
  });

  it.each([
    [ALL, undefined, ALL],
    [ALL, '', ALL],
    [ALL, 'campaign-results:read', ['campaign-results:read']],
    [['campaign-results:read'], 'certification-results:read', null],
    [['campaign-results:read'], 'campaign-results:read campaign-results:read', ['campaign-results:read']],
  ] as [ApiScope[], string | undefined, ApiScope[] | null][])('grants %j asked %j: %j', (client, asked, granted) => {
    expect(grantedScopes(client, asked)).toEqual(granted);
  });

  it.each([
    [{ scopes: ALL, uais: null }, 'campaign-results:read', '0751234A', null],
    [{ scopes: ALL, uais: ['0751234A'] }, 'campaign-results:read', '0751234a', null],
    [{ scopes: ALL, uais: ['0751234A'] }, 'campaign-results:read', '0759999Z', 'UAI_NOT_ALLOWED'],
    [{ scopes: ['campaign-results:read'], uais: null }, 'certification-results:read', '0751234A', 'SCOPE_MISSING'],
  ] as const)('client %j reading %s of %s: %s', (client, scope, uai, refusal) => {
    expect(clientRefusal({ scopes: [...client.scopes], uais: client.uais ? [...client.uais] : null }, scope, uai)).toBe(refusal);
  });
});

describe('client tokens and learner tokens never pass for each other', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const clients = new ClientTokenService('secret-commun', 3600);
  const learners = new TokenService('secret-commun', 900);
  const principal = { clientId: 'pix_abc', scopes: ALL, uais: ['0751234A'], secretVersion: 2 };

  it('verifies its own tokens for one hour', () => {
    const { token, expiresIn } = clients.issue(principal, now);
    expect(expiresIn).toBe(3600);
    expect(clients.verify(token, now)).toEqual(principal);
    expect(clients.verify(token, new Date(now.getTime() + 3601_000))).toBeNull();
    expect(ClientTokenService.isClientToken(token)).toBe(true);
  });

  it('refuses a learner token as a client token, and a client token as a learner token', () => {
    const learner = learners.issueAccessToken({ userId: 1, platformRole: 'SUPER_ADMIN' as never }, now).token;
    expect(clients.verify(learner, now)).toBeNull();
    expect(ClientTokenService.isClientToken(learner)).toBe(false);
    expect(learners.verifyAccessToken(clients.issue(principal, now).token, now)).toBeNull();
  });
});

describe('GAR assertions', () => {
  it.each([
    [{ IDO: 'abc', PRE: 'Lina', NOM: 'Moreau' }, { ido: 'abc', firstName: 'Lina', lastName: 'Moreau' }],
    [{ IDO: [' abc ', 'x'], PRE: ['Lina'], NOM: 'Moreau' }, { ido: 'abc', firstName: 'Lina', lastName: 'Moreau' }],
    [{ IDO: 'abc' }, { ido: 'abc', firstName: '', lastName: '' }],
    [{ PRE: 'Lina', NOM: 'Moreau' }, null],
    [{ IDO: '  ' }, null],
    [{ IDO: 'x'.repeat(256) }, null],
  ])('reads %j as %j', (attributes, identity) => {
    expect(garIdentityOf(attributes)).toEqual(identity);
  });

  it.each([
    ['garcde234', 'GARCDE234'],
    [' GARCDE234 ', 'GARCDE234'],
    ['', null],
    ['https://ailleurs.example', null],
    [undefined, null],
  ])('RelayState %j names campaign %j', (relayState, code) => {
    expect(campaignCodeOfRelayState(relayState)).toBe(code);
  });
});

describe('certification results as partners read them', () => {
  const outline = { areas: [{ code: '1', name: 'Informations', competences: [{ id: 'c11', code: '1.1', name: 'Mener une recherche' }, { id: 'c12', code: '1.2', name: 'Gérer' }] }] };
  const row: PartnerResultRow = {
    courseId: 1, userId: 2, nationalStudentId: '123', firstName: 'A', lastName: 'B', birthdate: '2010-01-01', birthCity: null, birthCountry: null, externalId: null,
    sessionId: 7, sessionDate: '2026-06-01', centerName: 'Lycée', publishedAt: new Date('2026-06-10T08:00:00Z'), status: 'VALIDATED', pixScore: 24,
    competenceMarks: [{ competenceId: 'c11', questions: 3, correct: 3, neutralized: 0, outcome: 'V', level: 3, pix: 24 }],
    verificationCode: 'P-ABCDEFGH', commentForCandidate: null, commentForOrganization: null,
  };
  it.each([
    ['VALIDATED', true, 'VALIDATED', 24, 'P-ABCDEFGH', [{ code: '1.1', level: 3 }, { code: '1.2', level: 0 }]],
    ['REJECTED', true, 'REJECTED', null, null, []],
    ['CANCELLED', true, 'CANCELLED', null, null, []],
    ['VALIDATED', false, 'PENDING', null, null, []],
  ] as const)('scored %s, published %s: shown %s with pix %j, code %j', (status, published, shown, pix, verification, competences) => {
    const result = toPartnerResult({ ...row, status, publishedAt: published ? row.publishedAt : null }, outline);
    expect(result).toMatchObject({ status: shown, pixScore: pix, verificationCode: verification, competences });
    expect(result.publishedAt).toEqual(published ? row.publishedAt : null);
  });
});

describe("a partner application's change", () => {
  const current = { name: 'ENT', contact: '', scopes: ['campaign-results:read' as const], uais: ['0751234A'], rateLimitPerMinute: 600 };
  it('keeps what is not given; new UAIs change the rights, a new rate limit does not', () => {
    expect(applyApiClientChanges(current, { rateLimitPerMinute: 60 })).toEqual({ client: { ...current, rateLimitPerMinute: 60 }, rightsChanged: false });
    expect(applyApiClientChanges(current, { uais: ['0751234a'] }).rightsChanged).toBe(false);
    expect(applyApiClientChanges(current, { uais: null })).toMatchObject({ client: { uais: null }, rightsChanged: true });
    expect(applyApiClientChanges(current, { scopes: ['certification-results:read'] }).rightsChanged).toBe(true);
  });
  it.each([0, -1, 1.5, 100_001])('refuses a rate limit of %j', (rate) => {
    expect(() => applyApiClientChanges(current, { rateLimitPerMinute: rate })).toThrow(expect.objectContaining({ field: 'rateLimitPerMinute' }));
  });
});
