import { secondsUntil, throttleKey, throttleRules } from '../../src/shared/domain/throttle-policy';

describe('the throttle rules', () => {
  const rules = throttleRules({ accountFailures: 10, addressFailures: 50, windowSeconds: 900 });

  it('gives back the attempts of a success where a guess is checked, and counts every request that writes or sends', () => {
    expect([rules.logInAccount, rules.logInAddress, rules.reconcileAccount, rules.reconcileAddress, rules.campaignCodeAddress, rules.invitationCodeAccount].every((rule) => rule.refundOnSuccess)).toBe(true);
    expect([rules.signUpAddress, rules.signUpEmail, rules.passwordResetAddress, rules.passwordResetEmail, rules.activationAddress, rules.activationSchool].some((rule) => rule.refundOnSuccess)).toBe(false);
    expect(rules.logInAccount).toMatchObject({ maxAttempts: 10, windowSeconds: 900 });
    expect(rules.passwordResetEmail).toMatchObject({ maxAttempts: 3, windowSeconds: 3600 });
  });

  it('names each counter once, in 32 characters at most', () => {
    const scopes = Object.values(rules).map((rule) => rule.scope);
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes.every((scope) => scope.length <= 32)).toBe(true);
  });

  it('never allows less than one attempt, and says at least one second to wait', () => {
    expect(throttleRules({ accountFailures: 0, addressFailures: -3, windowSeconds: 0 }).logInAccount).toMatchObject({ maxAttempts: 1, windowSeconds: 1 });
    const now = new Date('2026-12-06T10:00:00Z');
    expect(secondsUntil(new Date('2026-12-06T10:15:00Z'), now)).toBe(900);
    expect(secondsUntil(new Date('2026-12-06T10:00:00.200Z'), now)).toBe(1);
    expect(secondsUntil(now, now)).toBe(1);
  });

  it('counts a typed login whatever its case and spaces', () => {
    expect(throttleKey('  Lea.Martin@Example.NET ')).toBe('lea.martin@example.net');
    expect(throttleKey('x'.repeat(300))).toHaveLength(255);
  });
});
