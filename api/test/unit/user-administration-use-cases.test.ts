import type { AuditEntry } from '../../src/audit-log';
import type { AdministeredAccount, Viewer } from '../../src/identity-access-management';
import type { UserAdministrationDependencies, UserAdministrationRepositories } from '../../src/user-administration/application/dependencies';
import { anonymizeUser, removeLoginMethod, unblockUser } from '../../src/user-administration/application/user-administration.usecases';
import { BadUserInputError, ForbiddenError } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * The support team's actions on an account, on in-memory repositories: the audit row of each (without
 * the person's data), the refusals, and that nothing is written when one is refused.
 */
const NOW = new Date('2026-12-07T09:00:00Z');
const support = { userId: 1, platformRole: 'SUPPORT' } as Viewer;

function account(overrides: Partial<AdministeredAccount> = {}): AdministeredAccount {
  return {
    id: 42,
    firstName: 'Léa',
    lastName: 'Martin',
    email: 'lea.martin@example.net',
    username: 'lea.martin0412',
    locale: 'fr',
    platformRole: null,
    mustChangePassword: false,
    createdAt: new Date('2025-09-01T08:00:00Z'),
    lastLoggedAt: null,
    cguAcceptedAt: null,
    anonymizedAt: null,
    garIdo: null,
    garCreatedAt: null,
    garLastLoginAt: null,
    sessionVersion: 3,
    ...overrides,
  } as AdministeredAccount;
}

function memoryRepositories(seed: AdministeredAccount) {
  const state = {
    accounts: new Map([[seed.id, seed]]),
    counters: new Map([['lea.martin@example.net', 10]]),
    audit: [] as AuditEntry[],
    learnt: [] as [number, number][],
    writes: [] as string[],
  };
  const windowEndsAt = new Date(NOW.getTime() + 600_000);
  const repositories: UserAdministrationRepositories = {
    accounts: {
      find: async (userId) => state.accounts.get(userId) ?? null,
      removeLoginMethod: async (userId, method) => {
        state.writes.push(`remove ${method}`);
        const current = state.accounts.get(userId)!;
        state.accounts.set(userId, { ...current, ...(method === 'EMAIL' ? { email: null } : method === 'USERNAME' ? { username: null } : { garIdo: null }) });
      },
      anonymize: async (userId) => {
        state.writes.push('anonymize account');
        const current = state.accounts.get(userId)!;
        state.accounts.set(userId, { ...current, email: null, username: null, firstName: '(anonymisé)', lastName: '(anonymisé)', anonymizedAt: NOW, sessionVersion: current.sessionVersion + 1 });
        return current.sessionVersion + 1;
      },
      sendPasswordResetLink: async () => void state.writes.push('reset link'),
    },
    overview: { sections: async () => ({}) as never },
    anonymization: {
      anonymizeLinks: async () => {
        state.writes.push('anonymize links');
        return { organizationMembershipsRemoved: 2, certificationCenterMembershipsRemoved: 0, organizationLearnersAnonymized: 1, participationExternalIdsRemoved: 1 };
      },
    },
    throttleCounters: {
      read: async (_scope, keys) => keys.filter((key) => state.counters.has(key)).map((key) => ({ key, attempts: state.counters.get(key)!, maxAttempts: 10, windowEndsAt })),
      reset: async (_scope, keys) => {
        state.writes.push('reset counters');
        keys.forEach((key) => state.counters.delete(key));
        return keys.length;
      },
    },
    audit: { record: async (entry) => state.audit.push(entry) },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({ accounts: new Map(state.accounts), counters: new Map(state.counters), audit: [...state.audit], writes: [...state.writes] }), () => repositories),
  };
  return { repositories, state };
}

function dependencies(learnt: [number, number][]): UserAdministrationDependencies {
  return {
    clock: { now: () => NOW },
    throttle: { accountFailures: 10, addressFailures: 50, windowSeconds: 900 },
    sessions: { learn: (userId: number, version: number) => void learnt.push([userId, version]) },
    mailer: {},
    publicUrl: 'https://pix-libre.example',
    passwordResetTtlSeconds: 3600,
  } as unknown as UserAdministrationDependencies;
}

describe('anonymizeUser', () => {
  it('anonymises the account and its links, ends its sessions on this node, and audits counts, not personal data', async () => {
    const { repositories, state } = memoryRepositories(account());
    await anonymizeUser(repositories, dependencies(state.learnt), support, { userId: 42, reason: 'Demande RGPD du 2 décembre' });
    expect(state.accounts.get(42)).toMatchObject({ email: null, username: null, anonymizedAt: NOW });
    expect(state.counters.size).toBe(0);
    expect(state.learnt).toEqual([[42, 4]]);
    expect(state.audit).toEqual([
      expect.objectContaining({ actorUserId: 1, action: 'USER_ANONYMIZED', targetType: 'USER', targetId: 42, comment: 'Demande RGPD du 2 décembre', after: expect.objectContaining({ anonymized: true, organizationMembershipsRemoved: 2 }) }),
    ]);
    const audited = JSON.stringify(state.audit);
    for (const personal of ['lea.martin@example.net', 'lea.martin0412', 'Léa', 'Martin']) expect(audited).not.toContain(personal);
  });

  it('refuses oneself and a member of the platform team, and writes nothing', async () => {
    for (const [target, error] of [[account({ id: 1 }), ForbiddenError], [account({ platformRole: 'CERTIF' }), ForbiddenError], [account({ anonymizedAt: NOW }), BadUserInputError]] as const) {
      const { repositories, state } = memoryRepositories(target);
      await expect(anonymizeUser(repositories, dependencies(state.learnt), support, { userId: target.id, reason: 'RGPD' })).rejects.toBeInstanceOf(error);
      expect(state.writes).toEqual([]);
      expect(state.audit).toEqual([]);
      expect(state.learnt).toEqual([]);
    }
  });

  it('refuses without a reason before reading anything', async () => {
    const { repositories, state } = memoryRepositories(account());
    await expect(anonymizeUser(repositories, dependencies(state.learnt), support, { userId: 42, reason: '   ' })).rejects.toBeInstanceOf(BadUserInputError);
    expect(state.writes).toEqual([]);
  });
});

describe('removeLoginMethod', () => {
  it('never removes the last way into an account', async () => {
    const { repositories, state } = memoryRepositories(account({ email: null, username: null, garIdo: 'ido-42' }));
    await expect(removeLoginMethod(repositories, dependencies(state.learnt), support, { userId: 42, method: 'GAR', reason: 'Changement d’ENT' })).rejects.toMatchObject({ message: expect.any(String), field: 'method' });
    expect(state.accounts.get(42)!.garIdo).toBe('ido-42');
    expect(state.audit).toEqual([]);
  });

  it('removes a method and audits the methods before and after, not the identifiers', async () => {
    const { repositories, state } = memoryRepositories(account());
    await removeLoginMethod(repositories, dependencies(state.learnt), support, { userId: 42, method: 'USERNAME', reason: 'Identifiant oublié' });
    expect(state.accounts.get(42)!.username).toBeNull();
    expect(state.audit).toEqual([expect.objectContaining({ action: 'USER_LOGIN_METHOD_REMOVED', before: { loginMethods: ['EMAIL', 'USERNAME'] }, after: { loginMethods: ['EMAIL'] } })]);
    expect(JSON.stringify(state.audit)).not.toContain('lea.martin0412');
  });
});

describe('unblockUser', () => {
  it('ends the log-in throttle and audits how blocked the account was', async () => {
    const { repositories, state } = memoryRepositories(account());
    await unblockUser(repositories, dependencies(state.learnt), support, { userId: 42, reason: 'Appel de la personne' });
    expect(state.counters.size).toBe(0);
    expect(state.audit).toEqual([
      expect.objectContaining({
        action: 'USER_UNBLOCKED',
        before: { attempts: 10, blockedUntil: new Date(NOW.getTime() + 600_000).toISOString() },
        after: { attempts: 0, blockedUntil: null },
      }),
    ]);
  });
});
