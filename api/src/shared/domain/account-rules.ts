import { BadUserInputError } from './errors';

/**
 * Account rules of domain.md §4, pure: the platform's rules for names, e-mail addresses and passwords,
 * wherever they are typed (accounts, organisations, a pupil's account created while joining a campaign).
 */
export const ACCOUNT_RULES = {
  nameMaxLength: 255,
  emailMaxLength: 255,
  passwordMinLength: 8,
  passwordMaxLength: 128,
};

// Deliberately simple: one @, no spaces, a dot in the domain. The real check is the e-mail we send.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}

export function assertValidEmail(email: string, field = 'email'): string {
  const normalized = normalizeEmail(email);
  if (!normalized) throw new BadUserInputError(field, 'errors.field.required');
  if (normalized.length > ACCOUNT_RULES.emailMaxLength)
    throw new BadUserInputError(field, 'errors.field.tooLong', { max: ACCOUNT_RULES.emailMaxLength });
  if (!isEmail(normalized)) throw new BadUserInputError(field, 'errors.field.emailInvalid');
  return normalized;
}

export function isStrongPassword(password: string): boolean {
  return (
    password.length >= ACCOUNT_RULES.passwordMinLength &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /\d/.test(password)
  );
}

export function assertValidPassword(password: string, field = 'password'): void {
  if (password.length > ACCOUNT_RULES.passwordMaxLength)
    throw new BadUserInputError(field, 'errors.field.passwordTooLong', { max: ACCOUNT_RULES.passwordMaxLength });
  if (!isStrongPassword(password)) throw new BadUserInputError(field, 'errors.field.passwordWeak');
}

export function assertValidName(value: string, field: string): string {
  const trimmed = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new BadUserInputError(field, 'errors.field.required');
  if (trimmed.length > ACCOUNT_RULES.nameMaxLength)
    throw new BadUserInputError(field, 'errors.field.tooLong', { max: ACCOUNT_RULES.nameMaxLength });
  return trimmed;
}
