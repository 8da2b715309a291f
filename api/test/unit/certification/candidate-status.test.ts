import { candidateStatusOf, questionNumberOf, type CandidateFacts } from '../../../src/certification/evaluation/domain/candidate-status';

const course = (state: 'STARTED' | 'ENDED', endReason: 'COMPLETED' | 'TIMED_OUT' | 'ENDED_BY_INVIGILATOR' | null = null) => ({ state, startedAt: null, endReason });

describe("a candidate's status in the live list", () => {
  it.each<[CandidateFacts, string]>([
    [{ joined: false, authorizedToStart: false, course: null }, 'NOT_JOINED'],
    [{ joined: true, authorizedToStart: false, course: course('STARTED') }, 'WAITING_FOR_AUTHORIZATION'],
    [{ joined: true, authorizedToStart: true, course: course('STARTED') }, 'IN_PROGRESS'],
    [{ joined: true, authorizedToStart: false, course: course('ENDED', 'COMPLETED') }, 'ENDED'],
    [{ joined: true, authorizedToStart: false, course: course('ENDED', 'TIMED_OUT') }, 'ENDED'],
    [{ joined: true, authorizedToStart: false, course: course('ENDED', 'ENDED_BY_INVIGILATOR') }, 'ENDED_BY_INVIGILATOR'],
  ])('%p → %s', (facts, status) => {
    expect(candidateStatusOf(facts)).toBe(status);
  });

  it.each([
    [0, 15, false, 1],
    [14, 15, false, 15],
    [null, 15, true, 15],
    [3, 15, true, 15],
  ])('current position %p of %p (ended %p) → question %p', (position, total, ended, number) => {
    expect(questionNumberOf(position, total, ended)).toBe(number);
  });
});
