import type { AuditEntry } from '../../src/audit-log';
import type { IamDependencies } from '../../src/identity-access-management';
import { rotateApiClientSecret } from '../../src/integration/application/api-clients.usecases';
import type { IntegrationDependencies, IntegrationRepositories } from '../../src/integration/application/dependencies';
import { completeGarFirstSignIn, type GarDependencies } from '../../src/integration/application/gar-sign-in.usecases';
import { issueClientToken, type TokenRequest } from '../../src/integration/application/issue-client-token.usecase';
import type { ApiClientRow } from '../../src/integration/domain/api-client-row';
import { ClientTokenService, hashSecret, secretMatches } from '../../src/integration/infrastructure/client-token-service';
import { GarPendingTokens } from '../../src/integration/infrastructure/gar-pending-token';
import { BadUserInputError, NotFoundError, TooManyAttemptsError } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * The integrators' use cases on in-memory repositories: a token request counted before its secret is
 * compared (and given back only on success), a rotated secret shown once with its audit row (nothing
 * kept when the transaction fails), and a GAR first-time token that serves once but is given back
 * when the pupil is not found.
 */
const NOW = new Date('2026-12-07T09:00:00Z');
const clock = { now: () => NOW };
const unused = (name: string) => () => {
  throw new Error(`${name} is not used here`);
};

function client(overrides: Partial<ApiClientRow> = {}): ApiClientRow {
  return {
    id: 7,
    clientId: 'pix_abc',
    name: 'ENT Occitanie',
    contact: 'dev@ent.example',
    scopes: ['organization-learners:read'],
    uais: ['0310001A'],
    secretHash: hashSecret('the-old-secret'),
    secretVersion: 1,
    rateLimitPerMinute: 600,
    createdAt: new Date('2026-11-01T08:00:00Z'),
    rotatedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function memoryRepositories(seed: ApiClientRow[], options: { throttleRefuses?: boolean; auditFails?: boolean } = {}) {
  const state = { clients: new Map(seed.map((c) => [c.clientId, c])), audit: [] as AuditEntry[], used: new Set<string>() };
  const log: string[] = [];
  const repositories: IntegrationRepositories = {
    apiClients: {
      insert: unused('insert'),
      byClientId: async (clientId) => {
        log.push(`read ${clientId}`);
        return state.clients.get(clientId) ?? null;
      },
      lockByClientId: async (clientId) => state.clients.get(clientId) ?? null,
      rotateSecret: async (id, secretHash, now) => {
        const before = [...state.clients.values()].find((c) => c.id === id)!;
        const row = { ...before, secretHash, secretVersion: before.secretVersion + 1, rotatedAt: now };
        state.clients.set(row.clientId, row);
        return row;
      },
      update: unused('update'),
      revoke: unused('revoke'),
      list: unused('list'),
      admitCall: unused('admitCall'),
    },
    throttle: {
      admit: async (...refs) => {
        log.push(`count ${refs.map((ref) => `${ref.rule.scope}:${ref.key}`).join(',')}`);
        if (options.throttleRefuses) throw new TooManyAttemptsError(120);
        return { succeeded: async () => void log.push('given back') };
      },
    },
    audit: {
      record: async (entry) => {
        if (options.auditFails) throw new Error('audit_log unavailable');
        state.audit.push(entry);
      },
    },
    usedAssertions: {
      useOnce: async (id) => {
        if (state.used.has(id)) return false;
        state.used.add(id);
        return true;
      },
      release: async (id) => void state.used.delete(id),
    },
    schools: { activeByUai: unused('schools') },
    learners: { ofSchool: unused('learners'), byIds: unused('learners') },
    accounts: { loginMethods: unused('accounts'), ofGarIdentity: unused('accounts'), forSession: unused('accounts'), issueSession: unused('accounts') },
    campaignResults: { sharedOf: unused('campaignResults') },
    certificationResults: { ofSchool: unused('certificationResults') },
    garPupils: { reconcile: unused('garPupils') },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({ clients: new Map(state.clients), audit: [...state.audit] }), () => repositories),
  };
  return { repositories, state, log };
}

describe('issueClientToken (POST /oauth/token)', () => {
  const tokens = new ClientTokenService('a-platform-secret-of-at-least-32-chars', 3600);
  const deps = { clock, tokens, throttle: { accountFailures: 5, addressFailures: 20, windowSeconds: 900 }, gar: null } as IntegrationDependencies;
  const request = (overrides: Partial<TokenRequest> = {}): TokenRequest => ({
    grantType: 'client_credentials',
    clientId: 'pix_abc',
    clientSecret: 'the-old-secret',
    scope: undefined,
    address: '203.0.113.9',
    ...overrides,
  });

  it('counts a wrong secret against the address before reading the client, and keeps it counted', async () => {
    const { repositories, log } = memoryRepositories([client()]);
    const answer = await issueClientToken(repositories, deps, request({ clientSecret: 'a-guess' }));
    expect(answer).toEqual({ ok: false, error: 'invalid_client', description: expect.any(String) });
    expect(log).toEqual(['count client_token_address:203.0.113.9', 'read pix_abc']);
  });

  it('refuses a revoked client even with its right secret', async () => {
    const { repositories, log } = memoryRepositories([client({ revokedAt: new Date('2026-12-01T00:00:00Z') })]);
    const answer = await issueClientToken(repositories, deps, request());
    expect(answer).toMatchObject({ ok: false, error: 'invalid_client' });
    expect(log).not.toContain('given back');
  });

  it('issues a token of the client’s scopes, UAIs and secret version, and gives the attempt back', async () => {
    const { repositories, log } = memoryRepositories([client({ secretVersion: 3 })]);
    const answer = await issueClientToken(repositories, deps, request());
    if (!answer.ok) throw new Error(`refused: ${answer.description}`);
    expect(tokens.verify(answer.accessToken, NOW)).toEqual({ clientId: 'pix_abc', scopes: ['organization-learners:read'], uais: ['0310001A'], secretVersion: 3 });
    expect(log).toEqual(['count client_token_address:203.0.113.9', 'read pix_abc', 'given back']);
  });

  it('once the address has spent its attempts, refuses without reading the client', async () => {
    const { repositories, log } = memoryRepositories([client()], { throttleRefuses: true });
    await expect(issueClientToken(repositories, deps, request())).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(log).toEqual(['count client_token_address:203.0.113.9']);
  });
});

describe('rotateApiClientSecret', () => {
  const viewer = { userId: 1 } as Parameters<typeof rotateApiClientSecret>[2];

  it('shows the new secret once, keeps only its hash, ends the old one and writes the audit row', async () => {
    const { repositories, state } = memoryRepositories([client()]);
    const issued = await rotateApiClientSecret(repositories, { clock }, viewer, 'pix_abc');
    const stored = state.clients.get('pix_abc')!;
    expect(secretMatches(issued.clientSecret, stored.secretHash)).toBe(true);
    expect(secretMatches('the-old-secret', stored.secretHash)).toBe(false);
    expect(stored.secretVersion).toBe(2);
    expect(state.audit).toEqual([
      expect.objectContaining({ actorUserId: 1, action: 'API_CLIENT_SECRET_ROTATED', targetType: 'API_CLIENT', targetId: 7, before: expect.objectContaining({ secretVersion: 1 }), after: expect.objectContaining({ secretVersion: 2 }) }),
    ]);
    // Neither the secret nor its hash is copied into the audit.
    expect(JSON.stringify(state.audit)).not.toContain(issued.clientSecret);
    expect(JSON.stringify(state.audit)).not.toContain(stored.secretHash);
  });

  it('refuses an unknown or revoked client and writes nothing', async () => {
    const revoked = client({ clientId: 'pix_gone', id: 8, revokedAt: new Date('2026-12-01T00:00:00Z') });
    const { repositories, state } = memoryRepositories([revoked]);
    await expect(rotateApiClientSecret(repositories, { clock }, viewer, 'pix_unknown')).rejects.toBeInstanceOf(NotFoundError);
    await expect(rotateApiClientSecret(repositories, { clock }, viewer, 'pix_gone')).rejects.toBeInstanceOf(NotFoundError);
    expect(state.clients.get('pix_gone')).toEqual(revoked);
    expect(state.audit).toEqual([]);
  });

  it('keeps the old secret when the audit row cannot be written', async () => {
    const { repositories, state } = memoryRepositories([client()], { auditFails: true });
    await expect(rotateApiClientSecret(repositories, { clock }, viewer, 'pix_abc')).rejects.toThrow('audit_log unavailable');
    expect(secretMatches('the-old-secret', state.clients.get('pix_abc')!.secretHash)).toBe(true);
  });
});

describe('completeGarFirstSignIn', () => {
  const pendingTokens = new GarPendingTokens('a-platform-secret-of-at-least-32-chars');
  const gar = { pendingTokens, iam: { clock } as IamDependencies, throttle: { accountFailures: 5, addressFailures: 20, windowSeconds: 900 } } as GarDependencies;
  const garToken = pendingTokens.issue({ ido: 'ido-42', firstName: 'Léa', lastName: 'Martin' }, NOW);
  const request = { garToken, campaignCode: 'SCO123', birthdate: '2012-03-04', address: '203.0.113.9', locale: 'fr' as const };

  it('gives the token back when the pupil is not found, so that they may try again; then it serves once', async () => {
    const { repositories } = memoryRepositories([]);
    const session = { accessToken: 'a', refreshToken: 'r' };
    let attempts = 0;
    repositories.garPupils.reconcile = async (_deps, pupil) => {
      attempts += 1;
      if (pupil.birthdate !== '2012-03-05') throw new BadUserInputError('birthdate', 'errors.reconciliation.notFound');
      return { session, campaignCode: pupil.campaignCode } as never;
    };
    await expect(completeGarFirstSignIn(repositories, gar, request)).rejects.toBeInstanceOf(BadUserInputError);
    await expect(completeGarFirstSignIn(repositories, gar, { ...request, birthdate: '2012-03-05' })).resolves.toEqual({ session, campaignCode: 'SCO123' });
    // Logged in once: the same token (a school computer's history) does not log anybody in again.
    await expect(completeGarFirstSignIn(repositories, gar, { ...request, birthdate: '2012-03-05' })).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    expect(attempts).toBe(2);
  });

  it('refuses a forged token before anything is tried', async () => {
    const { repositories, state } = memoryRepositories([]);
    const forged = new GarPendingTokens('another-platform-secret-of-32-chars!!').issue({ ido: 'ido-42', firstName: 'Léa', lastName: 'Martin' }, NOW);
    await expect(completeGarFirstSignIn(repositories, gar, { ...request, garToken: forged })).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    expect(state.used.size).toBe(0);
  });
});
