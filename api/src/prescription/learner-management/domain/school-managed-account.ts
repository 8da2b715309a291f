/**
 * May a school manage the account linked to one of its pupils (give it a username and a temporary
 * password, reset that password)? Only an account made for a pupil: it logs in with a username, has
 * no e-mail address, no platform role and no membership of any organisation. Any other account is a
 * person's own (a learner who signed up with an e-mail address and joined a campaign of the school, a
 * teacher, a member of the platform team): a temporary password would let the school's
 * administrators log in as that person. Such an account is left untouched, with the reason. Pure.
 */

/** What the school's operations read of the account linked to a pupil. */
export interface LinkedAccount {
  email: string | null;
  platformRole: string | null;
  /** Member of an organisation, whichever. */
  isMember: boolean;
}

export enum UnmanagedAccountReason {
  /** The pupil logs in with an e-mail address: "Mot de passe oublié ?" is theirs to use. */
  EMAIL_ACCOUNT = 'EMAIL_ACCOUNT',
  /** No e-mail address, but the account of a member of an organisation or of the platform team. */
  PERSONAL_ACCOUNT = 'PERSONAL_ACCOUNT',
}

export type AccountManagement = { managed: true } | { managed: false; reason: UnmanagedAccountReason };

/** `null`: the pupil has no account yet, the school may make one. */
export function schoolAccountManagement(account: LinkedAccount | null): AccountManagement {
  if (account === null) return { managed: true };
  if (account.email) return { managed: false, reason: UnmanagedAccountReason.EMAIL_ACCOUNT };
  if (account.platformRole || account.isMember) return { managed: false, reason: UnmanagedAccountReason.PERSONAL_ACCOUNT };
  return { managed: true };
}

export const schoolMayManageAccount = (account: LinkedAccount | null): boolean => schoolAccountManagement(account).managed;

/** The message (i18n key) that tells the school why it cannot manage this account, and what the pupil can do. */
export function unmanagedAccountMessageKey(reason: UnmanagedAccountReason): string {
  return reason === UnmanagedAccountReason.EMAIL_ACCOUNT ? 'errors.learners.emailAccount' : 'errors.learners.personalAccount';
}
