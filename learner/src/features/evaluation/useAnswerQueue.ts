import { ServerError } from '@apollo/client/errors';
import { useApolloClient } from '@apollo/client/react';
import { getApiErrors } from '@pix-libre/ui-shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerChallengeMutation } from '../../__generated__/graphql';
import { addPendingAnswer, newIdempotencyKey, readPendingAnswers, removePendingAnswer, type PendingAnswer } from './domain/pending-answers';
import { AnswerChallengeMutation as AnswerChallengeDocument } from './evaluation.graphql';

export type AnswerResult = AnswerChallengeMutation['answerChallenge'];

export interface AnswerQueueHandlers {
  /** The server acknowledged an answer (first send or replay): its result, checkpoint included. */
  onAcknowledged: (result: AnswerResult, answer: PendingAnswer) => void;
  /** The server refused an answer with a GraphQL error (it is not queued any more). */
  onRefused: (error: unknown, answer: PendingAnswer) => void;
}

export interface AnswerQueue {
  /** Answers not yet acknowledged (being sent or waiting for the network). */
  pendingCount: number;
  sending: boolean;
  /** The last attempt failed on the network: the answer waits in storage for a replay. */
  connectionLost: boolean;
  /** The GraphQL error of the last refused answer. */
  error: unknown;
  /** Queues an answer with a new idempotency key and sends it. Ignored while another one is pending. */
  submit: (challengeId: string, value: string, timeSpentSeconds?: number) => void;
  /** Replays the queued answers now (also done on load and on the window's "online" event). */
  replay: () => void;
}

/**
 * True for a failure that says nothing about the answer itself (no GraphQL error): the network is
 * down, the server is restarting behind a proxy (5xx page)… The answer stays queued. A 4xx
 * without GraphQL errors is a refusal, except 408 and 429 (try again later).
 */
export function isTransientFailure(error: unknown): boolean {
  if (getApiErrors(error).length > 0) return false;
  if (ServerError.is(error)) {
    const status = error.statusCode;
    return status >= 500 || status === 408 || status === 429 || status < 400;
  }
  return true;
}

/**
 * Sends the learner's answers durably. Each answer is written to localStorage with its own
 * idempotency key before it is sent, and removed once the server acknowledges it (or refuses it
 * with a GraphQL error). When the network fails, it stays queued and the queue is replayed, in
 * order and with the same keys, on load (once `ready`), on the window's "online" event and on demand.
 */
export function useAnswerQueue(assessmentId: string, handlers: AnswerQueueHandlers, options: { ready?: boolean } = {}): AnswerQueue {
  // The replay on load waits until the page knows the test, so that its result applies to it.
  const ready = options.ready ?? true;
  const client = useApolloClient();
  const [pendingCount, setPendingCount] = useState(() => readPendingAnswers(assessmentId).length);
  const [sending, setSending] = useState(false);
  const [connectionLost, setConnectionLost] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const flushing = useRef(false);
  const replayRequested = useRef(false);
  const mounted = useRef(false);
  const handlersRef = useRef(handlers);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  const refreshCount = useCallback(() => setPendingCount(readPendingAnswers(assessmentId).length), [assessmentId]);

  const flush = useCallback(async (): Promise<void> => {
    if (flushing.current) {
      // An "online" event during a send that is about to fail: try again right after it.
      replayRequested.current = true;
      return;
    }
    flushing.current = true;
    replayRequested.current = false;
    let failedOnNetwork = false;
    try {
      for (let next = readPendingAnswers(assessmentId)[0]; next; next = readPendingAnswers(assessmentId)[0]) {
        setSending(true);
        try {
          const { data } = await client.mutate({
            mutation: AnswerChallengeDocument,
            // The view applies the result itself (checkpoint first, then the next challenge), so
            // that the next challenge never flashes before the checkpoint.
            fetchPolicy: 'no-cache',
            variables: {
              input: {
                assessmentId: next.assessmentId,
                challengeId: next.challengeId,
                value: next.value,
                idempotencyKey: next.idempotencyKey,
                ...(next.timeSpentSeconds === undefined ? {} : { timeSpentSeconds: next.timeSpentSeconds }),
              },
            },
          });
          removePendingAnswer(assessmentId, next.idempotencyKey);
          if (!mounted.current) continue;
          setConnectionLost(false);
          setError(null);
          refreshCount();
          if (data) handlersRef.current.onAcknowledged(data.answerChallenge, next);
        } catch (caught) {
          if (isTransientFailure(caught)) {
            failedOnNetwork = true;
            if (mounted.current) setConnectionLost(true);
            break;
          }
          removePendingAnswer(assessmentId, next.idempotencyKey);
          if (mounted.current) {
            setConnectionLost(false);
            setError(caught);
            handlersRef.current.onRefused(caught, next);
          }
          break;
        }
      }
    } finally {
      flushing.current = false;
      if (mounted.current) {
        setSending(false);
        refreshCount();
      }
    }
    if (failedOnNetwork && replayRequested.current && mounted.current && globalThis.navigator?.onLine !== false) {
      replayRequested.current = false;
      await flush();
    }
  }, [assessmentId, client, refreshCount]);

  useEffect(() => {
    mounted.current = true;
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => {
      mounted.current = false;
      window.removeEventListener('online', onOnline);
    };
  }, [flush]);

  useEffect(() => {
    if (ready && readPendingAnswers(assessmentId).length > 0) void flush();
  }, [assessmentId, flush, ready]);

  const submit = useCallback(
    (challengeId: string, value: string, timeSpentSeconds?: number) => {
      if (flushing.current || readPendingAnswers(assessmentId).length > 0) return;
      addPendingAnswer({
        assessmentId,
        challengeId,
        value,
        idempotencyKey: newIdempotencyKey(),
        ...(timeSpentSeconds === undefined ? {} : { timeSpentSeconds }),
        queuedAt: new Date().toISOString(),
      });
      setError(null);
      refreshCount();
      void flush();
    },
    [assessmentId, flush, refreshCount],
  );

  const replay = useCallback(() => void flush(), [flush]);

  return { pendingCount, sending, connectionLost, error, submit, replay };
}
