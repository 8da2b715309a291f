/**
 * The certification test's countdown follows the SERVER's clock (domain.md §7: the server keeps it).
 * The server says how many seconds are left when it answers; the deadline on this device's clock is
 * the moment the answer arrived plus those seconds, so a wrong device clock does not matter, and a
 * reload or another device shows the same time left. Pure.
 */

/** The end of the test on this device's clock (ms), from the server's `timeLeftSeconds` received at `receivedAtMs`. */
export function localDeadline(timeLeftSeconds: number, receivedAtMs: number): number {
  return receivedAtMs + Math.max(0, timeLeftSeconds) * 1000;
}

/** Whole seconds left at `nowMs` (0 once over). */
export function secondsLeft(deadlineMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((deadlineMs - nowMs) / 1000));
}

/** "1:44:59", "04:59", "00:00". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(rest).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Moments announced to screen readers (seconds left): sparingly, never every second. */
export const ANNOUNCED_AT = [15 * 60, 5 * 60, 60] as const;

/** The announcement due when the time left goes from `before` to `now` seconds: the threshold crossed, else null. */
export function thresholdCrossed(before: number, now: number): number | null {
  const crossed = ANNOUNCED_AT.filter((threshold) => before > threshold && now <= threshold);
  return crossed.length ? Math.min(...crossed) : null;
}
