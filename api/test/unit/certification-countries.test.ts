import { COUNTRIES, countryKey, countryOfSiecleCode, findCountry } from '../../src/certification/enrolment/domain/countries';

describe('birth countries (the INSEE list)', () => {
  it('holds every current INSEE country and territory once, France included, with five-digit codes', () => {
    expect(COUNTRIES.length).toBeGreaterThan(220);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(COUNTRIES.every((c) => /^99\d{3}$/.test(c.code) && c.name === c.name.toUpperCase())).toBe(true);
    expect(COUNTRIES.find((c) => c.code === '99100')?.name).toBe('FRANCE');
  });

  it('never gives two countries the same name or alias', () => {
    const owners = new Map<string, string>();
    for (const { name, aliases } of COUNTRIES)
      for (const key of [name, ...aliases].map(countryKey)) {
        expect([key, owners.get(key) ?? name]).toEqual([key, name]);
        owners.set(key, name);
      }
  });

  it.each([
    ['France', 'FRANCE'],
    ['ALGERIE', 'ALGÉRIE'],
    ['Algérie', 'ALGÉRIE'],
    ["cote d'ivoire", "CÔTE D'IVOIRE"],
    ['Côte d’Ivoire', "CÔTE D'IVOIRE"],
    ['Etats-Unis', 'ÉTATS-UNIS'],
    ['USA', 'ÉTATS-UNIS'],
    ['Viet Nam', 'VIETNAM'],
    ['Myanmar', 'BIRMANIE'],
    ['république tchèque', 'TCHÉQUIE'],
    ['Eswatini', 'SWAZILAND'],
    ['Guinée-Bissau', 'GUINÉE-BISSAO'],
    ['Guinée', 'GUINÉE'],
    ['RDC', 'RÉPUBLIQUE DÉMOCRATIQUE DU CONGO'],
    ['Congo', 'CONGO'],
    ['Curacao', 'CURAÇAO'],
    ['iles aland', 'ÅLAND'],
    ['  nouvelle zelande ', 'NOUVELLE-ZÉLANDE'],
    ['99109', 'ALLEMAGNE'],
    ['Atlantide', null],
    ['Tchécoslovaquie', null],
  ])('%s → %s', (typed, country) => {
    expect(findCountry(typed)).toBe(country);
  });

  it.each([
    ['100', 'FRANCE'],
    ['99100', 'FRANCE'],
    ['341', 'SÉNÉGAL'],
    ['99352', 'ALGÉRIE'],
    ['243', 'VIETNAM'],
    ['699', 'ANTARCTIQUE'],
    ['115', null],
    ['999', null],
    [null, null],
  ])('SIECLE code %s → %s', (code, country) => {
    expect(countryOfSiecleCode(code)).toBe(country);
  });
});
