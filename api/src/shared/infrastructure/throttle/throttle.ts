import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../domain/clock';
import { TooManyAttemptsError } from '../../domain/errors';
import { secondsUntil, throttleKey, type ThrottleRule } from '../../domain/throttle-policy';
import { ThrottleCountersRepository, type CountedAttempt, type CounterRef } from './throttle-counters.repository';

/** What an admitted attempt may do afterwards. */
export interface ThrottleAdmission {
  /** The operation succeeded: the counters whose rule says so get their attempt back. */
  succeeded(): Promise<void>;
}

/**
 * The one throttle of every throttled operation (rules in shared/domain/throttle-policy.ts). Call
 * `admit` BEFORE checking anything: the attempt is counted first, atomically, on every counter named,
 * and refused (TooManyAttemptsError, with the wait) when one of them is spent — then the other counters
 * get their attempt back, since nothing was checked. After the check, call `succeeded()` on success;
 * a failure needs nothing: it stays counted.
 */
export class Throttle {
  private readonly counters: ThrottleCountersRepository;

  constructor(em: EntityManager, private readonly clock: Clock) {
    this.counters = new ThrottleCountersRepository(em);
  }

  async admit(...requested: CounterRef[]): Promise<ThrottleAdmission> {
    const now = this.clock.now();
    const refs = requested.map(({ rule, key }) => ({ rule, key: throttleKey(key) }));
    const counted = await this.counters.count(refs, now);
    const isCounted = (ref: CounterRef) => counted.some((attempt) => attempt.scope === ref.rule.scope && attempt.key === ref.key);
    const refused = refs.filter((ref) => !isCounted(ref));
    if (refused.length > 0) {
      await this.counters.refund(counted);
      const ends = await this.counters.windowEnds(refused);
      throw new TooManyAttemptsError(Math.max(1, ...ends.map((end) => secondsUntil(end, now))));
    }
    const refundable = counted.filter((attempt) => refs.some((ref) => ref.rule.scope === attempt.scope && ref.rule.refundOnSuccess));
    let settled = false;
    return {
      succeeded: async () => {
        if (settled) return;
        settled = true;
        await this.counters.refund(refundable);
      },
    };
  }
}

export type { CounterRef, CountedAttempt, ThrottleRule };
