/**
 * The server-kept clock of a certification test (domain.md "Certification", the test). The real service
 * leaves it to the invigilator; here the server keeps it: 1 h 45 for everyone plus the candidate's extra
 * time, from the first start the invigilator authorised. Leaving and resuming does not stop it. Pure.
 */
export const CERTIFICATION_CLOCK = {
  durationMinutes: 105,
  /** An answer may arrive this long after the end (network, a slow device) and still count. */
  networkGraceSeconds: 5,
} as const;

/** started_at + 105 min × (1 + extra / 100), to the millisecond. */
export function endsAtOf(startedAt: Date, extraTimePercentage: number): Date {
  const minutes = CERTIFICATION_CLOCK.durationMinutes * (1 + Math.max(0, extraTimePercentage) / 100);
  return new Date(startedAt.getTime() + Math.round(minutes * 60_000));
}

/** Whole seconds left (0 once over); null when the clock has not started. */
export function timeLeftSeconds(endsAt: Date | null, now: Date): number | null {
  if (!endsAt) return null;
  return Math.max(0, Math.floor((endsAt.getTime() - now.getTime()) / 1000));
}

/** An answer received now is refused (and ends the test) once past the end and the grace. */
export function isPastEnd(endsAt: Date | null, now: Date, graceSeconds: number = CERTIFICATION_CLOCK.networkGraceSeconds): boolean {
  if (!endsAt) return false;
  return now.getTime() > endsAt.getTime() + graceSeconds * 1000;
}
