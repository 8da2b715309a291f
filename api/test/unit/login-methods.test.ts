import { loginMethodRemovalRefusal, loginMethodsOf } from '../../src/identity-access-management/domain/login-methods';
import { assertAnonymizable, assertMayChangeLoginMethods, logInThrottleState, requiredReason } from '../../src/user-administration/domain/user-administration';

describe('login methods an account keeps', () => {
  const pupil = { email: null, username: 'zoe.martin0512', garIdo: 'IDO-1' };
  it('lists them in a stable order', () => {
    expect(loginMethodsOf({ email: 'a@b.fr', username: 'x', garIdo: 'i' })).toEqual(['EMAIL', 'USERNAME', 'GAR']);
    expect(loginMethodsOf(pupil)).toEqual(['USERNAME', 'GAR']);
  });
  it('never removes the last method, nor the last e-mail or username', () => {
    expect(loginMethodRemovalRefusal(pupil, 'GAR')).toBeNull();
    expect(loginMethodRemovalRefusal(pupil, 'USERNAME')).toBe('lastIdentifier');
    expect(loginMethodRemovalRefusal(pupil, 'EMAIL')).toBe('notUsed');
    expect(loginMethodRemovalRefusal({ email: null, username: 'x', garIdo: null }, 'USERNAME')).toBe('lastMethod');
    expect(loginMethodRemovalRefusal({ email: 'a@b.fr', username: 'x', garIdo: null }, 'EMAIL')).toBeNull();
  });
});

describe('the rules of the support team actions', () => {
  it('requires a reason, trimmed, of 2000 characters at most', () => {
    expect(requiredReason('  Ticket 4  ')).toBe('Ticket 4');
    expect(() => requiredReason(' ')).toThrow('userAdministration.errors.reasonRequired');
    expect(() => requiredReason('x'.repeat(2001))).toThrow('errors.field.tooLong');
  });
  it('never anonymises oneself, the platform team, nor twice', () => {
    expect(() => assertAnonymizable({ id: 1, platformRole: null, anonymizedAt: null }, 1)).toThrow('selfAnonymization');
    expect(() => assertAnonymizable({ id: 2, platformRole: 'METIER', anonymizedAt: null }, 1)).toThrow('staffAnonymization');
    expect(() => assertAnonymizable({ id: 2, platformRole: null, anonymizedAt: new Date() }, 1)).toThrow('alreadyAnonymized');
    expect(() => assertAnonymizable({ id: 2, platformRole: null, anonymizedAt: null }, 1)).not.toThrow();
  });
  it("leaves a platform team member's login methods to SUPER_ADMIN", () => {
    expect(() => assertMayChangeLoginMethods({ platformRole: 'SUPER_ADMIN' }, { platformRole: 'SUPPORT' })).toThrow('staffLoginMethods');
    expect(() => assertMayChangeLoginMethods({ platformRole: 'CERTIF' }, { platformRole: 'SUPER_ADMIN' })).not.toThrow();
    expect(() => assertMayChangeLoginMethods({ platformRole: null }, { platformRole: 'SUPPORT' })).not.toThrow();
  });
  it('reads the log-in throttle from the worst current counter', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const later = new Date('2026-12-07T10:10:00Z');
    expect(logInThrottleState([], now)).toEqual({ attempts: 0, maxAttempts: 0, blockedUntil: null, windowEndsAt: null });
    expect(logInThrottleState([{ attempts: 10, maxAttempts: 10, windowEndsAt: new Date('2026-12-07T09:00:00Z') }], now).blockedUntil).toBeNull();
    expect(
      logInThrottleState(
        [
          { attempts: 3, maxAttempts: 10, windowEndsAt: later },
          { attempts: 10, maxAttempts: 10, windowEndsAt: later },
        ],
        now,
      ),
    ).toEqual({ attempts: 10, maxAttempts: 10, blockedUntil: later, windowEndsAt: later });
  });
});
