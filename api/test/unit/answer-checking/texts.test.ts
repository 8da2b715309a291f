import type { Challenge } from '../../../src/learning-content/domain/learning-content';
import {
  answerText,
  checkAnswer,
  exampleCorrectAnswer,
  expectedAnswerText,
  isWellFormedValue,
  SKIP_MARKER,
  type CheckableChallenge,
} from '../../../src/evaluation/domain/answer-checking';

/** The values a learner may send, the example answer, and the texts of the checkpoint ("Réponses et tutos"). */

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
const qcm = challenge({ type: 'QCM', proposals: ['Firefox', 'Word', 'Chrome', 'Excel'], solution: '3, 1' });
const qroc = challenge({ type: 'QROC', fields: [{ name: 'r', label: 'Réponse :' }], solution: ['pièce jointe', 'PJ'] });
const qrocmInd = challenge({
  type: 'QROCM-ind',
  fields: [
    { name: 'colonnes', label: 'Nombre de colonnes', format: 'nombre' },
    { name: 'conforme', label: 'Conforme au niveau AA ?', format: 'select', options: ['Oui', 'Non'] },
  ],
  solution: { colonnes: ['4,5', '4.5'], conforme: ['Non'] },
});
const qrocmDep = challenge({
  type: 'QROCM-dep',
  fields: [
    { name: 'personne1', label: 'Prénom :' },
    { name: 'personne2', label: 'Prénom :' },
  ],
  solution: [['Chloé', 'chloe@exemple.fr'], ['David', 'david@exemple.fr'], ['Inès']],
});
const json = (value: Record<string, unknown>) => JSON.stringify(value);

describe('whether a value is well formed', () => {
  it.each<[string, CheckableChallenge, string, boolean]>([
    ['QCU', qcu, '2', true],
    ['QCU', qcu, ' 4 ', true],
    ['QCU', qcu, SKIP_MARKER, true],
    ['QCU', qcu, '5', false],
    ['QCU', qcu, '0', false],
    ['QCU', qcu, '1,2', false],
    ['QCU', qcu, 'Word', false],
    ['QCU', qcu, '', false],
    ['QCM', qcm, '1,3', true],
    ['QCM', qcm, '3, 1, 2', true],
    ['QCM', qcm, '1', true],
    ['QCM', qcm, '1,1', false],
    ['QCM', qcm, '1,9', false],
    ['QCM', qcm, '1;3', false],
    ['QROC', qroc, 'n’importe quoi', true],
    ['QROC', qroc, '', true],
    ['QROC', qroc, 'x'.repeat(5000), true],
    ['QROC', qroc, 'x'.repeat(5001), false],
    ['QROCM-ind', qrocmInd, json({ colonnes: '4', conforme: 'Oui' }), true],
    ['QROCM-ind', qrocmInd, json({ colonnes: '', conforme: '' }), true],
    ['QROCM-ind', qrocmInd, SKIP_MARKER, true],
    ['QROCM-ind', qrocmInd, json({ colonnes: '4' }), false],
    ['QROCM-ind', qrocmInd, json({ colonnes: '4', conforme: 'Oui', autre: 'x' }), false],
    ['QROCM-ind', qrocmInd, json({ colonnes: 4, conforme: 'Oui' }), false],
    ['QROCM-ind', qrocmInd, '["4","Oui"]', false],
    ['QROCM-ind', qrocmInd, 'null', false],
    ['QROCM-ind', qrocmInd, '4, Oui', false],
    ['QROCM-dep', qrocmDep, json({ personne1: 'Chloé', personne2: 'x'.repeat(5000) }), false],
    ['QROCM-dep', qrocmDep, json({ personne1: 'Chloé', personne2: 'David' }), true],
  ])('%s: %j → %s', (_, c, value, expected) => {
    expect(isWellFormedValue(c, value)).toBe(expected);
  });
});

describe('the example correct answer', () => {
  it.each<[string, CheckableChallenge, string]>([
    ['QCU', qcu, '2'],
    ['QCM', qcm, '1,3'],
    ['QROC', qroc, 'pièce jointe'],
    ['QROCM-ind', qrocmInd, json({ colonnes: '4,5', conforme: 'Non' })],
    ['QROCM-dep', qrocmDep, json({ personne1: 'Chloé', personne2: 'David' })],
  ])('of a %s is %s, and it is ok and well formed', (_, c, expected) => {
    expect(exampleCorrectAnswer(c)).toBe(expected);
    expect(checkAnswer(c, expected)).toBe('ok');
    expect(isWellFormedValue(c, expected)).toBe(true);
  });

  it('takes a QROCM-dep answer from each group only once, even when groups share a variant', () => {
    const c = challenge({ ...qrocmDep, solution: [['LibreOffice'], ['LibreOffice', 'Writer']] });
    expect(exampleCorrectAnswer(c)).toBe(json({ personne1: 'LibreOffice', personne2: 'Writer' }));
    expect(checkAnswer(c, exampleCorrectAnswer(c))).toBe('ok');
  });
});

describe('the texts of the checkpoint', () => {
  it.each<[string, CheckableChallenge, string]>([
    ['QCU', qcu, 'Word'],
    ['QCM', qcm, 'Firefox\nChrome'],
    ['QROC', qroc, 'pièce jointe'],
    ['QROCM-ind', qrocmInd, 'Nombre de colonnes : 4,5\nConforme au niveau AA ? : Non'],
    ['QROCM-dep', qrocmDep, 'Prénom : Chloé\nPrénom : David'],
  ])('the expected answer of a %s reads %j', (_, c, expected) => {
    expect(expectedAnswerText(c)).toBe(expected);
  });

  it.each<[string, CheckableChallenge, string, string]>([
    ['QCU', qcu, '3', 'Chrome'],
    ['QCM', qcm, '4,2', 'Word\nExcel'],
    ['QROC', qroc, 'une pièce jointe', 'une pièce jointe'],
    ['QROCM-ind', qrocmInd, json({ colonnes: '3', conforme: 'Oui' }), 'Nombre de colonnes : 3\nConforme au niveau AA ? : Oui'],
    ['QROCM-dep', qrocmDep, json({ personne2: 'Inès', personne1: 'Léa' }), 'Prénom : Léa\nPrénom : Inès'],
    ['QROCM-dep', qrocmDep, json({ personne1: 'Léa' }), 'Prénom : Léa\nPrénom : '],
    ['QCU', qcu, SKIP_MARKER, 'Vous avez passé cette question.'],
    ['QROCM-ind', qrocmInd, SKIP_MARKER, 'Vous avez passé cette question.'],
    ['QCU, an index out of the proposals', qcu, '9', '9'],
    ['QROCM-ind, not JSON', qrocmInd, 'trois', 'trois'],
  ])('the answer to a %s %j reads %j', (_, c, value, expected) => {
    expect(answerText(c, value)).toBe(expected);
  });
});
