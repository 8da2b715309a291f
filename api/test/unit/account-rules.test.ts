import { validateSignUp, isStrongPassword, normalizeEmail } from '../../src/identity-access-management/domain/account-rules';
import { BadUserInputError } from '../../src/shared/domain/errors';

const valid = { firstName: 'Éloïse', lastName: "D'Arcy", email: 'Eloise.Darcy@Example.FR ', password: 'Motdepasse1', cgu: true };

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.field;
    throw error;
  }
  return undefined;
}

describe('sign-up rules (domain.md §4)', () => {
  it('accepts a valid sign-up and normalises the e-mail and names', () => {
    expect(validateSignUp({ ...valid, firstName: '  Éloïse  ' })).toEqual({
      firstName: 'Éloïse',
      lastName: "D'Arcy",
      email: 'eloise.darcy@example.fr',
      password: 'Motdepasse1',
      locale: 'fr',
    });
  });

  it.each([
    ['an empty first name', { firstName: '   ' }, 'firstName'],
    ['a first name of 256 characters', { firstName: 'a'.repeat(256) }, 'firstName'],
    ['an empty last name', { lastName: '' }, 'lastName'],
    ['an empty e-mail', { email: '' }, 'email'],
    ['an e-mail without domain', { email: 'eloise@' }, 'email'],
    ['an e-mail with a space', { email: 'elo ise@example.fr' }, 'email'],
    ['a password without digit', { password: 'Motdepasse' }, 'password'],
    ['a password without upper case', { password: 'motdepasse1' }, 'password'],
    ['a password of 7 characters', { password: 'Motdep1' }, 'password'],
    ['terms not accepted', { cgu: false }, 'cgu'],
    ['an unknown language', { locale: 'de' }, 'locale'],
  ])('refuses %s and names the field', (_label, change, field) => {
    expect(fieldOf(() => validateSignUp({ ...valid, ...change }))).toBe(field);
  });

  it('knows a strong password', () => {
    expect(isStrongPassword('Abcdefg1')).toBe(true);
    expect(isStrongPassword('ABCDEFG1')).toBe(false);
  });

  it('compares e-mails without case', () => {
    expect(normalizeEmail(' Jean.Dupont@Lycee.FR')).toBe('jean.dupont@lycee.fr');
  });
});
