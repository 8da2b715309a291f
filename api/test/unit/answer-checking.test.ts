import type { Challenge, Tolerance } from '../../src/learning-content/domain/learning-content';
import {
  applyT1,
  applyT2,
  canonicalNumber,
  checkAnswer,
  levenshtein,
  matchesDistinctGroups,
  matchesText,
  preTreat,
  SKIP_MARKER,
  type AnswerResultValue,
  type CheckableChallenge,
} from '../../src/evaluation/domain/answer-checking';

/** Answer checking (domain.md §1), table-driven like the real service's tests: input → expected output. */

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('the pre-treatment and the tolerances T1, T2', () => {
  it.each([
    [`pièce${NBSP}jointe`, 'pièce jointe'],
    [`25${NNBSP}000`, '25 000'],
    ['e\u0301le\u0300ve', 'élève'],
    ['déjà', 'déjà'],
  ])('pre-treats %j into %j (NFC, non-breaking spaces)', (input, output) => {
    expect(preTreat(input)).toBe(output);
  });

  it.each([
    ['a b c d e', 'abcde'],
    ['  ÉLÈVE  ', 'eleve'],
    ['Ça déçoit', 'cadecoit'],
    ['wîth àccénts êêê', 'withaccentseee'],
    ['Œuvre', 'œuvre'],
    ['Æther', 'æther'],
    ['l’école', 'l’ecole'],
    ['a\tb\nc', 'abc'],
  ])('T1 turns %j into %j', (input, output) => {
    expect(applyT1(input)).toBe(output);
  });

  it.each([
    ['?Allo?,:;.', 'Allo'],
    ['Shi-fu_mi', 'Shifumi'],
    ["l'objet", 'lobjet'],
    ['l’objet', 'lobjet'],
    ['Élève !', 'Élève'],
    ['a  -  b', 'a b'],
    ['« guillemets »', 'guillemets'],
    ['Ctrl+V', 'CtrlV'],
  ])('T2 turns %j into %j', (input, output) => {
    expect(applyT2(input)).toBe(output);
  });

  it.each([
    ['qvak', 'quak', 1],
    ['qvakes', 'quaks', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['cœur', 'coeur', 2],
  ])('counts a Levenshtein distance of %j to %j as %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
  });

  it.each([
    ['123,000', '123'],
    ['00025 000', '25000'],
    [`25${NNBSP}000`, '25000'],
    [`25${NBSP}000`, '25000'],
    ['1230', '1230'],
    ['4,5', '4.5'],
    ['4.50', '4.5'],
    [',5', '0.5'],
    ['-0', '0'],
    ['\u22123', '-3'],
    ['2176782336', '2176782336'],
    ['quatre', null],
    ['4,5:1', null],
    ['1.234,5', null],
    ['1e3', null],
    ['', null],
    // a unit after the number is ignored, if it holds no digit
    ['300 Mo', '300'],
    ['145 s', '145'],
    ['3 000 €', '3000'],
    ['12,5 °C', '12.5'],
    ['10 minutes', '10'],
    ['4 h 30', null],
    ['Mo 300', null],
  ])('reads the number %j as %j', (input, output) => {
    expect(canonicalNumber(input)).toBe(output);
  });
});

describe('matching a text against the accepted variants', () => {
  const none: Tolerance[] = [];
  it.each<[string, string, Tolerance[], boolean]>([
    // the examples of domain.md
    ['a b c d e', 'abcde', none, true],
    ['with accents eee', 'wîth àccénts êêê', none, true],
    ['0123456789', '1234567', none, false],
    ['ANSWER', 'answer', ['T1'], false],
    ['ANSWER', 'answer', none, true],
    ['quak', 'qvak', none, true],
    ['quaks', 'qvakes', none, false],
    ['?Allo?,:;.', 'Allo', none, true],
    ['Shi-fu_mi', 'Shifumi', none, true],
    ['Shi-fu_mi', 'Shifumi', ['T2', 'T3'], false],
    // T3 boundary: distance / length of the treated answer ≤ 0.25
    ['abcd', 'abce', none, true],
    ['abc', 'abd', none, false],
    ['abcdefgh', 'abcdefxy', none, true],
    ['abcdefg', 'abcdexy', none, false],
    ['quak', 'qvak', ['T3'], false],
    // French accents, cedillas, ligatures
    ['Francais', 'Français', none, true],
    ['GARÇON', 'garcon', none, true],
    ['Élève', 'élève', ['T1', 'T3'], false],
    ['Élève', 'élève', ['T1'], true],
    ['cœur', 'CŒUR', none, true],
    ['coeur', 'cœur', none, false],
    // apostrophes ' and ’
    ['l’objet', "l'objet", none, true],
    ["aujourd'hui", 'aujourd’hui', none, true],
    ['l’objet', "l'objet", ['T2'], true],
    ['l’objet', "l'objet", ['T2', 'T3'], false],
    ["droit d'accès", 'droit d’accès', ['T3'], true],
    // non-breaking spaces are plain spaces, whatever the tolerances
    [`pièce${NBSP}jointe`, 'pièce jointe', ['T1', 'T2', 'T3'], true],
    [`Madame,${NNBSP}Monsieur`, 'Madame, Monsieur', ['T1', 'T2', 'T3'], true],
    ['e\u0301le\u0300ve', 'élève', ['T1', 'T2', 'T3'], true],
    [`pièce${NNBSP}jointe`, 'piècejointe', ['T2', 'T3'], true],
    // spaces and punctuation
    ['  Bing  ', 'Bing', ['T1', 'T3'], true],
    // an answer is always trimmed, even with every tolerance off (a pasted link with a trailing space)
    ['https://youtu.be/Xk3?t=90 ', 'https://youtu.be/Xk3?t=90', ['T1', 'T2', 'T3'], true],
    ['\n\t https://youtu.be/Xk3?t=90\r\n', 'https://youtu.be/Xk3?t=90', ['T1', 'T2', 'T3'], true],
    [`${NBSP}=A1+B1${NNBSP}`, '=A1+B1', ['T1', 'T2', 'T3'], true],
    ['ab', ' ab ', ['T1', 'T2', 'T3'], true],
    // … but the inner spaces still count when T1 is off
    ['https://youtu.be/ Xk3', 'https://youtu.be/Xk3', ['T1', 'T2', 'T3'], false],
    ['Bing ', 'bing', ['T1', 'T2', 'T3'], false],
    ['pièce\tjointe\n', 'pièce jointe', none, true],
    ['Ctrl + V', 'Ctrl+V', ['T3'], true],
    ['#bénévolat', 'bénévolat', none, true],
    ['Ctrl+V', 'CtrlV', ['T2', 'T3'], false],
    // empty answers never match
    ['', 'abc', none, false],
    ['   ', 'x', none, false],
    ['!!!', '?', none, false],
  ])('%j for %j with %j off: %s', (answer, variant, off, expected) => {
    expect(matchesText(answer, [variant], off)).toBe(expected);
  });
});

const challenge = (overrides: Partial<Challenge>): CheckableChallenge => ({
  type: 'QROC',
  solution: [],
  fields: null,
  proposals: null,
  tolerancesOff: [],
  timer: null,
  ...overrides,
});

const qcu = challenge({ type: 'QCU', proposals: ['Firefox', 'Word', 'Chrome', 'Excel'], solution: '2' });
const qcm = challenge({ type: 'QCM', proposals: ['Firefox', 'Word', 'Chrome', 'Excel'], solution: '1,3' });
const qroc = challenge({ type: 'QROC', fields: [{ name: 'r', label: 'Réponse :' }], solution: ['pièce jointe', 'PJ'] });
const qrocNumber = challenge({ type: 'QROC', fields: [{ name: 'n', label: 'Nombre', format: 'nombre' }], solution: ['4,5', '4.5'] });
const qrocInteger = challenge({ type: 'QROC', fields: [{ name: 'n', label: 'Nombre', format: 'nombre' }], solution: ['123'] });
const qrocThousands = challenge({ type: 'QROC', fields: [{ name: 'n', label: 'Nombre', format: 'nombre' }], solution: ['25000'] });
const options = ['Madame, Monsieur,', 'Salut,', 'Coucou l’équipe,'];
const qrocSelect = challenge({ type: 'QROC', fields: [{ name: 's', label: 'Formule', format: 'select', options }], solution: ['Madame, Monsieur,'] });
const qrocmInd = challenge({
  type: 'QROCM-ind',
  fields: [
    { name: 'ville', label: 'Ville' },
    { name: 'annee', label: 'Année', format: 'nombre' },
    { name: 'appel', label: 'Formule d’appel :', format: 'select', options },
  ],
  solution: { ville: ['Besançon'], annee: ['1 789'], appel: ['Madame, Monsieur,'] },
});
const qrocmDep = challenge({
  type: 'QROCM-dep',
  fields: [
    { name: 'moteur1', label: 'Moteur 1' },
    { name: 'moteur2', label: 'Moteur 2' },
  ],
  solution: [['Bing', 'Microsoft Bing'], ['Qwant'], ['DuckDuckGo', 'Duck Duck Go'], ['Ecosia']],
});
const qrocmDepNumbers = challenge({
  type: 'QROCM-dep',
  fields: [
    { name: 'n1', label: 'n (1)', format: 'nombre' },
    { name: 'n2', label: 'n (2)', format: 'nombre' },
  ],
  solution: [['6'], ['8'], ['10']],
});
const qrocmDepGreedyTrap = challenge({
  type: 'QROCM-dep',
  fields: [
    { name: 'a', label: 'A' },
    { name: 'b', label: 'B' },
  ],
  solution: [['Bingo'], ['Bing']],
});
const dep = (a: string, b: string) => JSON.stringify({ moteur1: a, moteur2: b });
const ind = (ville: string, annee: string, appel: string) => JSON.stringify({ ville, annee, appel });

describe('checking an answer, type by type', () => {
  it.each<[string, string, AnswerResultValue, CheckableChallenge]>([
    ['QCU', '2', 'ok', qcu],
    ['QCU', ' 2 ', 'ok', qcu],
    ['QCU', '3', 'ko', qcu],
    ['QCU', '2,3', 'ko', qcu],
    ['QCU', 'Word', 'ko', qcu],
    ['QCU', '', 'ko', qcu],
    ['QCM', '1,3', 'ok', qcm],
    ['QCM', '3,1', 'ok', qcm],
    ['QCM', ' 3 , 1 ', 'ok', qcm],
    ['QCM', '1', 'ko', qcm],
    ['QCM', '1,2,3', 'ko', qcm],
    ['QCM', '1,1,3', 'ko', qcm],
    ['QCM', '1,,3', 'ko', qcm],
    ['QCM', '', 'ko', qcm],
    ['QROC', 'Pièce jointe', 'ok', qroc],
    ['QROC', 'pieces jointes', 'ok', qroc],
    ['QROC', 'pj', 'ok', qroc],
    ['QROC', 'objet', 'ko', qroc],
    ['QROC', '', 'ko', qroc],
    ['QROC nombre', '123,000', 'ok', qrocInteger],
    ['QROC nombre', '1230', 'ko', qrocInteger],
    ['QROC nombre', '0123', 'ok', qrocInteger],
    ['QROC nombre', '124', 'ko', qrocInteger],
    ['QROC nombre', '00025 000', 'ok', qrocThousands],
    ['QROC nombre', `25${NNBSP}000`, 'ok', qrocThousands],
    ['QROC nombre', `25${NBSP}000`, 'ok', qrocThousands],
    ['QROC nombre', '2500', 'ko', qrocThousands],
    ['QROC nombre', '4,5', 'ok', qrocNumber],
    ['QROC nombre', '4.5', 'ok', qrocNumber],
    ['QROC nombre', '4,50', 'ok', qrocNumber],
    ['QROC nombre', '45', 'ko', qrocNumber],
    ['QROC nombre', '4,5:1', 'ko', qrocNumber],
    ['QROC nombre', 'quatre et demi', 'ko', qrocNumber],
    ['QROC select', 'Madame, Monsieur,', 'ok', qrocSelect],
    ['QROC select', 'madame, monsieur,', 'ko', qrocSelect],
    ['QROC select', 'Madame, Monsieur', 'ko', qrocSelect],
    ['QROC select', `Madame,${NBSP}Monsieur,`, 'ok', qrocSelect],
    ['QROC select', ' Madame, Monsieur,\n', 'ok', qrocSelect],
    ['QROCM-ind', ind('Besançon', '1789', 'Madame, Monsieur,'), 'ok', qrocmInd],
    ['QROCM-ind', ind('besancon', '1 789', 'Madame, Monsieur,'), 'ok', qrocmInd],
    ['QROCM-ind', ind('Besanson', `1${NNBSP}789,0`, 'Madame, Monsieur,'), 'ok', qrocmInd],
    ['QROCM-ind', ind('Besançon', '1788', 'Madame, Monsieur,'), 'ko', qrocmInd],
    ['QROCM-ind', ind('Dijon', '1789', 'Madame, Monsieur,'), 'ko', qrocmInd],
    ['QROCM-ind', ind('Besançon', '1789', 'Salut,'), 'ko', qrocmInd],
    ['QROCM-ind', ind('Besançon', '1789', ''), 'ko', qrocmInd],
    ['QROCM-ind', JSON.stringify({ ville: 'Besançon', annee: '1789' }), 'ko', qrocmInd],
    ['QROCM-ind', 'Besançon, 1789', 'ko', qrocmInd],
    ['QROCM-ind', JSON.stringify({ ville: 'Besançon', annee: 1789, appel: 'Madame, Monsieur,' }), 'ko', qrocmInd],
    ['QROCM-dep', dep('Bing', 'Qwant'), 'ok', qrocmDep],
    ['QROCM-dep', dep('Qwant', 'Bing'), 'ok', qrocmDep],
    ['QROCM-dep', dep('Écosia', 'duck duck go'), 'ok', qrocmDep],
    ['QROCM-dep', dep('Ecosiaa', 'Qwant'), 'ok', qrocmDep],
    ['QROCM-dep', dep('Bing', 'Bing'), 'ko', qrocmDep],
    ['QROCM-dep', dep('Bing', 'bing !'), 'ko', qrocmDep],
    ['QROCM-dep', dep('Bing', 'Microsoft Bing'), 'ko', qrocmDep],
    ['QROCM-dep', dep('DuckDuckGo', 'Duck Duck Go'), 'ko', qrocmDep],
    ['QROCM-dep', dep('Bing', ''), 'ko', qrocmDep],
    ['QROCM-dep', dep('Bing', 'Google'), 'ko', qrocmDep],
    ['QROCM-dep', dep('Qwnat', 'Bing'), 'ko', qrocmDep],
    ['QROCM-dep', JSON.stringify({ moteur1: 'Bing' }), 'ko', qrocmDep],
    ['QROCM-dep nombre', JSON.stringify({ n1: '6', n2: '8' }), 'ok', qrocmDepNumbers],
    ['QROCM-dep nombre', JSON.stringify({ n1: '10,0', n2: '06' }), 'ok', qrocmDepNumbers],
    ['QROCM-dep nombre', JSON.stringify({ n1: '6', n2: '06' }), 'ko', qrocmDepNumbers],
    ['QROCM-dep nombre', JSON.stringify({ n1: '6', n2: '7' }), 'ko', qrocmDepNumbers],
    ['QROCM-dep, an answer fitting two groups', JSON.stringify({ a: 'Bingo', b: 'Bingos' }), 'ok', qrocmDepGreedyTrap],
  ])('%s: %j → %s', (_, value, expected, c) => {
    expect(checkAnswer(c, value)).toBe(expected);
  });

  it('gives every answer its own group (a matching, not a greedy choice)', () => {
    expect(matchesDistinctGroups([[0, 1], [0]])).toBe(true);
    expect(matchesDistinctGroups([[0], [0]])).toBe(false);
    expect(matchesDistinctGroups([[0, 1], [0, 1], [1]])).toBe(false);
    expect(matchesDistinctGroups([[], [0]])).toBe(false);
  });
});

describe('skipped and timed-out answers', () => {
  const timed = challenge({ ...qroc, timer: 60 });
  const timedQcu = challenge({ ...qcu, timer: 30 });

  it.each<[string, AnswerResultValue, CheckableChallenge, string, number | undefined]>([
    ['in time', 'ok', timed, 'PJ', 30],
    ['exactly at the timer', 'ok', timed, 'PJ', 60],
    ['late and correct', 'timed-out', timed, 'PJ', 61],
    ['late and wrong', 'ko', timed, 'objet', 90],
    ['late and skipped', 'skipped', timed, SKIP_MARKER, 90],
    ['without a measured time', 'ok', timed, 'PJ', undefined],
    ['late on a QCU', 'timed-out', timedQcu, '2', 45],
    ['late on a challenge without timer', 'ok', qroc, 'PJ', 3600],
  ])('%s → %s', (_, expected, c, value, elapsedSeconds) => {
    expect(checkAnswer(c, value, { elapsedSeconds })).toBe(expected);
  });

  it.each([
    ['QCU', qcu],
    ['QCM', qcm],
    ['QROC', qroc],
    ['QROC nombre', qrocNumber],
    ['QROC select', qrocSelect],
    ['QROCM-ind', qrocmInd],
    ['QROCM-dep', qrocmDep],
  ])('skips a %s with the skip marker; an empty value is ko', (_, c) => {
    expect(checkAnswer(c, SKIP_MARKER)).toBe('skipped');
    expect(checkAnswer(c, ` ${SKIP_MARKER} `)).toBe('skipped');
    expect(checkAnswer(c, '')).toBe('ko');
  });
});
