/**
 * Answers not yet acknowledged by the server, kept in localStorage per assessment so that a network
 * cut, a closed tab or a reload loses nothing: they are replayed in order, each with its own
 * idempotency key (the server stores one answer per key and returns the same result on a replay).
 * When storage is unavailable (private browsing, quota), a copy in memory lasts for the page.
 */

export interface PendingAnswer {
  assessmentId: string;
  challengeId: string;
  value: string;
  /** Made once by the client (crypto.randomUUID()) and sent again unchanged on every replay. */
  idempotencyKey: string;
  timeSpentSeconds?: number;
  /** ISO date of the first attempt. */
  queuedAt: string;
}

export const PENDING_ANSWERS_KEY_PREFIX = 'pix-libre.pending-answers.';

const memory = new Map<string, PendingAnswer[]>();

function storageKey(assessmentId: string): string {
  return `${PENDING_ANSWERS_KEY_PREFIX}${assessmentId}`;
}

function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.assessmentId === 'string' &&
    typeof candidate.challengeId === 'string' &&
    typeof candidate.value === 'string' &&
    typeof candidate.idempotencyKey === 'string'
  );
}

function write(assessmentId: string, answers: PendingAnswer[]): void {
  const key = storageKey(assessmentId);
  if (answers.length === 0) memory.delete(key);
  else memory.set(key, answers);
  try {
    if (answers.length === 0) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(answers));
  } catch {
    // Storage unavailable: the in-memory copy still allows replays while the page stays open.
  }
}

/** The answers of an assessment still waiting for the server, oldest first. */
export function readPendingAnswers(assessmentId: string): PendingAnswer[] {
  const key = storageKey(assessmentId);
  try {
    const stored = globalThis.localStorage?.getItem(key);
    if (stored !== null && stored !== undefined) {
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? parsed.filter(isPendingAnswer).filter((answer) => answer.assessmentId === assessmentId) : [];
    }
    if (globalThis.localStorage) return [];
  } catch {
    // Unreadable storage: fall back on memory.
  }
  return [...(memory.get(key) ?? [])];
}

/** Queues an answer (before it is sent, so that a crash while sending cannot lose it). */
export function addPendingAnswer(answer: PendingAnswer): void {
  const answers = readPendingAnswers(answer.assessmentId).filter((queued) => queued.idempotencyKey !== answer.idempotencyKey);
  write(answer.assessmentId, [...answers, answer]);
}

/** Forgets an answer once the server has acknowledged (or definitively refused) it. */
export function removePendingAnswer(assessmentId: string, idempotencyKey: string): void {
  write(
    assessmentId,
    readPendingAnswers(assessmentId).filter((answer) => answer.idempotencyKey !== idempotencyKey),
  );
}

/** A new idempotency key: a random UUID (v4). */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  // Older browsers and non-secure origins: a v4 UUID from getRandomValues.
  const bytes = new Uint8Array(16);
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
