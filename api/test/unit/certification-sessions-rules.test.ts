import { validateSessionDetails, sessionLockReason, assertSessionEditable } from '../../src/certification/session-management/domain/certification-session';
import { validateNewCertificationCenter } from '../../src/certification/session-management/domain/certification-center';
import { checkCandidate, candidateIdentity, exceedsSessionCapacity, parseExtraTime, type CandidateInput } from '../../src/certification/enrolment/domain/candidate';
import { checkCandidatesFile, CANDIDATES_FILE_COLUMNS, parseFrenchDate } from '../../src/certification/enrolment/domain/candidates-file';
import { DomainError } from '../../src/shared/domain/errors';

const TODAY = '2026-12-07';
const fieldOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as DomainError).extensions.field as string;
  }
};

describe('session details', () => {
  const valid = { address: ' Bâtiment  A ', room: 'Salle 12', date: '2026-12-07', time: '14:05', examiner: 'Mme Lefèvre', description: '' };
  it.each([
    ['valid', {}, null],
    ['time with seconds', { time: '09:30:00' }, null],
    ['no site', { address: ' ' }, 'address'],
    ['no room', { room: '' }, 'room'],
    ['impossible date', { date: '2026-02-29' }, 'date'],
    ['French date', { date: '07/12/2026' }, 'date'],
    ['hour 24', { time: '24:00' }, 'time'],
    ['no minutes', { time: '9h' }, 'time'],
    ['no invigilator', { examiner: null }, 'examiner'],
    ['observations too long', { description: 'x'.repeat(2001) }, 'description'],
    ['room too long', { room: 'x'.repeat(256) }, 'room'],
  ])('%s → %s', (_, change, field) => {
    expect(fieldOf(() => validateSessionDetails({ ...valid, ...change }))).toBe(field);
  });

  it('trims and keeps hh:mm', () => {
    expect(validateSessionDetails({ ...valid, time: '09:30:00' })).toMatchObject({ address: 'Bâtiment A', time: '09:30' });
  });
});

describe('session editability', () => {
  it.each([
    ['CREATED', 0, null],
    ['CREATED', 1, 'certificationSessions.errors.candidateJoined'],
    ['FINALIZED', 0, 'certificationSessions.errors.sessionFinalized'],
    ['IN_PROCESS', 3, 'certificationSessions.errors.sessionFinalized'],
    ['PROCESSED', 0, 'certificationSessions.errors.sessionFinalized'],
  ] as const)('%s with %i joined → %s', (state, joinedCount, reason) => {
    expect(sessionLockReason({ state, joinedCount })).toBe(reason);
    if (reason) expect(() => assertSessionEditable({ state, joinedCount })).toThrow(DomainError);
    else expect(() => assertSessionEditable({ state, joinedCount })).not.toThrow();
  });
});

describe('new centres', () => {
  it.each([
    [{ name: 'Centre', type: 'PRO' }, null],
    [{ name: 'Centre', type: 'SCO', uai: '0751234a' }, null],
    [{ name: 'Centre', type: 'SCO' }, 'uai'],
    [{ name: 'Centre', type: 'CFA' }, 'type'],
    [{ name: ' ', type: 'SUP' }, 'name'],
  ])('%j → %s', (input, field) => {
    expect(fieldOf(() => validateNewCertificationCenter(input))).toBe(field);
  });
});

describe('a candidate', () => {
  const base: CandidateInput = { firstName: 'Camille', lastName: 'Dupont', birthdate: '1990-02-14', sex: 'F', birthInseeCode: '75115', birthCountry: 'FRANCE' };
  it.each([
    ['born in France, INSEE code', {}, []],
    ['born in Corsica', { birthInseeCode: '2A004' }, []],
    ['born in France, postal code and town', { birthInseeCode: null, birthPostalCode: '69003', birthCity: 'Lyon' }, []],
    ['born abroad, city', { birthInseeCode: null, birthCountry: 'maroc', birthCity: 'Rabat' }, []],
    ['INSEE and postal code', { birthPostalCode: '75015', birthCity: 'Paris' }, ['birthInseeCode']],
    ['neither INSEE nor postal code', { birthInseeCode: '' }, ['birthInseeCode']],
    ['postal code without town', { birthInseeCode: null, birthPostalCode: '69003' }, ['birthCity']],
    ['bad INSEE code', { birthInseeCode: '7511' }, ['birthInseeCode']],
    ['bad postal code', { birthInseeCode: null, birthPostalCode: '6900A', birthCity: 'Lyon' }, ['birthPostalCode']],
    ['abroad with an INSEE code', { birthCountry: 'Belgique', birthCity: 'Liège' }, ['birthCity']],
    ['abroad without city', { birthInseeCode: null, birthCountry: 'Belgique' }, ['birthCity']],
    ['no country', { birthCountry: '' }, ['birthCountry']],
    ['unknown country', { birthCountry: 'Atlantide' }, ['birthCountry']],
    ['no names', { firstName: ' ', lastName: '' }, ['lastName', 'firstName']],
    ['impossible date', { birthdate: '1990-02-30' }, ['birthdate']],
    ['born tomorrow', { birthdate: '2026-12-08' }, ['birthdate']],
    ['born in 1899', { birthdate: '1899-12-31' }, ['birthdate']],
    ['sex X', { sex: 'X' }, ['sex']],
    ['extra time 101', { extraTimePercentage: 101 }, ['extraTimePercentage']],
    ['extra time -5', { extraTimePercentage: -5 }, ['extraTimePercentage']],
    ['extra time 12.5', { extraTimePercentage: 12.5 }, ['extraTimePercentage']],
    ['extra time "30 %"', { extraTimePercentage: '30 %' }, []],
    ['bad e-mail', { resultRecipientEmail: 'rh@' }, ['resultRecipientEmail']],
    ['external id too long', { externalId: 'x'.repeat(256) }, ['externalId']],
  ] as [string, Partial<CandidateInput>, string[]][])('%s → %j', (_, change, fields) => {
    expect(checkCandidate({ ...base, ...change }, TODAY).problems.map((p) => p.field)).toEqual(fields);
  });

  it('normalises what it keeps', () => {
    const { candidate } = checkCandidate({ ...base, lastName: '  Du   Pont ', sex: 'f', birthCountry: 'france', resultRecipientEmail: 'RH@Example.NET', extraTimePercentage: '30' }, TODAY);
    expect(candidate).toMatchObject({ lastName: 'Du Pont', sex: 'F', birthCountry: 'FRANCE', resultRecipientEmail: 'rh@example.net', extraTimePercentage: 30, birthPostalCode: null });
  });

  it.each([
    [{ lastName: 'ÉTIENNE', firstName: 'Zoé' }, { lastName: 'etienne', firstName: 'ZOE' }, true],
    [{ lastName: 'CŒUR', firstName: 'Ana' }, { lastName: 'coeur', firstName: 'ana' }, true],
    [{ lastName: 'Martin', firstName: 'Léa' }, { lastName: 'Martin', firstName: 'Léo' }, false],
  ])('identity %j = %j: %s', (a, b, same) => {
    expect(candidateIdentity({ ...a, birthdate: '2008-01-01' }) === candidateIdentity({ ...b, birthdate: '2008-01-01' })).toBe(same);
  });

  it.each([
    [null, 0],
    ['', 0],
    ['0', 0],
    ['100', 100],
    ['33%', 33],
    ['101', null],
    ['dix', null],
  ])('extra time %j → %j', (typed, value) => {
    expect(parseExtraTime(typed)).toBe(value);
  });

  it.each([
    [0, 300, false],
    [299, 1, false],
    [299, 2, true],
    [0, 301, true],
  ])('capacity: %i enrolled + %i added over the limit: %s', (current, added, over) => {
    expect(exceedsSessionCapacity(current, added) !== null).toBe(over);
  });
});

describe('the candidates file, line by line', () => {
  const headers = CANDIDATES_FILE_COLUMNS.map((c) => c.header);
  const line = (overrides: Partial<Record<string, string>> = {}) => {
    const values: Record<string, string> = { lastName: 'DUPONT', firstName: 'Camille', birthdate: '14/02/1990', sex: 'F', birthInseeCode: '75115', birthCountry: 'FRANCE', ...overrides };
    return CANDIDATES_FILE_COLUMNS.map((c) => values[c.field] ?? '');
  };
  const check = (records: string[][], enrolled: string[] = [], maxCandidates?: number) =>
    checkCandidatesFile(records, { today: TODAY, enrolledIdentities: new Set(enrolled), maxCandidates });
  const problems = (records: string[][], enrolled: string[] = [], max?: number) =>
    check(records, enrolled, max).problems.map((p) => [p.line, p.field, p.key.split('.').pop()]);

  it.each([
    ['one good line', [headers, line()], []],
    ['headers in another case, without accents', [headers.map((h) => h.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')), line()], []],
    ['columns in another order', [[...headers].reverse(), [...line()].reverse()], []],
    ['blank lines skipped, numbers kept', [headers, ['', ''], line({ birthdate: '31/02/1990' })], [[3, 'birthdate', 'birthdate']]],
    ['a bad date', [headers, line({ birthdate: '1990-02-14x' })], [[2, 'birthdate', 'birthdate']]],
    ['an unknown country', [headers, line({ birthCountry: 'Narnia' })], [[2, 'birthCountry', 'countryUnknown']]],
    ['two problems on one line', [headers, line({ sex: 'H', birthInseeCode: '' })], [[2, 'sex', 'sex'], [2, 'birthInseeCode', 'franceBirthplace']]],
    ['a duplicate in the file', [headers, line(), line({ lastName: 'dupont', firstName: 'CAMILLE' })], [[3, null, 'duplicateInFile']]],
    ['a missing column', [headers.slice(1), line().slice(1)], [[1, null, 'headers']]],
    ['no candidate', [headers], [[null, null, 'noCandidate']]],
    ['an empty file', [], [[null, null, 'empty']]],
  ] as [string, string[][], unknown[]][])('%s', (_, records, expected) => {
    expect(problems(records)).toEqual(expected);
  });

  it('refuses a candidate already in the session', () => {
    expect(problems([headers, line()], ['dupont|camille|1990-02-14'])).toEqual([[2, null, 'alreadyEnrolled']]);
  });

  it('refuses more lines than the session has room for, before reading them', () => {
    const many = [headers, ...Array.from({ length: 5000 }, (_, i) => line({ lastName: `NOM${i}` }))];
    expect(check(many).problems).toEqual([{ line: null, field: null, key: 'certificationSessions.errors.file.tooManyLines', params: { count: 5000, max: 300 } }]);
    expect(problems([headers, line(), line({ lastName: 'AUTRE' })], ['x|y|2000-01-01'], 2)).toEqual([[null, null, 'tooManyLines']]);
  });

  it('gives back every candidate when all lines are right', () => {
    const result = check([headers, line(), line({ lastName: 'MARTIN', birthdate: '3/7/1985', extraTimePercentage: '30' })]);
    expect(result.candidates?.map((c) => [c.lastName, c.birthdate, c.extraTimePercentage])).toEqual([
      ['DUPONT', '1990-02-14', 0],
      ['MARTIN', '1985-07-03', 30],
    ]);
  });

  it.each([
    ['14/02/1990', '1990-02-14'],
    ['1/2/2001', '2001-02-01'],
    ['2001-02-01', '2001-02-01'],
  ])('date %s → %s', (typed, iso) => {
    expect(parseFrenchDate(typed)).toBe(iso);
  });
});
