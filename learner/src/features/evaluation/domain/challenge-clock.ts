/**
 * When the learner first saw the current challenge of an assessment, kept in localStorage so that
 * a reload neither restarts the countdown of a timed challenge nor resets the time spent.
 */
const KEY_PREFIX = 'pix-libre.challenge-shown.';

interface Shown {
  challengeId: string;
  at: number;
}

export function challengeShownAt(assessmentId: string, challengeId: string, now: number = Date.now()): number {
  const key = `${KEY_PREFIX}${assessmentId}`;
  try {
    const stored = globalThis.localStorage?.getItem(key);
    if (stored) {
      const shown = JSON.parse(stored) as Partial<Shown>;
      if (shown.challengeId === challengeId && typeof shown.at === 'number' && shown.at <= now) return shown.at;
    }
    globalThis.localStorage?.setItem(key, JSON.stringify({ challengeId, at: now } satisfies Shown));
  } catch {
    // Storage unavailable: the clock starts now.
  }
  return now;
}

/** Longest time reported for one challenge (a test left for a month): keeps the value a sane integer. */
const MAX_SECONDS = 31 * 24 * 3600;

/** Whole seconds since `startedAt`. */
export function secondsSince(startedAt: number, now: number = Date.now()): number {
  return Math.min(MAX_SECONDS, Math.max(0, Math.round((now - startedAt) / 1000)));
}
