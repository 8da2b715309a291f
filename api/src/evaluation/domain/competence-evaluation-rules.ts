/** Delays of domain.md §2, the checkpoint rhythm of §3 and the timers' grace, kept in one place (configurable). */
export const EVALUATION_RULES = {
  retryDelayDays: 4,
  resetDelayDays: 7,
  checkpointEvery: 5,
  /** Seconds a timed challenge's answer may arrive after its timer (network, a slow device) and still count. */
  timedChallengeGraceSeconds: 5,
} as const;

export interface AnswerTiming {
  /** What the timer is compared with: Infinity when the challenge was never sent to the learner. */
  elapsedSeconds: number;
  /** What the answer stores: whole seconds, null when the challenge was never sent. */
  timeSpentSeconds: number | null;
}

/**
 * The server's measure of an answer's time, from the moment it first sent the challenge to the learner
 * (never the client's word). A challenge answered without having been sent (its id learnt elsewhere)
 * has no start: for a timed one, the answer is late whatever it says.
 */
export function answerTiming(servedAt: Date | null, answeredAt: Date): AnswerTiming {
  if (!servedAt) return { elapsedSeconds: Number.POSITIVE_INFINITY, timeSpentSeconds: null };
  const elapsedSeconds = Math.max(0, (answeredAt.getTime() - servedAt.getTime()) / 1000);
  return { elapsedSeconds, timeSpentSeconds: Math.round(elapsedSeconds) };
}

const DAY_MS = 24 * 3600 * 1000;

export interface Availability {
  available: boolean;
  /** Whole days to wait when not available yet (null when it will not become available by waiting). */
  inDays: number | null;
}

function afterDelay(last: Date | null, delayDays: number, now: Date): Availability {
  if (!last) return { available: false, inDays: null };
  const remaining = last.getTime() + delayDays * DAY_MS - now.getTime();
  return remaining <= 0 ? { available: true, inDays: null } : { available: false, inDays: Math.ceil(remaining / DAY_MS) };
}

/** "Retenter": a completed competence below the maximum level, 4 days after its last knowledge element. */
export function retryAvailability(facts: {
  completed: boolean;
  level: number;
  maxLevel: number;
  lastKnowledgeElementAt: Date | null;
  now: Date;
  delayDays?: number;
}): Availability {
  if (!facts.completed || facts.level >= facts.maxLevel) return { available: false, inDays: null };
  return afterDelay(facts.lastKnowledgeElementAt, facts.delayDays ?? EVALUATION_RULES.retryDelayDays, facts.now);
}

/** "Remettre à zéro": 7 days after the last knowledge element of the competence. */
export function resetAvailability(facts: { lastKnowledgeElementAt: Date | null; now: Date; delayDays?: number }): Availability {
  return afterDelay(facts.lastKnowledgeElementAt, facts.delayDays ?? EVALUATION_RULES.resetDelayDays, facts.now);
}

/** A checkpoint ("Bilan intermédiaire") after every 5th answer and at the end of the test. */
export function isCheckpoint(answeredCount: number, ended: boolean): boolean {
  return ended || (answeredCount > 0 && answeredCount % EVALUATION_RULES.checkpointEvery === 0);
}

/**
 * A checkpoint waits for its learner: after every 5th answer until the learner goes on (the next challenge
 * is sent only then, so it has not been sent yet), and for good once the test has ended. A reload shows
 * it again instead of skipping to the next challenge.
 */
export function isCheckpointPending(facts: { answeredCount: number; ended: boolean; currentChallengeServed: boolean }): boolean {
  if (facts.answeredCount === 0) return false;
  return facts.ended || (isCheckpoint(facts.answeredCount, false) && !facts.currentChallengeServed);
}

/** How many answers the latest checkpoint covered (0 before the first one). */
export function answeredAtLastCheckpoint(answeredCount: number): number {
  return answeredCount - (answeredCount % EVALUATION_RULES.checkpointEvery);
}

/** The answers a checkpoint shows: those since the previous checkpoint. */
export function checkpointWindow(answeredCount: number): { from: number; to: number } {
  const every = EVALUATION_RULES.checkpointEvery;
  const from = answeredCount === 0 ? 0 : Math.floor((answeredCount - 1) / every) * every;
  return { from, to: answeredCount };
}
