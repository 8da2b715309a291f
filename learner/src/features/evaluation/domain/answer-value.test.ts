import { qcm, qcu, qrocmDep, qrocmInd, qrocText } from '../../../testing/evaluation-fixtures';
import { answerValue, hasAnswer, SKIP_VALUE } from './answer-value';

describe('answer values (domain.md syntax)', () => {
  it.each([
    ['QCU', qcu, { selected: [2], texts: {} }, '2'],
    ['QCM sorted', qcm, { selected: [3, 1], texts: {} }, '1,3'],
    ['QCM without duplicates', qcm, { selected: [4, 1, 4], texts: {} }, '1,4'],
    ['QROC', qrocText, { selected: [], texts: { extension: " l'odt " } }, " l'odt "],
    ['QROCM-ind', qrocmInd, { selected: [], texts: { extension: 'odt', nom: 'été' } }, '{"nom":"été","extension":"odt"}'],
    ['QROCM-dep with an empty field', qrocmDep, { selected: [], texts: { navigateur1: 'Firefox' } }, '{"navigateur1":"Firefox","navigateur2":""}'],
  ])('%s', (_name, challenge, draft, expected) => {
    expect(answerValue(challenge, draft)).toBe(expected);
  });

  it('needs something entered before "Je valide"', () => {
    expect(hasAnswer(qcu, { selected: [], texts: {} })).toBe(false);
    expect(hasAnswer(qcm, { selected: [2], texts: {} })).toBe(true);
    expect(hasAnswer(qrocText, { selected: [], texts: { extension: ' \u00a0 ' } })).toBe(false);
    expect(hasAnswer(qrocmInd, { selected: [], texts: { nom: 'x' } })).toBe(true);
  });

  it('skips with #ABAND#', () => {
    expect(SKIP_VALUE).toBe('#ABAND#');
  });
});
