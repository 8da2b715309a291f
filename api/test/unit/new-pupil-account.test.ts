import { existingAccountMessageKey, PupilHasAccountError, validateNewPupilAccount } from '../../src/prescription/campaign-participation/domain/new-pupil-account';
import { linkedAccountHint } from '../../src/prescription/campaign-participation/domain/linked-account';
import { BadUserInputError } from '../../src/shared/domain/errors';
import { translate } from '../../src/shared/i18n/translate';

const fieldOf = (request: Parameters<typeof validateNewPupilAccount>[0]) => {
  try {
    validateNewPupilAccount(request);
  } catch (error) {
    if (error instanceof BadUserInputError) return { field: error.field, key: error.messageKey };
    throw error;
  }
  return null;
};

describe('the account a pupil creates on a campaign of their school', () => {
  const base = { withUsername: true, password: 'Valide2026', cgu: true };

  it('is a username account without e-mail, or an e-mail account with a normalised address', () => {
    expect(validateNewPupilAccount(base)).toEqual({ withUsername: true, email: null, password: 'Valide2026' });
    expect(validateNewPupilAccount({ ...base, email: '  ' })).toEqual({ withUsername: true, email: null, password: 'Valide2026' });
    expect(validateNewPupilAccount({ ...base, withUsername: false, email: ' Lea.Dupont@Example.NET ' })).toEqual({
      withUsername: false,
      email: 'lea.dupont@example.net',
      password: 'Valide2026',
    });
  });

  it('names the first field to fix, in the order of the form', () => {
    expect(fieldOf({ ...base, withUsername: false })).toEqual({ field: 'email', key: 'errors.field.required' });
    expect(fieldOf({ ...base, withUsername: false, email: 'lea@' })).toEqual({ field: 'email', key: 'errors.field.emailInvalid' });
    expect(fieldOf({ ...base, email: 'lea@example.net' })).toEqual({ field: 'email', key: 'errors.accountCreation.emailWithUsername' });
    expect(fieldOf({ ...base, password: 'motdepasse1' })).toEqual({ field: 'password', key: 'errors.field.passwordWeak' });
    expect(fieldOf({ ...base, password: 'weak', cgu: false })).toEqual({ field: 'password', key: 'errors.field.passwordWeak' });
    expect(fieldOf({ ...base, cgu: false })).toEqual({ field: 'cgu', key: 'errors.field.cguNotAccepted' });
  });

  it('tells how an existing account of the pupil logs in, masked, in both languages', () => {
    const hint = linkedAccountHint({ email: 'lea.dupont@example.net', username: 'lea.dupont0503', hasGarIdentity: false });
    const error = new PupilHasAccountError(hint);
    expect(error.code).toBe('LEARNER_ALREADY_LINKED');
    expect(error.extensions).toEqual({ connectionMethods: ['EMAIL', 'USERNAME'], maskedEmail: 'l***@example.net', username: 'l***.d***' });
    expect(translate(error.messageKey, error.params, 'fr')).toContain("l'adresse e-mail l***@example.net ou l'identifiant l***.d***");
    expect(translate(error.messageKey, error.params, 'en')).toContain('the e-mail address l***@example.net or the username l***.d***');
    expect(existingAccountMessageKey(linkedAccountHint({ email: null, username: 'x', hasGarIdentity: false }))).toBe('errors.accountCreation.pupilHasAccount.username');
    expect(existingAccountMessageKey(linkedAccountHint({ email: 'a@b.fr', username: null, hasGarIdentity: false }))).toBe('errors.accountCreation.pupilHasAccount.email');
    expect(existingAccountMessageKey(linkedAccountHint({ email: null, username: null, hasGarIdentity: true }))).toBe('errors.accountCreation.pupilHasAccount.gar');
    expect(existingAccountMessageKey(linkedAccountHint({ email: null, username: null, hasGarIdentity: false }))).toBe('errors.accountCreation.pupilHasAccount.other');
  });
});
