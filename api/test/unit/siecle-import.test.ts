import { DomainError, ErrorCode } from '../../src/shared/domain/errors';
import { translate } from '../../src/shared/i18n/translate';
import {
  emptyRawSieclePupil,
  validateSiecleImport,
  type RawSieclePupil,
} from '../../src/prescription/learner-management/domain/siecle-pupil';
import {
  describeSiecleProblems,
  SiecleImportError,
  SiecleProblemCode,
  type SiecleProblem,
} from '../../src/prescription/learner-management/domain/siecle-errors';

const UAI = '0751234A';
const today = new Date(2026, 2, 10);
let nextId = 1204300;

function pupil(overrides: Partial<RawSieclePupil> = {}): RawSieclePupil {
  const eleveId = String(nextId++);
  return {
    ...emptyRawSieclePupil(eleveId, 12),
    nationalStudentId: `${eleveId}123A`,
    lastName: 'MARTIN',
    firstName: 'Léa',
    birthdate: '14/02/2010',
    sexCode: '2',
    birthCountryCode: '100',
    birthProvinceCode: '075',
    birthCityCode: '75114',
    birthCity: 'PARIS 14E ARRONDISSEMENT',
    mefCode: '20010018110',
    status: 'ST',
    division: '2NDE1',
    ...overrides,
  };
}

const validate = (pupils: RawSieclePupil[], fileUai: string | null = UAI, organizationUai = UAI) =>
  validateSiecleImport({ uai: fileUai, pupils }, organizationUai, { today });

function refusal(run: () => unknown): SiecleImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof SiecleImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const problems = (run: () => unknown): SiecleProblem[] => refusal(run).problems;

describe('SIECLE import rules', () => {
  describe('a pupil refused, naming the pupil and what to fix', () => {
    it.each<[string, Partial<RawSieclePupil>, SiecleProblemCode, string]>([
      ['no INE', { nationalStudentId: null }, SiecleProblemCode.INE_MISSING, 'siecle.ineMissing'],
      ['a blank INE', { nationalStudentId: '   ' }, SiecleProblemCode.INE_MISSING, 'siecle.ineMissing'],
      ['no sex code', { sexCode: null }, SiecleProblemCode.SEX_MISSING, 'siecle.sexMissing'],
      ['an unknown sex code', { sexCode: '3' }, SiecleProblemCode.SEX_MISSING, 'siecle.sexInvalid'],
      ['no birth date', { birthdate: null }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateMissing'],
      ['a 31st of February', { birthdate: '31/02/2010' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['a 29th of February of a common year', { birthdate: '29/02/2009' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['a 13th month', { birthdate: '01/13/2010' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['an ISO date', { birthdate: '2010-02-14' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['a date without leading zeros', { birthdate: '4/2/2010' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['a birth date in the future', { birthdate: '11/03/2026' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['a birth date before 1900', { birthdate: '14/02/1890' }, SiecleProblemCode.BIRTHDATE_INVALID, 'siecle.birthdateInvalid'],
      ['born in France without a birth city code', { birthCityCode: null }, SiecleProblemCode.BIRTH_CITY_MISSING, 'siecle.birthCityMissing'],
      ['no first name', { firstName: ' ' }, SiecleProblemCode.NAME_MISSING, 'siecle.nameMissing'],
      ['no family name', { lastName: null }, SiecleProblemCode.NAME_MISSING, 'siecle.nameMissing'],
    ])('%s', (_case, overrides, code, messageKey) => {
      const bad = pupil({ line: 214, ...overrides });
      const [problem, ...others] = problems(() => validate([pupil(), bad, pupil()]));
      expect(others).toEqual([]);
      expect(problem).toMatchObject({ code, messageKey, line: 214 });
      expect(problem.params).toMatchObject({ line: 214, eleveId: bad.eleveId });
      expect(problem.pupil).toContain(`n° SIECLE ${bad.eleveId}`);
      const message = translate(problem.messageKey, problem.params);
      expect(message).toContain('ligne 214');
      expect(message).toMatch(/SIECLE/);
      expect(message).not.toContain('{{');
    });

    it('says it like the school secretary needs it', () => {
      const error = refusal(() => validate([pupil({ nationalStudentId: null, firstName: 'Léa', lastName: 'Martin', line: 214, eleveId: '1234567' })]));
      expect(translate(error.messageKey, error.params)).toBe(
        "L'élève Léa Martin (ligne 214, n° SIECLE 1234567) n'a pas d'INE : complétez son identifiant national dans SIECLE puis refaites l'export.",
      );
      expect(translate(error.messageKey, error.params, 'en')).toBe(
        'Pupil Léa Martin (line 214, SIECLE no. 1234567) has no INE: fill in their national identifier in SIECLE, then export again.',
      );
    });
  });

  it.each<[string, Partial<RawSieclePupil>]>([
    ['born abroad without a French city code', { birthCountryCode: '350', birthProvinceCode: '990', birthCityCode: null, birthCity: 'CASABLANCA' }],
    ['born on a 29th of February', { birthdate: '29/02/2008' }],
    ['born today', { birthdate: '10/03/2026' }],
    ['a date with blanks around', { birthdate: ' 14/02/2010 ' }],
    ['a boy', { sexCode: '1' }],
  ])('accepts a pupil %s', (_case, overrides) => {
    expect(validate([pupil(overrides)]).pupils).toHaveLength(1);
  });

  it.each<[string, Partial<RawSieclePupil>]>([
    ['who left (DATE_SORTIE)', { leftAt: '05/12/2025', nationalStudentId: null }],
    ['without a class', { division: null, birthdate: null }],
    ['in the "Inactifs" structure', { division: 'Inactifs', sexCode: null }],
  ])('neither imports nor blames a pupil %s', (_case, overrides) => {
    const { pupils } = validate([pupil({ firstName: 'Hugo' }), pupil(overrides)]);
    expect(pupils.map((p) => p.firstName)).toEqual(['Hugo']);
  });

  it('normalises a pupil: INE upper-cased, names NFC with spaces collapsed and case kept, ISO birth date', () => {
    const { pupils } = validate([
      pupil({
        nationalStudentId: ' 1234567890a ',
        firstName: ' Le\u0301a ',
        middleName: 'Marie  Ange',
        thirdName: '',
        lastName: "D'ARCY  de  la Tour",
        preferredLastName: '  ',
        birthdate: '05/03/2010',
        sexCode: '2',
        division: ' 2NDE1 ',
      }),
    ]);
    expect(pupils).toEqual([
      {
        nationalStudentId: '1234567890A',
        firstName: 'Léa',
        middleName: 'Marie Ange',
        thirdName: null,
        lastName: "D'ARCY de la Tour",
        preferredLastName: null,
        sex: 'F',
        birthdate: '2010-03-05',
        birthCountryCode: '100',
        birthCityCode: '75114',
        birthCity: 'PARIS 14E ARRONDISSEMENT',
        birthProvinceCode: '075',
        division: '2NDE1',
        mefCode: '20010018110',
        status: 'ST',
      },
    ]);
    expect(pupils[0].firstName).toBe('Léa'.normalize('NFC'));
  });

  it('refuses an INE found twice (whatever its case and blanks), naming both pupils', () => {
    const first = pupil({ nationalStudentId: '1234567890A', firstName: 'Léa', line: 20 });
    const second = pupil({ nationalStudentId: ' 1234567890a', firstName: 'Hugo', sexCode: '1', line: 80 });
    const [problem, ...others] = problems(() => validate([first, second]));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: SiecleProblemCode.INE_DUPLICATE, line: 80 });
    expect(translate(problem.messageKey, problem.params)).toBe(
      "L'INE 1234567890A figure deux fois, pour Léa MARTIN (ligne 20) et pour Hugo MARTIN (ligne 80) : corrigez l'INE de l'élève concerné dans SIECLE puis refaites l'export.",
    );
  });

  it('does not count as a duplicate the INE of a pupil who left', () => {
    const { pupils } = validate([pupil({ nationalStudentId: '1234567890A', leftAt: '05/12/2025' }), pupil({ nationalStudentId: '1234567890A' })]);
    expect(pupils).toHaveLength(1);
  });

  it('checks every pupil and lists every problem of a pupil, then refuses the whole file', () => {
    const error = refusal(() =>
      validate([pupil({ nationalStudentId: null, birthdate: '31/02/2010', line: 10 }), pupil(), pupil({ sexCode: null, line: 30 })]),
    );
    expect(error.problems.map((p) => [p.code, p.line])).toEqual([
      [SiecleProblemCode.INE_MISSING, 10],
      [SiecleProblemCode.BIRTHDATE_INVALID, 10],
      [SiecleProblemCode.SEX_MISSING, 30],
    ]);
    expect(error.messageKey).toBe('siecle.severalProblems');
    expect(translate(error.messageKey, error.params)).toContain('3 problèmes sont à corriger dans SIECLE');
  });

  it('lists at most 50 problems and says how many there were', () => {
    const error = refusal(() => validate(Array.from({ length: 60 }, () => pupil({ nationalStudentId: null }))));
    expect(error.problems).toHaveLength(50);
    expect(error.problemCount).toBe(60);
    expect(error.extensions).toMatchObject({ field: 'file', problemCount: 60 });
    expect(error.params).toEqual({ count: 60, shown: 50 });
  });

  it('is a bad input on the file, with the problems in its extensions', () => {
    const error = refusal(() => validate([pupil({ sexCode: null })]));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions).toEqual({ field: 'file', problems: error.problems, problemCount: 1 });
    expect(describeSiecleProblems(error, (key, params) => translate(key, params, 'en'))).toEqual([
      { code: 'SIECLE_SEX_MISSING', message: expect.stringContaining('has no sex'), line: 12 },
    ]);
  });

  describe('the school', () => {
    it.each([['0751234a'], [' 0751234A '], ['0751234A']])('accepts its own UAI written %p', (organizationUai) => {
      expect(validate([pupil()], '0751234a ', organizationUai).pupils).toHaveLength(1);
    });

    it('refuses the file of another school before looking at the pupils', () => {
      const error = refusal(() => validate([pupil({ nationalStudentId: null })], '0999999Z'));
      expect(error.codes).toEqual([SiecleProblemCode.UAI_MISMATCH]);
      expect(translate(error.messageKey, error.params)).toMatch(/^Ce fichier appartient à un autre établissement \(UAI 0999999Z\) et non au vôtre \(0751234A\)/);
    });

    it('refuses a file that names no school', () => {
      const error = refusal(() => validate([pupil()], null));
      expect(error.codes).toEqual([SiecleProblemCode.UAI_MISMATCH]);
      expect(error.messageKey).toBe('siecle.uaiMissing');
    });
  });

  it.each<[string, RawSieclePupil[]]>([
    ['no pupil at all', []],
    ['only pupils who left or have no class', [pupil({ leftAt: '01/10/2025' }), pupil({ division: null }), pupil({ division: 'Inactifs' })]],
  ])('refuses a file with %s to import', (_case, pupils) => {
    const error = refusal(() => validate(pupils));
    expect(error.codes).toEqual([SiecleProblemCode.NO_PUPIL]);
    expect(translate(error.messageKey, error.params)).toBe(
      "Aucun élève à importer : vérifiez que le fichier est l'export ElevesSansAdresses de l'année en cours, avec des élèves affectés dans une classe.",
    );
  });

  it('has a French and an English message for every problem, none left untranslated', () => {
    const keys = Object.values(SiecleProblemCode).map((code) => SiecleImportError.of(code).messageKey);
    keys.push('siecle.uaiMissing', 'siecle.sexInvalid', 'siecle.birthdateMissing', 'siecle.severalProblems');
    for (const key of keys) {
      for (const locale of ['fr', 'en'] as const) expect(translate(key, {}, locale)).not.toBe(key);
    }
  });
});
