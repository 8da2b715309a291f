import { checkAnswer, exampleCorrectAnswer } from '../../src/evaluation/domain/answer-checking';
import { answerTiming, EVALUATION_RULES } from '../../src/evaluation/domain/competence-evaluation-rules';

/** The server's clock of a timed challenge (issue 10, finding 12). */
describe('answer timing', () => {
  const servedAt = new Date('2026-12-06T10:00:00Z');
  const after = (seconds: number) => new Date(servedAt.getTime() + seconds * 1000);
  const timed = { type: 'QCU' as const, solution: '2', fields: null, proposals: ['a', 'b'], tolerancesOff: [], timer: 60 };
  const grace = EVALUATION_RULES.timedChallengeGraceSeconds;
  const resultAfter = (seconds: number, value = exampleCorrectAnswer(timed)) =>
    checkAnswer(timed, value, { elapsedSeconds: answerTiming(servedAt, after(seconds)).elapsedSeconds, graceSeconds: grace });

  it('measures from the moment the challenge was sent, in whole seconds stored', () => {
    expect(answerTiming(servedAt, after(12.4))).toEqual({ elapsedSeconds: 12.4, timeSpentSeconds: 12 });
    expect(answerTiming(servedAt, after(-3))).toEqual({ elapsedSeconds: 0, timeSpentSeconds: 0 });
  });

  it('has no start for a challenge never sent: late whatever the answer says', () => {
    expect(answerTiming(null, after(1))).toEqual({ elapsedSeconds: Number.POSITIVE_INFINITY, timeSpentSeconds: null });
    expect(checkAnswer(timed, '2', { elapsedSeconds: Number.POSITIVE_INFINITY, graceSeconds: grace })).toBe('timed-out');
  });

  it('gives a few seconds of grace after the timer, boundary included', () => {
    expect(grace).toBe(5);
    expect(resultAfter(60)).toBe('ok');
    expect(resultAfter(60 + grace)).toBe('ok');
    expect(resultAfter(60 + grace + 0.001)).toBe('timed-out');
    expect(resultAfter(3600, '1')).toBe('ko'); // a wrong late answer stays ko
  });
});
