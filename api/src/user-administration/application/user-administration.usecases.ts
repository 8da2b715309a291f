import { ANONYMIZED_NAME, loginMethodRemovalRefusal, loginMethodsOf, type AdministeredAccount, type LoginMethod, type Viewer } from '../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../shared/domain/errors';
import { throttleKey, throttleRules } from '../../shared/domain/throttle-policy';
import { assertAnonymizable, assertMayChangeLoginMethods, logInThrottleState, requiredReason, type LogInThrottleState } from '../domain/user-administration';
import type { UserOverviewSections } from '../domain/user-overview';
import type { UserAdministrationDependencies as Deps, UserAdministrationRepositories } from './dependencies';

export interface UserOverview extends UserOverviewSections {
  account: AdministeredAccount;
  loginMethods: LoginMethod[];
  logInThrottle: LogInThrottleState;
}

/** The log-in counters of an account: one per login typed (its e-mail, its username), as log-in keys them. */
const logInKeys = (account: { email: string | null; username: string | null }) =>
  [account.email, account.username].filter((login): login is string => !!login).map(throttleKey);

async function throttleOf(repositories: UserAdministrationRepositories, deps: Deps, account: AdministeredAccount): Promise<LogInThrottleState> {
  const rule = throttleRules(deps.throttle).logInAccount;
  const counters = await repositories.throttleCounters.read(rule.scope, logInKeys(account));
  const state = logInThrottleState(counters, deps.clock.now());
  return { ...state, maxAttempts: state.maxAttempts || rule.maxAttempts };
}

async function existing(repositories: UserAdministrationRepositories, userId: number, lock = false): Promise<AdministeredAccount> {
  const account = Number.isInteger(userId) && userId > 0 ? await repositories.accounts.find(userId, { lock }) : null;
  if (!account) throw new NotFoundError('userAdministration.errors.userUnknown');
  return account;
}

const audit = (tx: UserAdministrationRepositories, viewer: Viewer, userId: number, entry: { action: 'USER_UNBLOCKED' | 'USER_LOGIN_METHOD_REMOVED' | 'USER_PASSWORD_RESET_EMAIL_SENT' | 'USER_ANONYMIZED'; before: Record<string, unknown> | null; after: Record<string, unknown> | null; comment: string }) =>
  tx.audit.record({ actorUserId: viewer.userId, targetType: 'USER', targetId: userId, organizationId: null, ...entry });

/** Staff read (the resolver declares who): everything the support team needs to help a person. */
export async function userOverview(repositories: UserAdministrationRepositories, deps: Deps, userId: number): Promise<UserOverview> {
  const account = await existing(repositories, userId);
  const [sections, logInThrottle] = await Promise.all([repositories.overview.sections(userId), throttleOf(repositories, deps, account)]);
  return { account, loginMethods: loginMethodsOf(account), logInThrottle, ...sections };
}

/** Ends the log-in throttle of the account: the person may log in again at once. Audited. */
export async function unblockUser(repositories: UserAdministrationRepositories, deps: Deps, viewer: Viewer, input: { userId: number; reason: string }): Promise<void> {
  const reason = requiredReason(input.reason);
  await repositories.transaction(async (tx) => {
    const account = await existing(tx, input.userId, true);
    const before = await throttleOf(tx, deps, account);
    await tx.throttleCounters.reset(throttleRules(deps.throttle).logInAccount.scope, logInKeys(account));
    await audit(tx, viewer, account.id, {
      action: 'USER_UNBLOCKED',
      before: { attempts: before.attempts, blockedUntil: before.blockedUntil?.toISOString() ?? null },
      after: { attempts: 0, blockedUntil: null },
      comment: reason,
    });
  });
}

/** Removes a way into the account, never the last one. Audited (the methods before and after, not the identifiers). */
export async function removeLoginMethod(repositories: UserAdministrationRepositories, deps: Deps, viewer: Viewer, input: { userId: number; method: LoginMethod; reason: string }): Promise<void> {
  const reason = requiredReason(input.reason);
  await repositories.transaction(async (tx) => {
    const account = await existing(tx, input.userId, true);
    assertMayChangeLoginMethods(account, viewer);
    const refusal = loginMethodRemovalRefusal(account, input.method);
    if (refusal === 'notUsed') throw new BadUserInputError('method', 'userAdministration.errors.loginMethodNotUsed');
    if (refusal === 'lastMethod') throw new BadUserInputError('method', 'userAdministration.errors.lastLoginMethod');
    if (refusal === 'lastIdentifier') throw new BadUserInputError('method', 'userAdministration.errors.lastIdentifier');
    const before = loginMethodsOf(account);
    await tx.accounts.removeLoginMethod(account.id, input.method, deps.clock.now());
    await audit(tx, viewer, account.id, {
      action: 'USER_LOGIN_METHOD_REMOVED',
      before: { loginMethods: before },
      after: { loginMethods: before.filter((method) => method !== input.method) },
      comment: reason,
    });
  });
}

/** Sends the account's owner a password reset link (the same link and e-mail as "Mot de passe oublié"). Audited. */
export async function sendPasswordResetEmail(repositories: UserAdministrationRepositories, deps: Deps, viewer: Viewer, input: { userId: number; reason: string }): Promise<void> {
  const reason = requiredReason(input.reason);
  await repositories.transaction(async (tx) => {
    const account = await existing(tx, input.userId, true);
    if (!account.email) throw new BadUserInputError('userId', 'userAdministration.errors.noEmail');
    await tx.accounts.sendPasswordResetLink(deps, { id: account.id, email: account.email, firstName: account.firstName, locale: account.locale });
    await audit(tx, viewer, account.id, { action: 'USER_PASSWORD_RESET_EMAIL_SENT', before: null, after: null, comment: reason });
  });
}

/**
 * GDPR: replaces the personal data of the account and of the school records linked to it, removes
 * its ways in and its places in teams, ends its sessions; its results stay, linked to the anonymised
 * account (docs/domain.md, "Anonymisation"). Refused for oneself and for the platform team. Audited
 * without personal data (what was removed is counted, not copied).
 */
export async function anonymizeUser(repositories: UserAdministrationRepositories, deps: Deps, viewer: Viewer, input: { userId: number; reason: string }): Promise<void> {
  const reason = requiredReason(input.reason);
  const now = deps.clock.now();
  const version = await repositories.transaction(async (tx) => {
    const account = await existing(tx, input.userId, true);
    assertAnonymizable(account, viewer.userId);
    await tx.throttleCounters.reset(throttleRules(deps.throttle).logInAccount.scope, logInKeys(account));
    const links = await tx.anonymization.anonymizeLinks(account.id, ANONYMIZED_NAME, now);
    const sessionVersion = await tx.accounts.anonymize(account.id, viewer.userId, now);
    await audit(tx, viewer, account.id, {
      action: 'USER_ANONYMIZED',
      before: { loginMethods: loginMethodsOf(account), anonymized: false },
      after: { loginMethods: [], anonymized: true, ...links },
      comment: reason,
    });
    return sessionVersion;
  });
  // This node refuses the account's older tokens at once; the others learn it from the database's announcement.
  deps.sessions.learn(input.userId, version);
}
