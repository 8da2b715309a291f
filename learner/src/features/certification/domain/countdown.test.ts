import { formatClock, localDeadline, secondsLeft, thresholdCrossed } from './countdown';

describe("the certification's countdown from the server's clock", () => {
  it("takes the time left from the server's answer, whatever the device's clock says", () => {
    // The server says 600 s are left; this device's clock is an hour late: the deadline is 600 s after receipt.
    const received = Date.UTC(2026, 0, 1, 8, 0, 0) - 3600_000;
    const deadline = localDeadline(600, received);
    expect(secondsLeft(deadline, received)).toBe(600);
    expect(secondsLeft(deadline, received + 1_500)).toBe(599);
    expect(secondsLeft(deadline, received + 600_000)).toBe(0);
    expect(secondsLeft(deadline, received + 700_000)).toBe(0);
  });

  it.each([
    [6299, '1:44:59'],
    [3600, '1:00:00'],
    [299, '04:59'],
    [0, '00:00'],
  ])('shows %i s as %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it.each([
    [901, 900, 900],
    [901, 899, 900],
    [301, 300, 300],
    [61, 59, 60],
    [1000, 50, 60],
    [900, 899, null],
    [120, 119, null],
  ])('from %i s to %i s announces %j', (before, now, expected) => {
    expect(thresholdCrossed(before, now)).toBe(expected);
  });
});
