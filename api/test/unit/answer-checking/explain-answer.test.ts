import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../../src/learning-content/infrastructure/release-files';
import { checkAnswer, exampleCorrectAnswer, explainAnswer, readSolutionText, textMatch } from '../../../src/evaluation/domain/answer-checking';
import { BadUserInputError } from '../../../src/shared/domain/errors';
import { translate } from '../../../src/shared/i18n/translate';

/**
 * Pix Admin's "Essayer" and answer sandbox: the checker of real answers explained (which variant,
 * which tolerance), and solutions written as in the content files, refused naming the line.
 */

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return { field: error.field, message: translate(error.messageKey, error.params, 'fr') };
    throw error;
  }
  throw new Error('not refused');
};

describe('the answer explained', () => {
  it('names the lightest tolerance that made a text match', () => {
    expect(textMatch('Paris', ['Paris'])).toEqual({ variant: 'Paris', tolerance: 'EXACT' });
    expect(textMatch(' paris ', ['Paris'])).toEqual({ variant: 'Paris', tolerance: 'T1' });
    expect(textMatch('Paris !', ['Paris'])).toEqual({ variant: 'Paris', tolerance: 'T2' });
    expect(textMatch('Parys', ['Lyon', 'Paris'])).toEqual({ variant: 'Paris', tolerance: 'T3' });
    expect(textMatch('Parys', ['Paris'], ['T3'])).toBeNull();
    expect(textMatch('paris', ['Paris'], ['T1', 'T3'])).toBeNull();
  });

  it('gives the same verdict as checkAnswer on every example, mustAccept and mustRefuse answer of the release', () => {
    const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);
    const disagreements = release.challenges.flatMap((c) =>
      [exampleCorrectAnswer(c), '1,3', ...(c.answerChecks?.accept ?? []), ...(c.answerChecks?.refuse ?? [])].flatMap((value) => {
        const { result, details } = explainAnswer(c, value);
        const allMatched = details.length > 0 && details.every((d) => d.matched);
        return result !== checkAnswer(c, value) || (result === 'ok') !== allMatched ? [`${c.id}: ${value}`] : [];
      }),
    );
    expect(disagreements).toEqual([]);
  });

  it('details a QROCM-dep: the group each field took, and the same answer twice refused', () => {
    const challenge = readSolutionText({
      type: 'QROCM-dep',
      solution: '[["rouge", "red"], ["vert", "green"], ["bleu"]]',
      fields: '[{"name": "a", "label": "Couleur 1"}, {"name": "b", "label": "Couleur 2"}]',
    });
    const ok = explainAnswer(challenge, '{"a": "Bleu", "b": "red"}');
    expect(ok.result).toBe('ok');
    expect(ok.details.map((d) => [d.field, d.group, d.variant, d.tolerance])).toEqual([
      ['a', 3, 'bleu', 'T1'],
      ['b', 1, 'red', 'EXACT'],
    ]);
    const twice = explainAnswer(challenge, '{"a": "rouge", "b": "Rouge"}');
    expect([twice.result, twice.problem]).toEqual(['ko', 'SAME_ANSWER_TWICE']);
  });

  it('details a QCM proposal by proposal', () => {
    const explained = explainAnswer(readSolutionText({ type: 'QCM', solution: '"1,3"' }), '1,2');
    expect(explained.result).toBe('ko');
    expect(explained.details.map((d) => [d.field, d.answer, d.expected, d.matched])).toEqual([
      ['1', '1', ['1'], true],
      ['2', '2', [], false],
      ['3', null, ['3'], false],
    ]);
  });
});

describe('a solution written as in the content files', () => {
  it('reads every type, with the tolerances turned off', () => {
    const qroc = readSolutionText({ type: 'QROC', solution: '[\n  "Paris",\n  "paris.fr"\n]', tolerancesOff: ['T3'] });
    expect(explainAnswer(qroc, 'PARIS').result).toBe('ok');
    expect(explainAnswer(qroc, 'Parys').result).toBe('ko');
    const ind = readSolutionText({ type: 'QROCM-ind', solution: '{"ville": ["Paris"], "pays": ["France"]}' });
    expect(explainAnswer(ind, '{"ville": "paris", "pays": "France"}').result).toBe('ok');
    expect(explainAnswer(readSolutionText({ type: 'QCU', solution: '"2"' }), '2').result).toBe('ok');
    const number = readSolutionText({ type: 'QROC', solution: '["3000"]', fields: '[{"name": "n", "label": "Nombre", "format": "nombre"}]' });
    expect(explainAnswer(number, '3 000 €').details[0].tolerance).toBe('NUMBER');
  });

  it('refuses a solution that does not parse, naming the line', () => {
    expect(refusal(() => readSolutionText({ type: 'QROC', solution: '[\n  "Paris",\n  "Lyon"\n  "Marseille"\n]' }))).toEqual({
      field: 'solution',
      message: 'Solution, ligne 4 : « " » est inattendu ici ; vérifiez les guillemets droits ("), les virgules et les crochets.',
    });
    expect(refusal(() => readSolutionText({ type: 'QROC', solution: '[\n  "Paris",\n  "Lyon"' })).message).toMatch(/^Solution, ligne 3 : le texte s'arrête trop tôt/);
  });

  it('refuses a solution that does not fit its type, naming the line and what to write', () => {
    expect(refusal(() => readSolutionText({ type: 'QROC', solution: '{"ville": ["Paris"]}' })).message).toMatch(/^Solution, ligne 1 : une QROC attend une liste/);
    expect(refusal(() => readSolutionText({ type: 'QROC', solution: '[\n  "Paris",\n  ""\n]' })).message).toMatch(/^Solution, ligne 3 : chaque variante/);
    expect(refusal(() => readSolutionText({ type: 'QCU', solution: '"1,2"' })).message).toMatch(/une QCU attend le numéro/);
    expect(
      refusal(() => readSolutionText({ type: 'QROCM-ind', solution: '{\n  "ville": ["Paris"],\n  "pays": ["France"]\n}', fields: '[{"name": "ville", "label": "V"}, {"name": "region", "label": "R"}]' })),
    ).toEqual({ field: 'solution', message: "Solution, ligne 3 : « pays » n'est pas un champ ; les champs sont : ville, region." });
    expect(refusal(() => readSolutionText({ type: 'QROCM-dep', solution: '[["a"], ["b"]]' }))).toMatchObject({ field: 'fields' });
    expect(refusal(() => readSolutionText({ type: 'QROC', solution: '["a"]', fields: '[\n {"name": "a", "label": "A"},\n {"label": "B"}\n]' })).message).toMatch(/^Champs, ligne 3 :/);
    expect(translate('contentAdmin.solution.qroc', { line: 2 }, 'en')).toMatch(/^Solution, line 2: a QROC expects/);
  });
});
