import { firstInvalidEmail, parseEmails } from './parse-emails';

describe('parseEmails', () => {
  it('splits on commas, semicolons, spaces and new lines, and drops empty parts', () => {
    expect(parseEmails(' a@ex.fr, b@ex.fr;c@ex.fr\nd@ex.fr  e@ex.fr,,\n')).toEqual(['a@ex.fr', 'b@ex.fr', 'c@ex.fr', 'd@ex.fr', 'e@ex.fr']);
  });

  it('keeps each address once, whatever its case', () => {
    expect(parseEmails('Camille@ex.fr, camille@EX.fr, leo@ex.fr')).toEqual(['Camille@ex.fr', 'leo@ex.fr']);
  });

  it('gives nothing for blank text', () => {
    expect(parseEmails(' ,; \n')).toEqual([]);
  });
});

describe('firstInvalidEmail', () => {
  it('names the first address that is not one', () => {
    expect(firstInvalidEmail(['a@ex.fr', 'pas-une-adresse', 'b@'])).toBe('pas-une-adresse');
    expect(firstInvalidEmail(['a@ex.fr', 'b.c@ac-lyon.fr'])).toBeUndefined();
  });
});
