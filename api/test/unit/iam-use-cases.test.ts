import type { IamDependencies, IamRepositories } from '../../src/identity-access-management/application/dependencies';
import { changeExpiredPassword, InvalidPasswordChangeTokenError } from '../../src/identity-access-management/application/change-expired-password.usecase';
import { InvalidRefreshTokenError, refreshSession } from '../../src/identity-access-management/application/refresh-session.usecase';
import { requestPasswordReset } from '../../src/identity-access-management/application/request-password-reset.usecase';
import { InvalidResetTokenError, resetPassword } from '../../src/identity-access-management/application/reset-password.usecase';
import { PasswordTokenPurpose } from '../../src/identity-access-management/infrastructure/password-reset-token.entity';
import type { SessionVersions } from '../../src/identity-access-management/infrastructure/session-versions';
import { TokenService } from '../../src/identity-access-management/infrastructure/token-service';
import { UserEntity } from '../../src/identity-access-management/infrastructure/user.entity';
import { TooManyAttemptsError } from '../../src/shared/domain/errors';
import type { Email } from '../../src/shared/infrastructure/mail/mailer';

/**
 * The password and session use cases on in-memory repositories: what a user sees of a reset request,
 * a reset link, the form after a temporary password and a stolen refresh token (the refusals, and
 * that nothing is kept when they are refused). Like the database, a new password hash ends every
 * password token and session of the account (trigger users_credentials_changed).
 */
interface AccountRow {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  username: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
  locale: string;
  sessionVersion: number;
  lastLoggedAt: Date | null;
}
interface PasswordTokenRow {
  token: string;
  userId: number;
  purpose: PasswordTokenPurpose;
  expiresAt: Date;
  usedAt: Date | null;
}
interface RefreshTokenRow {
  id: number;
  userId: number;
  tokenHash: string;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: 'rotated' | 'ended' | null;
}

const NOW = new Date('2026-12-07T10:00:00Z');
const minutesFromNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const hashOf = (password: string) => `hash:${password}`;

function memoryRepositories(accounts: AccountRow[]) {
  let state = {
    users: accounts.map((a) => ({ ...a })),
    passwordTokens: [] as PasswordTokenRow[],
    refreshTokens: [] as RefreshTokenRow[],
    mails: [] as Email[],
    nextId: 1,
  };
  /** What was done, in order (outside the state: a rolled-back transaction still did it). */
  const calls: string[] = [];
  const throttle = { refuse: false, counted: [] as [string, string][] };
  const userOf = (id: number) => state.users.find((u) => u.id === id);
  const entity = (row: AccountRow) => Object.assign(new UserEntity(), row);

  const repositories: IamRepositories = {
    users: {
      emailExists: async (email) => state.users.some((u) => u.email === email),
      findByLogin: async (login) => {
        calls.push('findByLogin');
        const row = state.users.find((u) => u.email === login || u.username === login);
        return row ? entity(row) : null;
      },
      findById: async (id) => (userOf(id) ? entity(userOf(id)!) : null),
      findForDisplay: async (id) => (userOf(id) ? entity(userOf(id)!) : null),
      create: async () => {
        throw new Error('not used');
      },
      createAdministrator: async () => {
        throw new Error('not used');
      },
      recordLogIn: async () => {
        throw new Error('not used');
      },
      setChosenPassword: async (userId, passwordHash, now, loggingIn = false) => {
        const user = userOf(userId)!;
        if (user.passwordHash !== passwordHash) {
          user.sessionVersion += 1;
          for (const t of state.passwordTokens) if (t.userId === userId && !t.usedAt) t.usedAt = now;
          for (const t of state.refreshTokens) {
            if (t.userId === userId && (!t.revokedAt || t.revokedReason === 'rotated')) Object.assign(t, { revokedAt: now, revokedReason: 'ended' });
          }
        }
        Object.assign(user, { passwordHash, mustChangePassword: false, ...(loggingIn ? { lastLoggedAt: now } : {}) });
        return user.sessionVersion;
      },
      endAccessTokens: async (userId) => {
        const user = userOf(userId);
        if (!user) return null;
        user.sessionVersion += 1;
        return user.sessionVersion;
      },
    },
    userSearch: {
      search: async () => {
        throw new Error('not used');
      },
    },
    refreshTokens: {
      save: async (token) => {
        state.refreshTokens.push({ ...token, id: state.nextId++, revokedAt: null, revokedReason: null });
        return { sessionVersion: userOf(token.userId)!.sessionVersion, platformRole: null };
      },
      findByHash: async (tokenHash) => {
        const row = state.refreshTokens.find((t) => t.tokenHash === tokenHash);
        return row ? { ...row } : null;
      },
      revoke: async (id, now) => {
        const row = state.refreshTokens.find((t) => t.id === id && !t.revokedAt);
        if (row) Object.assign(row, { revokedAt: now, revokedReason: 'rotated' });
        return !!row;
      },
      revokeFamily: async (familyId, now) => {
        const ending = state.refreshTokens.filter((t) => t.familyId === familyId && (!t.revokedAt || t.revokedReason === 'rotated'));
        for (const t of ending) Object.assign(t, { revokedAt: now, revokedReason: 'ended' });
        return ending.length;
      },
      familyEnded: async (familyId) => state.refreshTokens.some((t) => t.familyId === familyId && t.revokedReason === 'ended'),
    },
    passwordTokens: {
      issue: async (userId, purpose, expiresAt) => {
        const token = `token-${state.nextId++}`;
        state.passwordTokens.push({ token, userId, purpose, expiresAt, usedAt: null });
        return token;
      },
      find: async (token, purpose, now) => {
        const row = state.passwordTokens.find((t) => t.token === token && t.purpose === purpose && !t.usedAt && t.expiresAt > now);
        const user = row && userOf(row.userId);
        return user ? { userId: user.id, passwordHash: user.passwordHash, mustChangePassword: user.mustChangePassword } : null;
      },
      use: async (token, purpose, now) => {
        const row = state.passwordTokens.find((t) => t.token === token && t.purpose === purpose && !t.usedAt && t.expiresAt > now);
        if (!row) return null;
        row.usedAt = now;
        return row.userId;
      },
    },
    mails: {
      send: async (email) => {
        if (email.to.endsWith('@panne.example')) throw new Error('the outbox is unavailable');
        state.mails.push(email);
      },
    },
    throttle: {
      admit: async (...refs) => {
        calls.push('admit');
        throttle.counted.push(...refs.map(({ rule, key }): [string, string] => [rule.scope, key]));
        if (throttle.refuse) throw new TooManyAttemptsError(600);
        return { succeeded: async () => undefined };
      },
    },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: async (work) => {
      const saved = structuredClone(state);
      try {
        return await work(repositories);
      } catch (error) {
        state = saved;
        throw error;
      }
    },
    isUniqueViolation: () => false,
  };
  return { repositories, state: () => state, calls, throttle };
}

function dependencies() {
  const learnt: [number, number][] = [];
  const deps: IamDependencies = {
    clock: { now: () => NOW },
    tokens: new TokenService('a-secret-only-for-these-unit-tests', 900),
    sessions: { mark: () => 1, learn: (userId: number, version: number) => void learnt.push([userId, version]) } as unknown as SessionVersions,
    hasher: { hash: async (password) => hashOf(password), verify: async (hash, password) => hash === hashOf(password) },
    mailer: {
      send: async () => {
        throw new Error('the use cases send through their repositories');
      },
    },
    publicUrl: 'https://pix.example',
    refreshTokenTtlSeconds: 30 * 24 * 3600,
    passwordResetTtlSeconds: 3600,
    throttle: { accountFailures: 5, addressFailures: 20, windowSeconds: 900 },
  };
  return { deps, learnt };
}

const alice: AccountRow = {
  id: 1,
  firstName: 'Alice',
  lastName: 'Martin',
  email: 'alice@example.net',
  username: null,
  passwordHash: hashOf('Ancien-mdp-2026'),
  mustChangePassword: false,
  locale: 'fr',
  sessionVersion: 4,
  lastLoggedAt: null,
};
const pupil: AccountRow = { ...alice, id: 2, firstName: 'Léo', email: null, username: 'leo.durand0512', passwordHash: hashOf('Temporaire-2026'), mustChangePassword: true, sessionVersion: 0 };

describe('requesting a password reset, on in-memory repositories', () => {
  it('counts the request (address and e-mail) before looking the account up; refused, it looks nothing up and sends nothing', async () => {
    const { repositories, state, calls, throttle } = memoryRepositories([alice]);
    throttle.refuse = true;
    await expect(requestPasswordReset(repositories, dependencies().deps, ' Alice@Example.net ', '203.0.113.7')).rejects.toThrow(TooManyAttemptsError);
    expect(throttle.counted).toEqual([
      ['password_reset_address', '203.0.113.7'],
      ['password_reset_email', 'alice@example.net'],
    ]);
    expect(calls).toEqual(['admit']);
    expect(state().passwordTokens).toEqual([]);
    expect(state().mails).toEqual([]);
  });

  it('answers true for an unknown address and writes nothing; a known one gets one single-use reset link by e-mail', async () => {
    const { repositories, state } = memoryRepositories([alice]);
    const { deps } = dependencies();
    expect(await requestPasswordReset(repositories, deps, 'personne@example.net', '203.0.113.7')).toBe(true);
    expect(state().passwordTokens).toEqual([]);
    expect(state().mails).toEqual([]);

    expect(await requestPasswordReset(repositories, deps, 'alice@example.net', '203.0.113.7')).toBe(true);
    const [token] = state().passwordTokens;
    expect(token).toEqual({ token: expect.any(String), userId: 1, purpose: PasswordTokenPurpose.PASSWORD_RESET, expiresAt: minutesFromNow(60), usedAt: null });
    expect(state().mails).toEqual([
      { to: 'alice@example.net', subject: 'Réinitialisation de votre mot de passe', text: expect.stringContaining(`https://pix.example/changer-mot-de-passe?token=${token.token}`) },
    ]);
  });

  it('leaves no usable link behind when its e-mail cannot be queued', async () => {
    const { repositories, state } = memoryRepositories([{ ...alice, email: 'alice@panne.example' }]);
    await expect(requestPasswordReset(repositories, dependencies().deps, 'alice@panne.example', '203.0.113.7')).rejects.toThrow('the outbox is unavailable');
    expect(state().passwordTokens).toEqual([]);
  });
});

describe('choosing a new password with a token, on in-memory repositories', () => {
  it('a reset link sets the password once and ends the sessions; used again, it is refused', async () => {
    const { repositories, state } = memoryRepositories([alice]);
    const { deps, learnt } = dependencies();
    const token = await repositories.passwordTokens.issue(1, PasswordTokenPurpose.PASSWORD_RESET, minutesFromNow(60));
    await repositories.refreshTokens.save({ userId: 1, tokenHash: 'another-device', familyId: 'f-1', expiresAt: minutesFromNow(600) });

    expect(await resetPassword(repositories, deps, { token, password: 'Nouveau-mdp-2026' })).toBe(true);
    expect(state().users[0].passwordHash).toBe(hashOf('Nouveau-mdp-2026'));
    expect(learnt).toEqual([[1, 5]]);
    expect(state().refreshTokens[0].revokedReason).toBe('ended');

    await expect(resetPassword(repositories, deps, { token, password: 'Encore-un-autre-2026' })).rejects.toThrow(InvalidResetTokenError);
    expect(state().users[0].passwordHash).toBe(hashOf('Nouveau-mdp-2026'));
  });

  it("refuses the temporary-password form's token as a reset link, and the reset link on that form: each token has one purpose", async () => {
    const { repositories, state } = memoryRepositories([pupil]);
    const { deps } = dependencies();
    const formToken = await repositories.passwordTokens.issue(2, PasswordTokenPurpose.TEMPORARY_PASSWORD_CHANGE, minutesFromNow(15));
    const resetToken = await repositories.passwordTokens.issue(2, PasswordTokenPurpose.PASSWORD_RESET, minutesFromNow(60));

    await expect(resetPassword(repositories, deps, { token: formToken, password: 'Nouveau-mdp-2026' })).rejects.toThrow(InvalidResetTokenError);
    await expect(changeExpiredPassword(repositories, deps, { passwordChangeToken: resetToken, newPassword: 'Nouveau-mdp-2026' })).rejects.toThrow(
      InvalidPasswordChangeTokenError,
    );
    expect(state().users[0]).toMatchObject({ passwordHash: hashOf('Temporaire-2026'), mustChangePassword: true });
    expect(state().passwordTokens.map((t) => t.usedAt)).toEqual([null, null]);
  });

  it('the temporary password again is refused on the form, the token still usable; a new one opens a session', async () => {
    const { repositories, state } = memoryRepositories([pupil]);
    const { deps, learnt } = dependencies();
    const formToken = await repositories.passwordTokens.issue(2, PasswordTokenPurpose.TEMPORARY_PASSWORD_CHANGE, minutesFromNow(15));

    await expect(changeExpiredPassword(repositories, deps, { passwordChangeToken: formToken, newPassword: 'Temporaire-2026' })).rejects.toThrow('errors.samePassword');
    expect(state().users[0].passwordHash).toBe(hashOf('Temporaire-2026'));
    expect(state().passwordTokens[0].usedAt).toBeNull();

    const session = await changeExpiredPassword(repositories, deps, { passwordChangeToken: formToken, newPassword: 'Choisi-par-Leo-2026' });
    expect(state().users[0]).toMatchObject({ passwordHash: hashOf('Choisi-par-Leo-2026'), mustChangePassword: false, lastLoggedAt: NOW });
    expect(state().passwordTokens[0].usedAt).toEqual(NOW);
    expect(session.user.id).toBe(2);
    expect(deps.tokens.verifyAccessToken(session.accessToken, NOW)).toEqual({ userId: 2, platformRole: null, sessionVersion: 1 });
    expect(learnt).toEqual([[2, 1]]);
  });
});

describe('refreshing a session, on in-memory repositories', () => {
  /** Alice's refresh token, exchanged already (rotated) at `rotatedAt`. */
  async function rotatedToken(repositories: IamRepositories, rotatedAt: Date) {
    const refresh = TokenService.newRefreshToken();
    await repositories.refreshTokens.save({ userId: 1, tokenHash: refresh.hash, familyId: refresh.familyId, expiresAt: minutesFromNow(600) });
    const stored = await repositories.refreshTokens.findByHash(refresh.hash);
    await repositories.refreshTokens.revoke(stored!.id, rotatedAt);
    return refresh;
  }

  it('a token rotated long ago (it leaked) ends its session and every access token of the account', async () => {
    const { repositories, state } = memoryRepositories([alice]);
    const { deps, learnt } = dependencies();
    const refresh = await rotatedToken(repositories, minutesFromNow(-10));

    await expect(refreshSession(repositories, deps, refresh.token)).rejects.toThrow(InvalidRefreshTokenError);
    expect(state().refreshTokens.map((t) => t.revokedReason)).toEqual(['ended']);
    expect(state().users[0].sessionVersion).toBe(5);
    expect(learnt).toEqual([[1, 5]]);
  });

  it('a token rotated a moment ago (two tabs at once) gets a session of the same family', async () => {
    const { repositories, state } = memoryRepositories([alice]);
    const { deps } = dependencies();
    const refresh = await rotatedToken(repositories, new Date(NOW.getTime() - 5_000));

    const session = await refreshSession(repositories, deps, refresh.token);
    expect(state().refreshTokens.map((t) => [t.familyId, t.revokedReason])).toEqual([
      [refresh.familyId, 'rotated'],
      [refresh.familyId, null],
    ]);
    expect(state().refreshTokens[1].tokenHash).toBe(TokenService.hash(session.refreshToken));
    expect(state().users[0].sessionVersion).toBe(4);
  });
});
