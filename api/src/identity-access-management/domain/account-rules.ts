import { BadUserInputError } from '../../shared/domain/errors';
import { assertValidEmail, assertValidName, assertValidPassword } from '../../shared/domain/account-rules';

/** The platform's account rules live in shared/domain (other contexts check the same names, addresses and passwords). */
export {
  ACCOUNT_RULES,
  assertValidEmail,
  assertValidName,
  assertValidPassword,
  isEmail,
  isStrongPassword,
  normalizeEmail,
} from '../../shared/domain/account-rules';

export interface SignUpRequest {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  cgu: boolean;
  locale?: string | null;
}

export interface ValidSignUp {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  locale: 'fr' | 'en';
}

/** Checks a sign-up in the order of the form, so the first field to fix is named. */
export function validateSignUp(request: SignUpRequest): ValidSignUp {
  const firstName = assertValidName(request.firstName, 'firstName');
  const lastName = assertValidName(request.lastName, 'lastName');
  const email = assertValidEmail(request.email);
  assertValidPassword(request.password);
  if (request.cgu !== true) throw new BadUserInputError('cgu', 'errors.field.cguNotAccepted');
  const locale = request.locale ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') throw new BadUserInputError('locale', 'errors.field.localeUnknown');
  return { firstName, lastName, email, password: request.password, locale };
}
