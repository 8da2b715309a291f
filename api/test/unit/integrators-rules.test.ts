import { clientRefusal, grantedScopes, validateNewApiClient, type ApiScope } from '../../src/integration/domain/api-client';
import { campaignCodeOfRelayState, garIdentityOf } from '../../src/integration/domain/gar-assertion';
import { publishedResult, type CertificationResultRow } from '../../src/integration/domain/school-reads';
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

describe('published certification results', () => {
  const row: CertificationResultRow = {
    certificationCourseId: 1, nationalStudentId: '123', firstName: 'A', lastName: 'B', birthdate: '2010-01-01', status: 'VALIDATED', pixScore: 300,
    verificationCode: 'P-ABCDEFGH', sessionDate: '2026-06-01', sessionId: 7, certificationCenter: 'Lycée', competences: [{ code: '1.1', level: 3 }],
  };
  it.each([
    ['VALIDATED', 300, 1],
    ['REJECTED', null, 0],
    ['PENDING', null, 0],
  ] as const)('a %s result shows pix %j and %d competence levels', (status, pix, levels) => {
    const shown = publishedResult({ ...row, status });
    expect(shown.pixScore).toBe(pix);
    expect(shown.competences).toHaveLength(levels);
  });
});
