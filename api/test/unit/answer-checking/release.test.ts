import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../../src/learning-content/infrastructure/release-files';
import type { Challenge, ChallengeField } from '../../../src/learning-content/domain/learning-content';
import {
  answerKey,
  answerText,
  checkAnswer,
  exampleCorrectAnswer,
  expectedAnswerText,
  isWellFormedValue,
  matchesField,
  SKIP_MARKER,
} from '../../../src/evaluation/domain/answer-checking';

/**
 * Every challenge of the real release against the tolerances its writers relied on: its example
 * answer and every listed variant are ok, the skip marker is skipped, a wrong index is ko.
 * Each test lists the failing challenges, so that content can be fixed where the data is wrong.
 */

const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);
const ofType = (...types: Challenge['type'][]) => release.challenges.filter((c) => types.includes(c.type));
const groupsOf = (c: Challenge) => c.solution as string[][];
const variantsOf = (c: Challenge, name: string) => (c.solution as Record<string, string[]>)[name];

/** Values that put one listed variant in one field, the other fields holding answers known to be right. */
function variantValues(c: Challenge): { variant: string; value: string }[] {
  const fields = c.fields ?? [];
  if (c.type === 'QROC') return (c.solution as string[]).map((variant) => ({ variant, value: variant }));
  const example = JSON.parse(exampleCorrectAnswer(c)) as Record<string, string>;
  if (c.type === 'QROCM-ind')
    return fields.flatMap((f) => variantsOf(c, f.name).map((variant) => ({ variant, value: JSON.stringify({ ...example, [f.name]: variant }) })));
  // QROCM-dep: the variant in the first field, the other fields from other groups.
  const [first, ...others] = fields;
  return groupsOf(c).flatMap((group, g) =>
    group.map((variant) => {
      const answers: Record<string, string> = { [first.name]: variant };
      const used = new Set([answerKey(first, variant, c.tolerancesOff)]);
      const otherGroups = groupsOf(c).filter((_, h) => h !== g);
      for (const field of others) {
        const index = otherGroups.findIndex((other) => other.some((v) => !used.has(answerKey(field, v, c.tolerancesOff))));
        const [other] = index >= 0 ? otherGroups.splice(index, 1) : [[]];
        answers[field.name] = other.find((v) => !used.has(answerKey(field, v, c.tolerancesOff))) ?? '';
        used.add(answerKey(field, answers[field.name], c.tolerancesOff));
      }
      return { variant, value: JSON.stringify(answers) };
    }),
  );
}

describe('the real content release under answer checking', () => {
  it('has challenges of every type to check', () => {
    expect(release.challenges.length).toBeGreaterThan(300);
    expect(new Set(release.challenges.map((c) => c.type)).size).toBe(5);
  });

  it('accepts the example correct answer of every challenge, well formed', () => {
    const failures = release.challenges
      .filter((c) => checkAnswer(c, exampleCorrectAnswer(c)) !== 'ok' || !isWellFormedValue(c, exampleCorrectAnswer(c)))
      .map((c) => `${c.id}: ${exampleCorrectAnswer(c)}`);
    expect(failures).toEqual([]);
  });

  it('accepts every listed variant of every open challenge', () => {
    const failures = ofType('QROC', 'QROCM-ind', 'QROCM-dep').flatMap((c) =>
      variantValues(c)
        .filter(({ value }) => checkAnswer(c, value) !== 'ok')
        .map(({ variant, value }) => `${c.id}: ${JSON.stringify(variant)} in ${value}`),
    );
    expect(failures).toEqual([]);
  });

  it('skips every challenge with the skip marker, and refuses an empty answer', () => {
    const failures = release.challenges
      .filter((c) => checkAnswer(c, SKIP_MARKER) !== 'skipped' || checkAnswer(c, '') !== 'ko' || !isWellFormedValue(c, SKIP_MARKER))
      .map((c) => c.id);
    expect(failures).toEqual([]);
  });

  it('gives ko to every wrong choice of a QCU and to a partial or extended choice of a QCM', () => {
    const failures: string[] = [];
    for (const c of ofType('QCU', 'QCM')) {
      const expected = String(c.solution).split(',').map((s) => Number(s.trim()));
      const all = c.proposals!.map((_, i) => i + 1);
      const others = all.filter((i) => !expected.includes(i));
      const wrong =
        c.type === 'QCU'
          ? others.map(String)
          : [expected.slice(1).join(','), ...others.map((i) => [...expected, i].join(',')), ...others.map(String)];
      for (const value of wrong) if (checkAnswer(c, value) !== 'ko') failures.push(`${c.id}: ${value}`);
      if (isWellFormedValue(c, String(all.length + 1))) failures.push(`${c.id}: index ${all.length + 1} well formed`);
    }
    expect(failures).toEqual([]);
  });

  it('times out a late correct answer to every timed challenge, and only a correct one', () => {
    const timed = release.challenges.filter((c) => c.timer);
    expect(timed.length).toBeGreaterThan(0);
    const failures = timed
      .filter((c) => {
        const late = { elapsedSeconds: c.timer! + 1 };
        return (
          checkAnswer(c, exampleCorrectAnswer(c), late) !== 'timed-out' ||
          checkAnswer(c, exampleCorrectAnswer(c), { elapsedSeconds: c.timer! }) !== 'ok' ||
          checkAnswer(c, SKIP_MARKER, late) !== 'skipped'
        );
      })
      .map((c) => c.id);
    expect(failures).toEqual([]);
  });

  it('reads the example answer on the checkpoint as the expected answer', () => {
    const failures = release.challenges
      .filter((c) => c.type !== 'QROC' && answerText(c, exampleCorrectAnswer(c)) !== expectedAnswerText(c))
      .map((c) => c.id);
    expect(failures).toEqual([]);
    for (const c of release.challenges) expect(expectedAnswerText(c).trim()).not.toBe('');
  });

  /**
   * Known data conflicts, reported to content (not edited here): a variant of one QROCM-dep group that
   * T3 also accepts for another group, so that two answers of the same kind can pass as two
   * ("virus informatique" ~ "ver informatique", "droit de rectification" ~ "droit de réclamation").
   * Remove an entry once its content is fixed; a new conflict fails the test.
   */
  const KNOWN_GROUP_OVERLAPS = ['logicielMalveillant3-a', 'logicielMalveillant3-b', 'donneesPersonnelles4-a', 'donneesPersonnelles4-b'];

  it('has no QROCM-dep variant accepted by two groups, but for the known conflicts', () => {
    const overlaps = ofType('QROCM-dep').flatMap((c) => {
      const field: ChallengeField = c.fields![0];
      return groupsOf(c).flatMap((group, g) =>
        group.flatMap((variant) =>
          groupsOf(c).some((other, h) => h !== g && matchesField(field, variant, other, c.tolerancesOff))
            ? [`${c.id}: ${JSON.stringify(variant)}`]
            : [],
        ),
      );
    });
    const unknown = overlaps.filter((o) => !KNOWN_GROUP_OVERLAPS.includes(o.split(':')[0]));
    expect(unknown).toEqual([]);
  });
});
