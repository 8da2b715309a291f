import { challengeShownAt } from './challenge-clock';

describe('challenge clock', () => {
  it('remembers when a challenge was first shown, so that a reload does not restart its countdown', () => {
    expect(challengeShownAt('a1', 'c1', 1_000)).toBe(1_000);
    expect(challengeShownAt('a1', 'c1', 9_000)).toBe(1_000);
    expect(challengeShownAt('a1', 'c2', 12_000)).toBe(12_000);
    expect(challengeShownAt('a2', 'c1', 13_000)).toBe(13_000);
    expect(challengeShownAt('a1', 'c2', 20_000)).toBe(12_000);
  });
});
