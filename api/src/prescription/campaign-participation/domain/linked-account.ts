/**
 * How the account already linked to a pupil logs in, as reconciliation may tell it (domain.md §5): the
 * means (e-mail, username, GAR), a masked e-mail address and the username (which the pupil was handed on
 * a sheet), never the account's other data. Pure.
 */
export type ConnectionMethod = 'EMAIL' | 'USERNAME' | 'GAR';

export interface LinkedAccountFacts {
  email: string | null;
  username: string | null;
  /** Logs in through the GAR (single sign-on of the schools' resources). */
  hasGarIdentity: boolean;
}

export interface LinkedAccountHint {
  connectionMethods: ConnectionMethod[];
  /** `e***@example.net`: the first character of the address, then its domain. */
  maskedEmail: string | null;
  username: string | null;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}

export function linkedAccountHint(account: LinkedAccountFacts): LinkedAccountHint {
  const connectionMethods: ConnectionMethod[] = [];
  if (account.email) connectionMethods.push('EMAIL');
  if (account.username) connectionMethods.push('USERNAME');
  if (account.hasGarIdentity) connectionMethods.push('GAR');
  return { connectionMethods, maskedEmail: account.email ? maskEmail(account.email) : null, username: account.username };
}

/** The message that says it, by the means the account has (i18n keys under errors.reconciliation.alreadyLinked). */
export function alreadyLinkedMessageKey(hint: LinkedAccountHint): string {
  const methods = hint.connectionMethods;
  if (methods.includes('EMAIL') && methods.includes('USERNAME')) return 'errors.reconciliation.alreadyLinked.emailOrUsername';
  if (methods.includes('EMAIL')) return 'errors.reconciliation.alreadyLinked.email';
  if (methods.includes('USERNAME')) return 'errors.reconciliation.alreadyLinked.username';
  if (methods.includes('GAR')) return 'errors.reconciliation.alreadyLinked.gar';
  return 'errors.reconciliation.alreadyLinked.other';
}
