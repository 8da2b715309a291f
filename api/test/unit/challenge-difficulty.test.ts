import { challengeDifficulty, DIFFICULTY_RULES, medianSeconds, type LevelTally } from '../../src/evaluation/domain/challenge-difficulty';

/** Tallies from "level: successes/answers" with no skips, e.g. { 2: [30, 40] }. */
const tallies = (rates: Record<number, [number, number]>): LevelTally[] =>
  Object.entries(rates).map(([level, [successes, answers]]) => ({ level: Number(level), answers, successes, skips: 0 }));

describe('challengeDifficulty: the flags', () => {
  const cases: { name: string; declared: number; rates: Record<number, [number, number]>; flags: string[]; measured: number | null }[] = [
    { name: 'a level-3 challenge that rises with the level', declared: 3, rates: { 1: [4, 40], 2: [12, 40], 3: [24, 40], 4: [36, 40] }, flags: [], measured: 3 },
    { name: 'a level-6 challenge that level-2 learners succeed as often as level-6 ones', declared: 6, rates: { 2: [30, 40], 6: [31, 40] }, flags: ['EASIER_THAN_DECLARED'], measured: 2 },
    { name: 'the level off by one only: no flag', declared: 4, rates: { 2: [8, 40], 3: [24, 40], 4: [32, 40] }, flags: [], measured: 3 },
    { name: 'a level-2 challenge that level-4 learners still fail', declared: 2, rates: { 2: [5, 40], 3: [8, 40], 4: [10, 40] }, flags: ['HARDER_THAN_DECLARED'], measured: null },
    { name: 'harder: the crossing two levels above the declared one', declared: 1, rates: { 1: [10, 40], 2: [12, 40], 3: [30, 40] }, flags: ['HARDER_THAN_DECLARED'], measured: 3 },
    { name: 'a success rate that falls from level 2 to level 4', declared: 2, rates: { 1: [10, 40], 2: [36, 40], 3: [30, 40], 4: [20, 40] }, flags: ['NON_MONOTONIC'], measured: 2 },
    { name: 'a small dip within the tolerance: no flag', declared: 2, rates: { 2: [30, 40], 3: [28, 40] }, flags: [], measured: 2 },
    { name: 'too few answers at a level to compare it', declared: 5, rates: { 1: [5, 5], 5: [30, 40] }, flags: [], measured: 5 },
    { name: 'both: falling and easier than declared', declared: 5, rates: { 1: [35, 40], 3: [10, 40], 5: [30, 40] }, flags: ['NON_MONOTONIC', 'EASIER_THAN_DECLARED'], measured: 1 },
    { name: 'no answer at all', declared: 3, rates: {}, flags: [], measured: null },
  ];

  it.each(cases)('$name', ({ declared, rates, flags, measured }) => {
    const result = challengeDifficulty(declared, tallies(rates), []);
    expect(result.flags.map((f) => f.code)).toEqual(flags);
    expect(result.measuredLevel).toBe(measured);
    expect(result.sortRank).toBe(flags.length > 0 ? 0 : 1);
  });

  it('gives the figures of a flag for its reason', () => {
    const result = challengeDifficulty(6, tallies({ 2: [30, 40], 6: [31, 40] }), []);
    expect(result.flags[0]).toEqual({ code: 'EASIER_THAN_DECLARED', params: { declaredLevel: 6, measuredLevel: 2, rate: 75 } });
    const falling = challengeDifficulty(2, tallies({ 2: [36, 40], 4: [20, 40] }), []);
    expect(falling.flags[0]).toEqual({ code: 'NON_MONOTONIC', params: { lowerLevel: 2, lowerRate: 90, higherLevel: 4, higherRate: 50 } });
  });

  it('counts answers, successes, skips and the rate per level, levels in order', () => {
    const result = challengeDifficulty(2, [
      { level: 3, answers: 10, successes: 6, skips: 1 },
      { level: 1, answers: 30, successes: 3, skips: 9 },
      { level: 0, answers: 0, successes: 0, skips: 0 },
    ], []);
    expect(result).toMatchObject({ answers: 40, successes: 9, skips: 10, skipRate: 0.25 });
    expect(result.byLevel.map((l) => [l.level, l.successRate, l.significant])).toEqual([[1, 0.1, true], [3, 0.6, false]]);
    expect(DIFFICULTY_RULES.minAnswersPerLevel).toBe(20);
  });
});

describe('medianSeconds', () => {
  it.each([
    { times: [], median: null },
    { times: [{ seconds: 30, answers: 1 }], median: 30 },
    { times: [{ seconds: 50, answers: 2 }, { seconds: 10, answers: 2 }], median: 10 },
    { times: [{ seconds: 10, answers: 1 }, { seconds: 20, answers: 1 }, { seconds: 600, answers: 1 }], median: 20 },
    { times: [{ seconds: 5, answers: 0 }, { seconds: 40, answers: 3 }], median: 40 },
  ])('$times → $median', ({ times, median }) => {
    expect(medianSeconds(times)).toBe(median);
  });
});
