import { endsAtOf, isPastEnd, timeLeftSeconds } from '../../../src/certification/evaluation/domain/certification-clock';

const start = new Date('2026-12-07T08:00:00Z');
const plus = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('the certification clock', () => {
  it.each([
    [0, '2026-12-07T09:45:00.000Z'],
    [30, '2026-12-07T10:16:30.000Z'],
    [33, '2026-12-07T10:19:39.000Z'],
    [100, '2026-12-07T11:30:00.000Z'],
  ])('with %p %% extra time ends at %p', (extra, endsAt) => {
    expect(endsAtOf(start, extra).toISOString()).toBe(endsAt);
  });

  it.each([
    [null, 0, null],
    [plus(60), 0, 60],
    [plus(60), 59.5, 0],
    [plus(60), 120, 0],
  ])('time left with end %p at +%p s: %p', (endsAt, at, left) => {
    expect(timeLeftSeconds(endsAt, plus(at))).toBe(left);
  });

  it.each([
    [null, 100_000, false],
    [plus(0), 0, false],
    [plus(0), 5, false],
    [plus(0), 5.001, true],
    [plus(0), 60, true],
  ])('an answer with end %p at +%p s is past the end: %p', (endsAt, at, past) => {
    expect(isPastEnd(endsAt, plus(at))).toBe(past);
  });
});
