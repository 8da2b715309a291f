/**
 * When the learner first saw the current challenge of an assessment, kept in localStorage so that
 * a reload does not restart the countdown of a timed challenge (shown only: the server keeps its own clock).
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
