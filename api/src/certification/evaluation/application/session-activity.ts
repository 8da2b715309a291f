import type { EventBus } from '../../../shared/infrastructure/events';

/** One change of a candidate of a session, as the invigilator's live list hears it. */
export type SessionActivityKind =
  | 'JOINED'
  | 'AUTHORIZED'
  | 'ANSWERED'
  | 'PROBLEM_REPORTED'
  | 'PROBLEM_RESOLVED'
  | 'ENDED'
  | 'END_SCREEN_SEEN'
  | 'FINALIZED';

export interface SessionActivity {
  sessionId: number;
  candidateId: number | null;
  kind: SessionActivityKind;
  /** ISO time of the change, on the server's clock (an answer's: its commit). */
  at: string;
}

export const sessionChannel = (sessionId: number) => `certification-session:${sessionId}`;

/** Published after the commit; a lost event costs nothing but a late list (the client reads it again). */
export function publishActivity(events: EventBus, activity: Omit<SessionActivity, 'at'> & { at: Date }, onError?: (error: unknown) => void): void {
  const payload: SessionActivity = { ...activity, at: activity.at.toISOString() };
  events.publish(sessionChannel(activity.sessionId), payload).catch((error) => onError?.(error));
}
