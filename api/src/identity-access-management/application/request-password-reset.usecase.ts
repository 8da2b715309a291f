import type { EntityManager } from '@mikro-orm/postgresql';
import { translate, type Locale } from '../../shared/i18n/translate';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { assertValidEmail } from '../domain/account-rules';
import { PasswordTokenPurpose } from '../infrastructure/password-reset-token.entity';
import type { IamDependencies, IamRepositories } from './dependencies';
import { iamRepositories } from './iam-repositories';

/**
 * Public operation. Always answers true so that nobody learns whether an account exists; when it
 * does, a single-use link valid for a limited time goes to its address (a reset link only: it does
 * not replace a temporary password). Every request is counted per address and per e-mail address
 * before the account is looked up (so a refusal tells nothing either): nobody can flood a mailbox.
 */
export async function requestPasswordReset(repositories: IamRepositories, deps: IamDependencies, email: string, address: string): Promise<boolean> {
  const normalized = assertValidEmail(email);
  const rules = throttleRules(deps.throttle);
  await repositories.throttle.admit({ rule: rules.passwordResetAddress, key: address }, { rule: rules.passwordResetEmail, key: normalized });
  const user = await repositories.users.findByLogin(normalized);
  if (!user?.email) return true;
  await repositories.transaction((tx) => sendResetLink(tx, deps, { id: user.id, email: user.email!, firstName: user.firstName, locale: user.locale }));
  return true;
}

type ResetLinkDependencies = Pick<IamDependencies, 'clock' | 'mailer' | 'publicUrl' | 'passwordResetTtlSeconds'>;

/**
 * Issues a single-use reset link and puts its e-mail in the outbox, in the caller's transaction (the
 * link and its message are written together). Also used by the support team (Pix Admin), who call it
 * with their own transaction (user-administration's use cases take the entity manager).
 */
export function sendPasswordResetLink(tem: EntityManager, deps: ResetLinkDependencies, user: { id: number; email: string; firstName: string; locale: string }): Promise<void> {
  return sendResetLink(iamRepositories(tem, deps), deps, user);
}

/** The same, through the repositories of the caller's transaction. */
async function sendResetLink(
  tx: Pick<IamRepositories, 'passwordTokens' | 'mails'>,
  deps: Omit<ResetLinkDependencies, 'mailer'>,
  user: { id: number; email: string; firstName: string; locale: string },
): Promise<void> {
  const now = deps.clock.now();
  const token = await tx.passwordTokens.issue(user.id, PasswordTokenPurpose.PASSWORD_RESET, new Date(now.getTime() + deps.passwordResetTtlSeconds * 1000));
  const locale = (user.locale === 'en' ? 'en' : 'fr') as Locale;
  const link = `${deps.publicUrl}/changer-mot-de-passe?token=${encodeURIComponent(token)}`;
  await tx.mails.send({
    to: user.email,
    subject: translate('mail.passwordReset.subject', {}, locale),
    text: translate('mail.passwordReset.text', { firstName: user.firstName, link, minutes: Math.round(deps.passwordResetTtlSeconds / 60) }, locale),
  });
}
