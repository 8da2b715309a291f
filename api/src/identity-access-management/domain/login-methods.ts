/**
 * The ways into an account (pure): an e-mail address with the password, a username with the same
 * password (pupils), the GAR (the school's single sign-on, by the pupil's opaque id). An account keeps
 * at least one, and always an e-mail or a username (the database checks it: the GAR alone would leave
 * nothing to reset or to reconcile with): the support team removes a method the person no longer
 * uses, never the last one.
 */
export const LOGIN_METHODS = ['EMAIL', 'USERNAME', 'GAR'] as const;
export type LoginMethod = (typeof LOGIN_METHODS)[number];

export interface AccountLoginFacts {
  email: string | null;
  username: string | null;
  garIdo: string | null;
}

/** The methods an account has, in a stable order. */
export function loginMethodsOf(account: AccountLoginFacts): LoginMethod[] {
  return LOGIN_METHODS.filter((method) => (method === 'EMAIL' ? account.email : method === 'USERNAME' ? account.username : account.garIdo) !== null);
}

/** Why a method cannot be removed, or null when it can. */
export function loginMethodRemovalRefusal(account: AccountLoginFacts, method: LoginMethod): 'notUsed' | 'lastMethod' | 'lastIdentifier' | null {
  const methods = loginMethodsOf(account);
  if (!methods.includes(method)) return 'notUsed';
  if (methods.length === 1) return 'lastMethod';
  if (method !== 'GAR' && !methods.includes(method === 'EMAIL' ? 'USERNAME' : 'EMAIL')) return 'lastIdentifier';
  return null;
}

/** What replaces the names of an anonymised account (the same in every language: it is stored). */
export const ANONYMIZED_NAME = '(anonymisé)';
