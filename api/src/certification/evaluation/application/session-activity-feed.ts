import type { CertificationDependencies, CertificationRepositories } from './dependencies';
import { sessionSupervisedBy, type SessionCaller } from './invigilator-access';
import { sessionChannel, type SessionActivity } from './session-activity';

/**
 * The events of one session, for its invigilator or a member of its centre (checked once, when the
 * subscription starts). Events arriving faster than the client reads are queued (bounded: past 1 000
 * waiting, the oldest are dropped — the client reads the live list again anyway).
 */
export async function sessionActivityOf(
  repositories: CertificationRepositories,
  deps: CertificationDependencies,
  request: { sessionId: number; caller: SessionCaller },
): Promise<AsyncIterable<SessionActivity>> {
  await sessionSupervisedBy(repositories, deps, request.sessionId, request.caller);
  const queue: SessionActivity[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = deps.events.subscribe(sessionChannel(request.sessionId), (payload) => {
    queue.push(payload as SessionActivity);
    if (queue.length > 1000) queue.shift();
    wake?.();
  });
  const finish = () => {
    done = true;
    unsubscribe();
    wake?.();
  };
  return {
    [Symbol.asyncIterator](): AsyncIterator<SessionActivity> {
      return {
        async next() {
          while (!queue.length && !done) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          if (done) return { value: undefined, done: true };
          return { value: queue.shift()!, done: false };
        },
        async return() {
          finish();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
