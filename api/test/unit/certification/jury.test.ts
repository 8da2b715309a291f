import { assertJuryMayAct, assertPublishable, assertUnpublishable, scoreCourse, type CourseScoringFacts } from '../../../src/certification/results/domain/jury';
import type { QuestionResult } from '../../../src/certification/results/domain/scoring';

/** Two competences × 3 questions, level 2 (16 pix) each. */
function facts(results: (QuestionResult | undefined)[], overrides: Partial<CourseScoringFacts> = {}): CourseScoringFacts {
  const questions = results.map((_, n) => ({ challengeId: `c${n}`, competenceId: n < 3 ? 'A' : 'B', isNeutralized: false }));
  const answered = new Map<string, QuestionResult>();
  results.forEach((result, n) => result && answered.set(`c${n}`, result));
  return {
    courseId: 1,
    juryDecision: null,
    questions,
    results: answered,
    profile: [
      { competenceId: 'A', level: 2, pix: 16 },
      { competenceId: 'B', level: 2, pix: 16 },
    ],
    ...overrides,
  };
}

describe("a course's scoring with the jury's decision", () => {
  it('is the scoring of its questions when the jury decided nothing', () => {
    expect(scoreCourse(facts(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']))).toMatchObject({ status: 'VALIDATED', reason: null, pixScore: 32, correct: 6, counted: 6 });
  });

  it('counts a question left unanswered as wrong, unless neutralised', () => {
    const unanswered = facts(['ok', 'ok', undefined, 'ok', 'ok', 'ok']);
    expect(scoreCourse(unanswered)).toMatchObject({ correct: 5, counted: 6 });
    unanswered.questions[2].isNeutralized = true;
    expect(scoreCourse(unanswered)).toMatchObject({ correct: 5, counted: 5, pixScore: 32 });
  });

  it('is cancelled (0 pix) when the jury cancelled it, rejected for fraud (0 pix) when the jury rejected it', () => {
    const all = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'] as QuestionResult[];
    expect(scoreCourse(facts(all, { juryDecision: 'CANCELLED' }))).toMatchObject({ status: 'CANCELLED', reason: 'CANCELLED_BY_JURY', pixScore: 0, correct: 6 });
    expect(scoreCourse(facts(all, { juryDecision: 'REJECTED_FOR_FRAUD' }))).toMatchObject({ status: 'REJECTED', reason: 'FRAUD', pixScore: 0 });
  });
});

describe("the session's states for the jury", () => {
  it('acts and publishes on a finalised or in-process session only; unpublishes a published one', () => {
    expect(() => assertJuryMayAct('CREATED')).toThrow('certificationJury.errors.sessionNotFinalized');
    expect(() => assertJuryMayAct('PROCESSED')).toThrow('certificationJury.errors.sessionPublished');
    expect(() => assertPublishable('FINALIZED')).not.toThrow();
    expect(() => assertPublishable('IN_PROCESS')).not.toThrow();
    expect(() => assertUnpublishable('IN_PROCESS')).toThrow('certificationJury.errors.sessionNotPublished');
    expect(() => assertUnpublishable('PROCESSED')).not.toThrow();
  });
});
