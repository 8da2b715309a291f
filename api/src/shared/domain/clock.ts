/** The time, injected so that delays (reset after 7 days, token expiry…) can be tested. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
