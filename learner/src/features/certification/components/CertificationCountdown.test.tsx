import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { act, screen } from '@testing-library/react';
import { learnerResources } from '../../../i18n';
import { localDeadline } from '../domain/countdown';
import { CertificationCountdown } from './CertificationCountdown';

describe("the certification's countdown", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("counts down from the server's time left at receipt, announces only 15, 5 and 1 minute left, and ends once", () => {
    let now = 1_000_000;
    const clock = () => now;
    const onTimeOver = jest.fn();
    // The server said 15 min 2 s were left when its answer arrived 0.5 s ago (the device's own clock does not matter).
    const deadline = localDeadline(902, now - 500);
    renderWithProviders(<CertificationCountdown deadline={deadline} onTimeOver={onTimeOver} now={clock} />, { resources: learnerResources });
    expect(screen.getByTestId('certification-time-left')).toHaveTextContent('15:02');
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('');

    const advance = (ms: number) =>
      act(() => {
        now += ms;
        jest.advanceTimersByTime(ms);
      });
    advance(1000);
    expect(screen.getByTestId('certification-time-left')).toHaveTextContent('15:01');
    expect(live).toHaveTextContent('');
    advance(2000);
    expect(screen.getByTestId('certification-time-left')).toHaveTextContent('14:59');
    expect(live).toHaveTextContent('Il reste 15 minutes.');
    advance(10 * 60_000);
    expect(live).toHaveTextContent('Il reste 5 minutes.');
    advance(4 * 60_000);
    expect(screen.getByTestId('certification-time-left')).toHaveTextContent('00:59');
    expect(live).toHaveTextContent('Il reste 1 minute.');
    expect(onTimeOver).not.toHaveBeenCalled();
    advance(60_000);
    expect(screen.getByTestId('certification-time-left')).toHaveTextContent('00:00');
    expect(onTimeOver).toHaveBeenCalledTimes(1);
    advance(5000);
    expect(onTimeOver).toHaveBeenCalledTimes(1);
  });

  it('shows the same time left after a reload: the deadline comes from the server again', () => {
    const now = 5_000_000;
    renderWithProviders(<CertificationCountdown deadline={localDeadline(3725, now)} onTimeOver={jest.fn()} now={() => now} />, { resources: learnerResources });
    expect(screen.getByTestId('certification-time-left')).toHaveTextContent('1:02:05');
  });
});
