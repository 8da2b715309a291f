import { birthdayDigits, chooseUsername, temporaryPassword, usernameStem } from '../../src/prescription/learner-management/domain/pupil-credentials';
import { isStrongPassword } from '../../src/identity-access-management/domain/account-rules';

describe('pupil usernames (prenom.nomJJMM)', () => {
  const never = () => false;
  const noRandom = () => {
    throw new Error('no random digits expected');
  };

  it('follows the examples of the rules', () => {
    expect(chooseUsername({ firstName: 'Éloïse', lastName: "D'Arcy", birthdate: '2010-03-05' }, never, noRandom)).toBe('eloise.darcy0503');
    expect(chooseUsername({ firstName: 'Jean-Étienne', lastName: 'Dupont Moretti', birthdate: '2010-03-07' }, never, noRandom)).toBe(
      'jeanetienne.dupontmoretti0703',
    );
  });

  it('standardises SIECLE capitals, spaces and apostrophes', () => {
    expect(usernameStem('  Inès ', "N'DIAYE")).toBe('ines.ndiaye');
    expect(usernameStem('Marie-Ange', 'DE LA FONTAINE')).toBe('marieange.delafontaine');
    expect(birthdayDigits('2009-11-21')).toBe('2111');
  });

  it('replaces the four digits by random ones while the username is taken', () => {
    const taken = new Set(['eloise.darcy0503', 'eloise.darcy0042']);
    const draws = [42, 7];
    const username = chooseUsername({ firstName: 'Éloïse', lastName: "D'Arcy", birthdate: '2010-03-05' }, (u) => taken.has(u), () => draws.shift()!);
    expect(username).toBe('eloise.darcy0007');
  });
});

describe('temporary passwords', () => {
  it('always satisfy the password rule, with no ambiguous character', () => {
    let seed = 1;
    const random = (max: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % max;
    };
    for (let i = 0; i < 500; i += 1) {
      const password = temporaryPassword(random);
      expect(password).toHaveLength(8);
      expect(isStrongPassword(password)).toBe(true);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });
});
