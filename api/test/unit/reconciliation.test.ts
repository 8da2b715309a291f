import {
  matchPupil,
  parseBirthdate,
  standardiseName,
  validateTypedIdentity,
  type PupilCandidate,
} from '../../src/prescription/campaign-participation/domain/reconciliation';
import { alreadyLinkedMessageKey, linkedAccountHint, maskEmail, maskUsername } from '../../src/prescription/campaign-participation/domain/linked-account';
import { BadUserInputError } from '../../src/shared/domain/errors';

let nextId = 0;
const pupil = (firstName: string, lastName: string, extra: Partial<PupilCandidate> = {}): PupilCandidate => ({
  id: (nextId += 1),
  firstName,
  middleName: null,
  thirdName: null,
  lastName,
  preferredLastName: null,
  birthdate: '2010-03-05',
  isDisabled: false,
  ...extra,
});
const typed = (firstName: string, lastName: string, birthdate = '2010-03-05') => ({ firstName, lastName, birthdate });

describe('reconciliation: finding oneself among the pupils of a school (domain.md §5)', () => {
  it('standardises names with T1 then T2: case, accents, spaces, hyphens and apostrophes go', () => {
    expect(standardiseName('Éloïse')).toBe('eloise');
    expect(standardiseName("  D'Arcy ")).toBe('darcy');
    expect(standardiseName('Jean-Étienne')).toBe('jeanetienne');
    expect(standardiseName('Dupont Moretti')).toBe('dupontmoretti');
    expect(standardiseName('François\u00a0Noël')).toBe('francoisnoel');
    expect(standardiseName('Œdipe')).toBe('œdipe');
  });

  it('matches exactly one pupil born that day, whatever accents, case, hyphens or spaces the learner types', () => {
    const eloise = pupil('Éloïse', "D'Arcy");
    const jean = pupil('Jean-Étienne', 'Dupont Moretti');
    const candidates = [eloise, jean, pupil('Éloïse', "D'Arcy", { birthdate: '2010-03-06' })];
    expect(matchPupil(candidates, typed('eloise', 'DARCY'))).toEqual({ kind: 'match', pupilId: eloise.id });
    expect(matchPupil(candidates, typed('ÉLOÏSE', "d'arcy"))).toEqual({ kind: 'match', pupilId: eloise.id });
    expect(matchPupil(candidates, typed('jean etienne', 'dupont-moretti'))).toEqual({ kind: 'match', pupilId: jean.id });
  });

  it('accepts the second or third first name, and the usage name instead of the family name', () => {
    const camille = pupil('Marie', 'Lefèvre', { middleName: 'Camille', thirdName: 'Rose', preferredLastName: 'Martin' });
    const candidates = [camille, pupil('Camille', 'Durand')];
    expect(matchPupil(candidates, typed('Camille', 'Lefevre'))).toEqual({ kind: 'match', pupilId: camille.id });
    expect(matchPupil(candidates, typed('Rose', 'Martin'))).toEqual({ kind: 'match', pupilId: camille.id });
    expect(matchPupil(candidates, typed('Marie', 'Martin'))).toEqual({ kind: 'match', pupilId: camille.id });
  });

  it('tolerates small typing errors (T3: distance / length ≤ 0.25), only when no pupil matches strictly', () => {
    const theo = pupil('Théo', 'Bernard');
    const candidates = [theo];
    // "teo" vs "theo": 1 edit for 3 characters typed (0.33) is too far; "bernar" vs "bernard": 1/6, accepted.
    expect(matchPupil(candidates, typed('Teo', 'Bernard'))).toEqual({ kind: 'none' });
    expect(matchPupil(candidates, typed('Théo', 'Bernar'))).toEqual({ kind: 'match', pupilId: theo.id });
    // "bernd" for "bernard": 2 edits for 5 characters (0.4): too far.
    expect(matchPupil(candidates, typed('Théo', 'Bernd'))).toEqual({ kind: 'none' });
    // Boundary included: "bern" vs "berk", 1 edit for 4 characters.
    expect(matchPupil([pupil('Léa', 'Berk')], typed('Léa', 'Bern')).kind).toBe('match');
    // A strict match wins over a close one.
    const lea = pupil('Léa', 'Martin');
    const leo = pupil('Léo', 'Martin');
    expect(matchPupil([lea, leo], typed('Lea', 'Martin'))).toEqual({ kind: 'match', pupilId: lea.id });
  });

  it('says ambiguous when several pupils match, strictly or closely', () => {
    const twins = [pupil('Emma', 'Petit', { middleName: 'Louise' }), pupil('Louise', 'Petit')];
    expect(matchPupil(twins, typed('Louise', 'Petit'))).toEqual({ kind: 'ambiguous' });
    expect(matchPupil([pupil('Lina', 'Roux'), pupil('Lisa', 'Roux')], typed('Liza', 'Roux'))).toEqual({ kind: 'ambiguous' });
  });

  it('finds no one with another birth date, among pupils who left, or with a wrong name', () => {
    const hugo = pupil('Hugo', 'Garcia');
    expect(matchPupil([hugo], typed('Hugo', 'Garcia', '2010-05-03'))).toEqual({ kind: 'none' });
    expect(matchPupil([pupil('Hugo', 'Garcia', { isDisabled: true })], typed('Hugo', 'Garcia'))).toEqual({ kind: 'none' });
    expect(matchPupil([hugo], typed('Hugues', 'Garcia'))).toEqual({ kind: 'none' });
    expect(matchPupil([], typed('Hugo', 'Garcia'))).toEqual({ kind: 'none' });
  });

  it('reads birth dates AAAA-MM-JJ, real days only', () => {
    expect(parseBirthdate('2010-03-05')).toBe('2010-03-05');
    expect(parseBirthdate(' 2012-02-29 ')).toBe('2012-02-29');
    for (const wrong of ['2011-02-29', '05/03/2010', '2010-3-5', '2010-13-01', '', '1850-01-01']) expect(parseBirthdate(wrong)).toBeNull();
  });

  it('refuses empty names and impossible dates, naming the field', () => {
    const field = (request: { firstName: string; lastName: string; birthdate: string }) => {
      try {
        validateTypedIdentity(request);
      } catch (error) {
        return (error as BadUserInputError).field;
      }
      return null;
    };
    expect(field({ firstName: ' - ', lastName: 'Garcia', birthdate: '2010-03-05' })).toBe('firstName');
    expect(field({ firstName: 'Hugo', lastName: '', birthdate: '2010-03-05' })).toBe('lastName');
    expect(field({ firstName: 'Hugo', lastName: 'Garcia', birthdate: '2010-02-30' })).toBe('birthdate');
    expect(field({ firstName: 'Hugo', lastName: 'Garcia', birthdate: '2010-02-28' })).toBeNull();
  });
});

describe('how an account already linked logs in, and nothing more', () => {
  it('masks the e-mail address to its first character and its domain', () => {
    expect(maskEmail('eloise.darcy@example.net')).toBe('e***@example.net');
    expect(maskEmail('x@ac-paris.fr')).toBe('x***@ac-paris.fr');
  });

  it('masks the username as the e-mail address: no names, no birthday', () => {
    expect(maskUsername('eloise.darcy0503')).toBe('e***.d***');
    expect(maskUsername('élodie.le-goff1234')).toBe('é***.l***');
    expect(maskUsername('solo')).toBe('s***');
  });

  it('names the means of the account, with the username masked', () => {
    const both = linkedAccountHint({ email: 'eloise@example.net', username: 'eloise.darcy0503', hasGarIdentity: false });
    expect(both).toEqual({ connectionMethods: ['EMAIL', 'USERNAME'], maskedEmail: 'e***@example.net', username: 'e***.d***' });
    expect(alreadyLinkedMessageKey(both)).toBe('errors.reconciliation.alreadyLinked.emailOrUsername');
    const username = linkedAccountHint({ email: null, username: 'hugo.garcia1204', hasGarIdentity: false });
    expect(alreadyLinkedMessageKey(username)).toBe('errors.reconciliation.alreadyLinked.username');
    const gar = linkedAccountHint({ email: null, username: null, hasGarIdentity: true });
    expect(gar).toEqual({ connectionMethods: ['GAR'], maskedEmail: null, username: null });
    expect(alreadyLinkedMessageKey(gar)).toBe('errors.reconciliation.alreadyLinked.gar');
  });
});
