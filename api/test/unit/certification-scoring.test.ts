import { bandOf, competenceOutcome, type CompetenceOutcome } from '../../src/certification/results/domain/scoring-table';
import { scoreCertification, type PositionedCompetence, type QuestionResult, type ScoredQuestion } from '../../src/certification/results/domain/scoring';
import { generateVerificationCode, normalizeVerificationCode, VERIFICATION_CODE_PATTERN } from '../../src/certification/results/domain/verification-code';

/** domain.md §7, as printed there: C,K,N → outcome for R ≥ 80, 70 ≤ R < 80, R < 70. */
const DOMAIN_TABLE: Array<[string, CompetenceOutcome, CompetenceOutcome, CompetenceOutcome]> = [
  ['3,3,0', 'V', 'V', 'V'],
  ['3,2,0', 'V', 'D', 'D'],
  ['3,2,1', 'V', 'V', 'V'],
  ['3,1,0', 'U', 'U', 'U'],
  ['3,1,1', 'V', 'D', 'U'],
  ['3,1,2', 'V', 'V', 'D'],
  ['3,0,0', 'U', 'U', 'U'],
  ['3,0,1', 'U', 'U', 'U'],
  ['3,0,2', 'U', 'U', 'U'],
  ['3,0,3', 'U', 'U', 'U'],
  ['2,2,0', 'V', 'V', 'V'],
  ['2,1,0', 'V', 'D', 'U'],
  ['2,1,1', 'V', 'V', 'D'],
  ['2,0,0', 'U', 'U', 'U'],
  ['2,0,1', 'U', 'U', 'U'],
  ['2,0,2', 'U', 'U', 'U'],
  ['1,1,0', 'V', 'V', 'D'],
  ['1,0,0', 'U', 'U', 'U'],
  ['1,0,1', 'U', 'U', 'U'],
];

describe('the v2 scoring table, row by row, at each band of R', () => {
  it.each(DOMAIN_TABLE)('C,K,N = %s gives %s (R ≥ 80), %s (70 ≤ R < 80), %s (R < 70)', (key, high, medium, low) => {
    const [c, k, n] = key.split(',').map(Number);
    expect([competenceOutcome(c, k, n, 'HIGH'), competenceOutcome(c, k, n, 'MEDIUM'), competenceOutcome(c, k, n, 'LOW')]).toEqual([high, medium, low]);
  });

  it('leaves uncertified a competence for which no question could be chosen', () => {
    expect(competenceOutcome(0, 0, 0, 'HIGH')).toBe('U');
  });

  it('refuses a combination no test can produce instead of guessing', () => {
    expect(() => competenceOutcome(4, 3, 0, 'HIGH')).toThrow(/no scoring rule/);
    expect(() => competenceOutcome(2, 2, 1, 'HIGH')).toThrow(/no scoring rule/);
  });
});

describe('the bands of the reproducibility rate, at their boundaries', () => {
  it.each([
    [12, 15, 'HIGH'], // exactly 80 %
    [79, 100, 'MEDIUM'],
    [14, 20, 'MEDIUM'], // exactly 70 %
    [69, 100, 'LOW'],
    [1, 3, 'LOW'],
    [15, 15, 'HIGH'],
  ] as const)('%i correct out of %i is %s', (correct, counted, band) => {
    expect(bandOf(correct, counted)).toBe(band);
  });
});

/** A test: for each competence, its questions' results in order ('n' marks a neutralised wrong answer, 'N' a neutralised right one). */
function questionsOf(plan: Record<string, string>): ScoredQuestion[] {
  const results: Record<string, QuestionResult> = { o: 'ok', k: 'ko', s: 'skipped', u: 'unanswered', n: 'ko', N: 'ok' };
  return Object.entries(plan).flatMap(([competenceId, letters]) =>
    [...letters].map((letter) => ({ competenceId, result: results[letter], isNeutralized: letter === 'n' || letter === 'N' })),
  );
}

function profileOf(levels: Record<string, number>): PositionedCompetence[] {
  return Object.entries(levels).map(([competenceId, level]) => ({ competenceId, level, pix: level * 8 + 3 }));
}

const FIVE = { c11: 3, c12: 2, c21: 4, c31: 1, c41: 5 };

describe('scoring a certification', () => {
  it('validates every competence at its level when every answer is right', () => {
    const score = scoreCertification(questionsOf({ c11: 'ooo', c12: 'ooo', c21: 'ooo', c31: 'ooo', c41: 'ooo' }), profileOf(FIVE));
    expect(score).toMatchObject({ status: 'VALIDATED', reason: null, correct: 15, counted: 15, reproducibilityRate: 1, band: 'HIGH' });
    expect(score.competenceMarks.map((mark) => [mark.competenceId, mark.outcome, mark.level, mark.pix])).toEqual([
      ['c11', 'V', 3, 27],
      ['c12', 'V', 2, 19],
      ['c21', 'V', 4, 35],
      ['c31', 'V', 1, 11],
      ['c41', 'V', 5, 43],
    ]);
    expect(score.pixScore).toBe(27 + 19 + 35 + 11 + 43);
  });

  it('downgrades a competence with 2 right of 3 when R is between 70 and 80 %: one level and 8 pix less', () => {
    // 11 right out of 15 = 73 %.
    const score = scoreCertification(questionsOf({ c11: 'ook', c12: 'ook', c21: 'ook', c31: 'ooo', c41: 'ook' }), profileOf(FIVE));
    expect(score).toMatchObject({ correct: 11, counted: 15, band: 'MEDIUM', status: 'VALIDATED' });
    expect(score.competenceMarks.map((mark) => [mark.competenceId, mark.outcome, mark.level, mark.pix])).toEqual([
      ['c11', 'D', 2, 19],
      ['c12', 'D', 1, 11],
      ['c21', 'D', 3, 27],
      ['c31', 'V', 1, 11],
      ['c41', 'D', 4, 35],
    ]);
    expect(score.pixScore).toBe(19 + 11 + 27 + 11 + 35);
  });

  it('counts exactly 80 % in the highest band', () => {
    // 12 right of 15: c11 2/3 is validated at R ≥ 80.
    const score = scoreCertification(questionsOf({ c11: 'ook', c12: 'ook', c21: 'ook', c31: 'ooo', c41: 'ooo' }), profileOf(FIVE));
    expect(score).toMatchObject({ band: 'HIGH', status: 'VALIDATED' });
    expect(score.competenceMarks.find((mark) => mark.competenceId === 'c11')?.outcome).toBe('V');
  });

  it('accepts exactly 50 % and rejects just under it with 0 pix', () => {
    const half = scoreCertification(questionsOf({ c11: 'ooo', c12: 'ooo', c21: 'okk', c31: 'kkk', c41: 'kk' }), profileOf(FIVE));
    expect(half).toMatchObject({ counted: 14, correct: 7, status: 'VALIDATED', band: 'LOW', pixScore: 27 + 19 });
    const under = scoreCertification(questionsOf({ c11: 'ooo', c12: 'ooo', c21: 'kkk', c31: 'kkk', c41: 'kk' }), profileOf(FIVE));
    expect(under).toMatchObject({ counted: 14, correct: 6, status: 'REJECTED', reason: 'LOW_REPRODUCIBILITY', pixScore: 0 });
    expect(under.competenceMarks.every((mark) => mark.level === 0 && mark.pix === 0)).toBe(true);
  });

  it('counts unanswered and skipped questions as wrong', () => {
    const score = scoreCertification(questionsOf({ c11: 'ooo', c12: 'ooo', c21: 'ooo', c31: 'oss', c41: 'uuu' }), profileOf(FIVE));
    expect(score).toMatchObject({ counted: 15, correct: 10 });
    expect(score.competenceMarks.find((mark) => mark.competenceId === 'c41')?.outcome).toBe('U');
  });

  it('keeps a certification with exactly two thirds of its questions counted, and cancels it below', () => {
    // 15 questions, 5 neutralised: 10 counted = exactly two thirds.
    const twoThirds = scoreCertification(questionsOf({ c11: 'nnn', c12: 'nno', c21: 'ooo', c31: 'ooo', c41: 'ooo' }), profileOf(FIVE));
    expect(twoThirds).toMatchObject({ counted: 10, status: 'VALIDATED' });
    const below = scoreCertification(questionsOf({ c11: 'nnn', c12: 'nnn', c21: 'ooo', c31: 'ooo', c41: 'ooo' }), profileOf(FIVE));
    expect(below).toMatchObject({ counted: 9, status: 'CANCELLED', reason: 'TOO_MANY_NEUTRALIZED', pixScore: 0 });
  });

  it('neutralising a wrong answer turns a downgrade into a validation (3,2,0 → 3,2,1)', () => {
    const before = scoreCertification(questionsOf({ c11: 'ook', c12: 'ook', c21: 'ook', c31: 'ooo', c41: 'okk' }), profileOf(FIVE));
    const after = scoreCertification(questionsOf({ c11: 'oon', c12: 'ook', c21: 'ook', c31: 'ooo', c41: 'okk' }), profileOf(FIVE));
    expect(before.competenceMarks[0]).toMatchObject({ outcome: 'D', questions: 3, correct: 2, neutralized: 0 });
    expect(after.competenceMarks[0]).toMatchObject({ outcome: 'V', questions: 3, correct: 2, neutralized: 1, level: 3, pix: 27 });
    expect(after.pixScore).toBe(before.pixScore + 8);
  });

  it('does not count a neutralised right answer as right', () => {
    const score = scoreCertification(questionsOf({ c11: 'ooN', c12: 'ooo', c21: 'ooo', c31: 'ooo', c41: 'ooo' }), profileOf(FIVE));
    expect(score).toMatchObject({ counted: 14, correct: 14 });
    expect(score.competenceMarks[0]).toMatchObject({ correct: 2, neutralized: 1, outcome: 'V' });
  });

  it('rejects a certification whose competences all end uncertified (0 pix) even with R ≥ 50 %', () => {
    // Four competences with 1 right of 3 (3,1,0 → U), three validated at level 0 (0 pix): 10 right of 18.
    const score = scoreCertification(questionsOf({ c11: 'okk', c12: 'okk', c21: 'okk', c31: 'okk', c41: 'oo', c42: 'oo', c43: 'oo' }), [
      ...profileOf({ c11: 3, c12: 2, c21: 4, c31: 1 }),
      ...['c41', 'c42', 'c43'].map((competenceId) => ({ competenceId, level: 0, pix: 0 })),
    ]);
    expect(score).toMatchObject({ correct: 10, counted: 18, status: 'REJECTED', reason: 'NO_PIX', pixScore: 0 });
  });

  it('cancels an empty test', () => {
    expect(scoreCertification([], profileOf(FIVE))).toMatchObject({ status: 'CANCELLED', counted: 0 });
  });
});

describe('verification codes', () => {
  it('are P- and 8 characters from the unambiguous alphabet', () => {
    const random = (max: number) => Math.floor(Math.random() * max);
    for (let i = 0; i < 200; i += 1) expect(generateVerificationCode(random)).toMatch(VERIFICATION_CODE_PATTERN);
    expect(generateVerificationCode(() => 0)).toBe('P-22222222');
  });

  it.each([
    ['P-C3YFQ8GC', 'P-C3YFQ8GC'],
    [' p-c3yfq8gc ', 'P-C3YFQ8GC'],
    ['pc3y fq8gc', 'P-C3YFQ8GC'],
    ['C3YFQ8GC', 'C3YFQ8GC'],
  ])('reads %j as %j', (typed, code) => {
    expect(normalizeVerificationCode(typed)).toBe(code);
  });
});
