import type { LiveCandidateFieldsFragment } from '../../../__generated__/graphql';

/**
 * What the invigilator's list says of a candidate, and what they may do. A pending problem report
 * comes first (it waits for them); an ended test says whether the end screen was seen. Pure.
 */
export type LiveStatusKey =
  | 'notJoined'
  | 'waiting'
  | 'waitingResume'
  | 'inProgress'
  | 'problemReported'
  | 'ended'
  | 'endedByInvigilator'
  | 'endScreenSeen';

export type LiveCandidate = LiveCandidateFieldsFragment;

export function liveStatusOf(candidate: LiveCandidate): LiveStatusKey {
  if (candidate.pendingProblemReport && candidate.status === 'IN_PROGRESS') return 'problemReported';
  switch (candidate.status) {
    case 'NOT_JOINED':
      return 'notJoined';
    case 'WAITING_FOR_AUTHORIZATION':
      // A clock that already runs: they left and joined again.
      return candidate.timeLeftSeconds !== null ? 'waitingResume' : 'waiting';
    case 'IN_PROGRESS':
      return 'inProgress';
    case 'ENDED_BY_INVIGILATOR':
      return candidate.endScreenSeen ? 'endScreenSeen' : 'endedByInvigilator';
    default:
      return candidate.endScreenSeen ? 'endScreenSeen' : 'ended';
  }
}

export interface LiveActions {
  authorize: boolean;
  endTest: boolean;
  resolveProblem: boolean;
}

export function liveActionsOf(candidate: LiveCandidate): LiveActions {
  return {
    authorize: candidate.status === 'WAITING_FOR_AUTHORIZATION',
    endTest: candidate.status === 'IN_PROGRESS' || (candidate.status === 'WAITING_FOR_AUTHORIZATION' && candidate.timeLeftSeconds !== null),
    resolveProblem: Boolean(candidate.pendingProblemReport) && candidate.status === 'IN_PROGRESS',
  };
}

/** "1 h 12 min", "4 min", "< 1 min" (the list refreshes every few seconds: no seconds). */
export function minutesLeftText(seconds: number): { hours: number; minutes: number } {
  const minutes = Math.ceil(Math.max(0, seconds) / 60);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The candidates who now wait for the invigilator (joined, or reported a problem) and did not before: announced politely. */
export function newlyWaitingFor(before: readonly LiveCandidate[] | null, after: readonly LiveCandidate[]): { candidate: LiveCandidate; status: 'waiting' | 'waitingResume' | 'problemReported' }[] {
  if (!before) return [];
  const previous = new Map(before.map((c) => [c.id, liveStatusOf(c)]));
  const found: { candidate: LiveCandidate; status: 'waiting' | 'waitingResume' | 'problemReported' }[] = [];
  for (const candidate of after) {
    const status = liveStatusOf(candidate);
    if ((status === 'waiting' || status === 'waitingResume' || status === 'problemReported') && previous.get(candidate.id) !== status) found.push({ candidate, status });
  }
  return found;
}
