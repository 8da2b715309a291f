import { addPendingAnswer, newIdempotencyKey, PENDING_ANSWERS_KEY_PREFIX, readPendingAnswers, removePendingAnswer, type PendingAnswer } from './pending-answers';

function answer(key: string, assessmentId = 'a1'): PendingAnswer {
  return { assessmentId, challengeId: `c-${key}`, value: '1', idempotencyKey: key, queuedAt: '2026-11-23T10:00:00.000Z' };
}

describe('pending answers (localStorage, per assessment)', () => {
  it('keeps answers in order per assessment and forgets an acknowledged one', () => {
    addPendingAnswer(answer('k1'));
    addPendingAnswer(answer('k2'));
    addPendingAnswer(answer('k3', 'a2'));
    addPendingAnswer(answer('k1'));

    expect(readPendingAnswers('a1').map((item) => item.idempotencyKey)).toEqual(['k2', 'k1']);
    expect(readPendingAnswers('a2').map((item) => item.idempotencyKey)).toEqual(['k3']);
    expect(JSON.parse(window.localStorage.getItem(`${PENDING_ANSWERS_KEY_PREFIX}a1`) ?? '[]')).toHaveLength(2);

    removePendingAnswer('a1', 'k2');
    removePendingAnswer('a1', 'k1');
    expect(readPendingAnswers('a1')).toEqual([]);
    expect(window.localStorage.getItem(`${PENDING_ANSWERS_KEY_PREFIX}a1`)).toBeNull();
  });

  it('ignores unreadable storage content', () => {
    window.localStorage.setItem(`${PENDING_ANSWERS_KEY_PREFIX}a1`, '{oops');
    expect(readPendingAnswers('a1')).toEqual([]);
    window.localStorage.setItem(`${PENDING_ANSWERS_KEY_PREFIX}a1`, JSON.stringify([{ nope: true }, answer('k9')]));
    expect(readPendingAnswers('a1').map((item) => item.idempotencyKey)).toEqual(['k9']);
  });

  it('makes v4 UUIDs as idempotency keys, even without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).toMatch(uuid);
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(20);
      for (const key of keys) expect(key).toMatch(uuid);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
