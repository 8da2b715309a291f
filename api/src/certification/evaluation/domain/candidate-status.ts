/**
 * Where a candidate of a session stands, as the invigilator's live list shows it. Pure.
 */
export type CandidateStatus =
  | 'NOT_JOINED'
  | 'WAITING_FOR_AUTHORIZATION'
  | 'IN_PROGRESS'
  | 'ENDED'
  | 'ENDED_BY_INVIGILATOR';

export type EndReason = 'COMPLETED' | 'TIMED_OUT' | 'ENDED_BY_INVIGILATOR' | 'ENDED_AT_FINALIZATION';

export interface CandidateFacts {
  joined: boolean;
  authorizedToStart: boolean;
  course: { state: 'STARTED' | 'ENDED'; startedAt: Date | null; endReason: EndReason | null } | null;
}

/**
 * Joined and waiting until the invigilator lets them start or resume (a candidate who left — closed tab,
 * lost connection — and joined again waits again); IN_PROGRESS once let in (the clock runs from the first
 * authorisation); ENDED however it ended (ENDED_BY_INVIGILATOR when the invigilator ended it).
 */
export function candidateStatusOf(facts: CandidateFacts): CandidateStatus {
  if (!facts.joined || !facts.course) return facts.joined ? 'WAITING_FOR_AUTHORIZATION' : 'NOT_JOINED';
  if (facts.course.state === 'ENDED') return facts.course.endReason === 'ENDED_BY_INVIGILATOR' ? 'ENDED_BY_INVIGILATOR' : 'ENDED';
  if (!facts.authorizedToStart) return 'WAITING_FOR_AUTHORIZATION';
  return 'IN_PROGRESS';
}

/** "Question n of N": the position of the question being answered (1-based), N once ended. */
export function questionNumberOf(currentPosition: number | null, total: number, ended: boolean): number {
  if (ended || currentPosition === null) return total;
  return Math.min(total, currentPosition + 1);
}
