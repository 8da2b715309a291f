/**
 * A challenge's measured difficulty (docs/domain.md "Measured difficulty"): from the tallies of its
 * recorded answers per learner level, the success rate by level, the median time, the share skipped,
 * and the flags the content team should look at. Pure: the background refresh gives it the tallies
 * (api/src/evaluation/infrastructure/challenge-statistics.repository.ts).
 */

/** The answers of learners of one level on a challenge (a skip is not a success). */
export interface LevelTally {
  level: number;
  answers: number;
  successes: number;
  skips: number;
}

/** How many answers took this many seconds (the last bucket holds every longer answer). */
export interface TimeTally {
  seconds: number;
  answers: number;
}

export const DIFFICULTY_RULES = {
  /** A level's success rate is compared with others only with at least this many answers. */
  minAnswersPerLevel: 20,
  /** A drop of the success rate from a lower level to a higher one larger than this is not noise. */
  monotonicTolerance: 0.15,
  /** The measured level is the lowest level whose learners succeed at least this often. */
  crossingRate: 0.5,
  /** The measured level may differ from the declared one by this much without a flag. */
  levelTolerance: 1,
  /** Times are tallied per second up to this (longer answers count as this long). */
  maxSeconds: 600,
} as const;

export type DifficultyFlagCode = 'NON_MONOTONIC' | 'HARDER_THAN_DECLARED' | 'EASIER_THAN_DECLARED';

export interface DifficultyFlag {
  code: DifficultyFlagCode;
  /** For the translated reason: the levels and rates (in %) that raised the flag. */
  params: Record<string, number>;
}

export interface LevelRate extends LevelTally {
  /** Successes / answers, 0 … 1. */
  successRate: number;
  /** Enough answers to be compared (DIFFICULTY_RULES.minAnswersPerLevel). */
  significant: boolean;
}

export interface ChallengeDifficulty {
  answers: number;
  successes: number;
  skips: number;
  /** skips / answers (0 without answers). */
  skipRate: number;
  /** The median of the recorded times, in seconds (null without any time). */
  medianTimeSeconds: number | null;
  byLevel: LevelRate[];
  /** The lowest significant level whose success rate reaches 50 %; null when none does. */
  measuredLevel: number | null;
  flags: DifficultyFlag[];
  /** 0 for a flagged challenge, 1 otherwise: the page lists flagged challenges first. */
  sortRank: 0 | 1;
}

const percent = (rate: number) => Math.round(rate * 100);

export function medianSeconds(times: readonly TimeTally[]): number | null {
  const sorted = times.filter((t) => t.answers > 0).sort((a, b) => a.seconds - b.seconds);
  const total = sorted.reduce((sum, t) => sum + t.answers, 0);
  if (total === 0) return null;
  // The lower median: the time of the answer ranked ceil(total / 2).
  const rank = Math.ceil(total / 2);
  let seen = 0;
  for (const t of sorted) {
    seen += t.answers;
    if (seen >= rank) return t.seconds;
  }
  return sorted[sorted.length - 1].seconds;
}

/** A drop from a lower significant level to a higher one beyond the tolerance (the largest one). */
function nonMonotonic(levels: readonly LevelRate[]): DifficultyFlag | null {
  let worst: { lower: LevelRate; higher: LevelRate; drop: number } | null = null;
  for (let i = 0; i < levels.length; i += 1) {
    for (let j = i + 1; j < levels.length; j += 1) {
      const drop = levels[i].successRate - levels[j].successRate;
      if (drop > DIFFICULTY_RULES.monotonicTolerance && (!worst || drop > worst.drop)) worst = { lower: levels[i], higher: levels[j], drop };
    }
  }
  if (!worst) return null;
  return {
    code: 'NON_MONOTONIC',
    params: { lowerLevel: worst.lower.level, lowerRate: percent(worst.lower.successRate), higherLevel: worst.higher.level, higherRate: percent(worst.higher.successRate) },
  };
}

/**
 * The measured level against the declared one. Easier: learners two levels or more below the declared
 * level already succeed half the time. Harder: learners two levels or more above it still fail more
 * than half the time (when no significant level reaches 50 %, the measured level is above the highest one).
 */
function levelMismatch(declaredLevel: number, levels: readonly LevelRate[], measuredLevel: number | null): DifficultyFlag | null {
  const { levelTolerance } = DIFFICULTY_RULES;
  if (measuredLevel !== null && measuredLevel < declaredLevel - levelTolerance) {
    const at = levels.find((l) => l.level === measuredLevel)!;
    return { code: 'EASIER_THAN_DECLARED', params: { declaredLevel, measuredLevel, rate: percent(at.successRate) } };
  }
  // Below the measured level (or every level when none reaches 50 %), learners fail more than half the time.
  const failing = levels.filter((l) => l.level > declaredLevel && (measuredLevel === null || l.level < measuredLevel));
  const harder = measuredLevel === null ? failing.some((l) => l.level > declaredLevel + levelTolerance) : measuredLevel > declaredLevel + levelTolerance;
  if (harder && failing.length > 0) {
    const highest = failing[failing.length - 1];
    return { code: 'HARDER_THAN_DECLARED', params: { declaredLevel, level: highest.level, rate: percent(highest.successRate) } };
  }
  return null;
}

export function challengeDifficulty(declaredLevel: number, tallies: readonly LevelTally[], times: readonly TimeTally[]): ChallengeDifficulty {
  const byLevel: LevelRate[] = tallies
    .filter((t) => t.answers > 0)
    .sort((a, b) => a.level - b.level)
    .map((t) => ({ ...t, successRate: t.successes / t.answers, significant: t.answers >= DIFFICULTY_RULES.minAnswersPerLevel }));
  const answers = byLevel.reduce((sum, l) => sum + l.answers, 0);
  const successes = byLevel.reduce((sum, l) => sum + l.successes, 0);
  const skips = byLevel.reduce((sum, l) => sum + l.skips, 0);
  const significant = byLevel.filter((l) => l.significant);
  const measuredLevel = significant.find((l) => l.successRate >= DIFFICULTY_RULES.crossingRate)?.level ?? null;
  const flags = [nonMonotonic(significant), levelMismatch(declaredLevel, significant, measuredLevel)].filter((f): f is DifficultyFlag => f !== null);
  return {
    answers,
    successes,
    skips,
    skipRate: answers === 0 ? 0 : skips / answers,
    medianTimeSeconds: medianSeconds(times),
    byLevel,
    measuredLevel,
    flags,
    sortRank: flags.length > 0 ? 0 : 1,
  };
}
