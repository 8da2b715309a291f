/**
 * How the account already linked to a pupil logs in, as reconciliation may tell it (domain.md §5): the
 * means (e-mail, username, GAR), a masked e-mail address and a masked username, never the account's
 * other data. A username `prenom.nomJJMM` holds the pupil's names and birthday: only the first letter of
 * each part is shown, as for the e-mail address, enough for the pupil who was handed it on a sheet. Pure.
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
  /** `e***.d***`: the first character of each part of the username, no digits. */
  username: string | null;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}

export function maskUsername(username: string): string {
  return username
    .replace(/\d+$/, '')
    .split('.')
    .map((part) => `${[...part][0] ?? ''}***`)
    .join('.');
}

export function linkedAccountHint(account: LinkedAccountFacts): LinkedAccountHint {
  const connectionMethods: ConnectionMethod[] = [];
  if (account.email) connectionMethods.push('EMAIL');
  if (account.username) connectionMethods.push('USERNAME');
  if (account.hasGarIdentity) connectionMethods.push('GAR');
  return {
    connectionMethods,
    maskedEmail: account.email ? maskEmail(account.email) : null,
    username: account.username ? maskUsername(account.username) : null,
  };
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
