import { answerChallenge } from '../../src/evaluation/application/answer-challenge.usecase';
import type { AnswerRecord, EvaluationRepositories } from '../../src/evaluation/application/dependencies';
import { resetCompetence } from '../../src/evaluation/application/retry-or-reset-competence.usecase';
import { startCompetenceEvaluation } from '../../src/evaluation/application/start-competence-evaluation.usecase';
import { exampleCorrectAnswer } from '../../src/evaluation/domain/answer-checking';
import type { AnswerRow, AssessmentRow } from '../../src/evaluation/domain/assessment';
import type { NewKnowledgeElement } from '../../src/evaluation/infrastructure/knowledge-element.repository';
import { LearningContent } from '../../src/learning-content/domain/learning-content';
import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../src/learning-content/infrastructure/release-files';
import { ErrorCode, ForbiddenError, NotFoundError } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * The evaluation's use cases on in-memory repositories (the real content and engine): what a learner
 * sees of an answer (someone else's test refused, a retried submission answered the same, an answer
 * to a challenge that is no longer current refused with the current one), of a start (the test in
 * progress kept) and of a "Remettre à zéro" (refused before 7 days; then every element reset, the
 * test in progress closed, a new one started); nothing written when refused.
 */
// The opaque ids the import gives each challenge (never the readable reference).
const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);
const content = new LearningContent({ ...release, challenges: release.challenges.map((c, i) => ({ ...c, publicId: `c${1000 + i}` })) });
const COMPETENCE = '1.2';
const DAY = 24 * 3600_000;

type KnowledgeRow = NewKnowledgeElement & { id: number };

function memoryRepositories() {
  const state = {
    assessments: new Map<number, AssessmentRow>(),
    answers: [] as AnswerRow[],
    knowledge: [] as KnowledgeRow[],
    recorded: [] as AnswerRecord[],
    nextId: 1,
    /** A second tab started a test between the read and the insert: the unique index refuses ours. */
    concurrentStart: null as AssessmentRow | null,
    /** What the other tab committed (its own transaction: ours rolling back keeps it). */
    otherTab: [] as AssessmentRow[],
    /** Another request moves the test between the answer's read and its write. */
    movedMeanwhile: false,
  };
  const latestBySkill = (rows: KnowledgeRow[]) => {
    const latest = new Map<string, KnowledgeRow>();
    for (const row of rows) latest.set(row.skillId, row); // in insertion order: the last one wins
    return [...latest.values()];
  };
  const started = (userId: number, competenceId: string) =>
    [...state.assessments.values(), ...state.otherTab].find((a) => a.userId === userId && a.competenceId === competenceId && a.state === 'STARTED') ?? null;
  const repositories: EvaluationRepositories = {
    assessments: {
      findById: async (id) => state.assessments.get(id) ?? null,
      findStarted: async (userId, competenceId) => started(userId, competenceId),
      create: async (a) => {
        if (state.concurrentStart) {
          state.otherTab.push(state.concurrentStart);
          throw Object.assign(new Error('duplicate key'), { code: '23505' });
        }
        const row: AssessmentRow = {
          id: state.nextId++,
          userId: a.userId,
          type: 'COMPETENCE_EVALUATION',
          competenceId: a.competenceId,
          campaignParticipationId: null,
          state: 'STARTED',
          currentChallengeId: null,
          currentChallengeServedAt: null,
          locale: a.locale,
          isRetry: a.isRetry,
          createdAt: a.now,
          completedAt: null,
        };
        state.assessments.set(row.id, row);
        return row;
      },
      createForCampaign: async () => {
        throw new Error('not used');
      },
      moveOn: async (id, next) => {
        const row = state.assessments.get(id)!;
        state.assessments.set(id, {
          ...row,
          currentChallengeId: next.currentChallengeId,
          state: next.completed ? 'COMPLETED' : 'STARTED',
          completedAt: next.completed ? next.now : null,
        });
      },
      closeStarted: async (userId, competenceId, now) => {
        const row = started(userId, competenceId);
        if (row) state.assessments.set(row.id, { ...row, state: 'COMPLETED', completedAt: now });
      },
      markServed: async (id, challengeId, now) => {
        const row = state.assessments.get(id)!;
        if (row.currentChallengeId !== challengeId) return null;
        state.assessments.set(id, { ...row, currentChallengeServedAt: row.currentChallengeServedAt ?? now });
        return state.assessments.get(id)!.currentChallengeServedAt;
      },
    },
    answerContext: async (assessmentId) => {
      const assessment = state.assessments.get(assessmentId);
      if (!assessment) return null;
      const own = latestBySkill(state.knowledge.filter((k) => k.assessmentId === assessmentId));
      return {
        assessment,
        answers: state.answers.filter((a) => a.assessmentId === assessmentId),
        currentKnowledge: new Map(own.map((k) => [k.skillId, k.status])),
        prior: [],
        targetSkillIds: [],
      };
    },
    recordAnswer: async (record) => {
      const assessment = state.assessments.get(record.assessmentId)!;
      if (state.movedMeanwhile || assessment.currentChallengeId !== record.answeredChallengeId) return null;
      state.recorded.push(record);
      const answer: AnswerRow = {
        id: state.nextId++,
        assessmentId: record.assessmentId,
        challengeId: record.answeredChallengeId,
        value: record.value,
        result: record.result,
        idempotencyKey: record.idempotencyKey,
        createdAt: record.now,
      };
      state.answers.push(answer);
      const completed = record.nextChallengeId === null;
      state.assessments.set(assessment.id, {
        ...assessment,
        currentChallengeId: record.nextChallengeId,
        currentChallengeServedAt: record.nextServedAt,
        state: completed ? 'COMPLETED' : 'STARTED',
        completedAt: completed ? record.now : null,
      });
      for (const ke of record.knowledgeElements) {
        state.knowledge.push({ ...ke, id: state.nextId++, userId: assessment.userId, assessmentId: assessment.id, answerId: ke.answerId ?? answer.id, createdAt: record.now });
      }
      return { id: answer.id, createdAt: record.now };
    },
    latestKnowledgeOfCompetence: async (userId, competenceId) =>
      latestBySkill(state.knowledge.filter((k) => k.userId === userId && k.competenceId === competenceId)),
    knowledgeBeforeTest: async (assessment) =>
      latestBySkill(state.knowledge.filter((k) => k.userId === assessment.userId && k.competenceId === assessment.competenceId && k.assessmentId !== assessment.id)),
    addKnowledgeElements: async (elements) => {
      for (const element of elements) state.knowledge.push({ ...element, id: state.nextId++ });
    },
    storeTutorialPreference: async () => {
      throw new Error('not used');
    },
    admitCertificationAnswer: async () => {
      throw new Error('not used');
    },
    recordCertificationAnswered: async () => {
      throw new Error('not used');
    },
    mayServeCertification: async () => {
      throw new Error('not used');
    },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({ assessments: new Map(state.assessments), answers: [...state.answers], knowledge: [...state.knowledge], recorded: [...state.recorded] }), () => repositories),
    isUniqueViolation: (error) => (error as { code?: string }).code === '23505',
  };
  return { repositories, state };
}

let now = new Date('2026-12-07T10:00:00Z');
const clock = { now: () => now };
const deps = { content, clock };
const LEARNER = 42;

async function startedTest(repositories: EvaluationRepositories) {
  return startCompetenceEvaluation(repositories, deps, { userId: LEARNER, competenceId: COMPETENCE, locale: 'fr' });
}

describe('the evaluation use cases, on in-memory repositories', () => {
  beforeEach(() => {
    now = new Date('2026-12-07T10:00:00Z');
  });

  describe('answering a challenge', () => {
    it("refuses another learner's test and writes nothing", async () => {
      const { repositories, state } = memoryRepositories();
      const test = await startedTest(repositories);
      const challenge = content.challenge(test.currentChallengeId!)!;
      const answer = answerChallenge(repositories, deps, {
        userId: LEARNER + 1,
        assessmentId: test.id,
        challengeId: content.publicIdOf(challenge.id),
        value: exampleCorrectAnswer(challenge),
        idempotencyKey: 'k-1',
      });
      await expect(answer).rejects.toBeInstanceOf(ForbiddenError);
      expect(state.recorded).toEqual([]);
      expect(state.assessments.get(test.id)!.currentChallengeId).toBe(challenge.id);
    });

    it('stores a right answer once, moves the test on, and answers a retried submission the same without writing', async () => {
      const { repositories, state } = memoryRepositories();
      const test = await startedTest(repositories);
      const challenge = content.challenge(test.currentChallengeId!)!;
      const request = { userId: LEARNER, assessmentId: test.id, challengeId: content.publicIdOf(challenge.id), value: exampleCorrectAnswer(challenge), idempotencyKey: 'k-1' };

      const first = await answerChallenge(repositories, deps, request);
      expect(first.answer.result).toBe('ok');
      expect(first.assessment.currentChallengeId).not.toBe(challenge.id);
      expect(state.recorded).toHaveLength(1);
      // The right answer validates the challenge's skill for this learner.
      expect(state.recorded[0].knowledgeElements).toContainEqual(expect.objectContaining({ skillId: challenge.skillId, status: 'validated', source: 'direct' }));

      // The response was lost; the browser sends the same submission again.
      const again = await answerChallenge(repositories, deps, request);
      expect(again.answer).toEqual(first.answer);
      expect(again.answers).toHaveLength(1);
      expect(state.recorded).toHaveLength(1);
    });

    it('refuses an answer to a challenge that is no longer current, naming the current one by its opaque id', async () => {
      const { repositories, state } = memoryRepositories();
      const test = await startedTest(repositories);
      const first = content.challenge(test.currentChallengeId!)!;
      await answerChallenge(repositories, deps, {
        userId: LEARNER,
        assessmentId: test.id,
        challengeId: content.publicIdOf(first.id),
        value: exampleCorrectAnswer(first),
        idempotencyKey: 'k-1',
      });
      const current = state.assessments.get(test.id)!.currentChallengeId!;

      // Another tab still shows the first challenge.
      const stale = answerChallenge(repositories, deps, {
        userId: LEARNER,
        assessmentId: test.id,
        challengeId: content.publicIdOf(first.id),
        value: exampleCorrectAnswer(first),
        idempotencyKey: 'k-other-tab',
      });
      await expect(stale).rejects.toMatchObject({ code: ErrorCode.NOT_CURRENT_CHALLENGE, extensions: { currentChallengeId: content.publicIdOf(current) } });
      expect(state.recorded).toHaveLength(1);
    });

    it('refuses the answer another request overtook between the read and the write', async () => {
      const { repositories, state } = memoryRepositories();
      const test = await startedTest(repositories);
      const challenge = content.challenge(test.currentChallengeId!)!;
      state.movedMeanwhile = true;
      const answer = answerChallenge(repositories, deps, {
        userId: LEARNER,
        assessmentId: test.id,
        challengeId: content.publicIdOf(challenge.id),
        value: exampleCorrectAnswer(challenge),
        idempotencyKey: 'k-1',
      });
      await expect(answer).rejects.toMatchObject({ code: ErrorCode.NOT_CURRENT_CHALLENGE });
      expect(state.recorded).toEqual([]);
    });
  });

  describe('starting a positioning test', () => {
    it('refuses an unknown competence and creates nothing', async () => {
      const { repositories, state } = memoryRepositories();
      await expect(startCompetenceEvaluation(repositories, deps, { userId: LEARNER, competenceId: '9.9', locale: 'fr' })).rejects.toBeInstanceOf(NotFoundError);
      expect(state.assessments.size).toBe(0);
    });

    it('returns the test in progress, including the one a second tab started at the same moment', async () => {
      const { repositories, state } = memoryRepositories();
      const test = await startedTest(repositories);
      expect(test.currentChallengeId).toBeTruthy();
      expect(await startedTest(repositories)).toEqual(test);
      expect(state.assessments.size).toBe(1);

      const other = memoryRepositories();
      other.state.concurrentStart = { ...test, id: 77 };
      expect((await startedTest(other.repositories)).id).toBe(77);
      expect(other.state.assessments.size).toBe(0); // ours was rolled back: one test in progress, the other tab's
    });
  });

  describe('"Remettre à zéro"', () => {
    async function answeredOnce() {
      const memory = memoryRepositories();
      const test = await startedTest(memory.repositories);
      const challenge = content.challenge(test.currentChallengeId!)!;
      await answerChallenge(memory.repositories, deps, {
        userId: LEARNER,
        assessmentId: test.id,
        challengeId: content.publicIdOf(challenge.id),
        value: exampleCorrectAnswer(challenge),
        idempotencyKey: 'k-1',
      });
      return { ...memory, test };
    }

    it('is refused within 7 days of the last answer, with the days left, and changes nothing', async () => {
      const { repositories, state, test } = await answeredOnce();
      const before = { assessments: new Map(state.assessments), knowledge: [...state.knowledge] };
      now = new Date(now.getTime() + 2 * DAY);
      await expect(resetCompetence(repositories, deps, { userId: LEARNER, competenceId: COMPETENCE, locale: 'fr' })).rejects.toMatchObject({
        code: ErrorCode.RESET_NOT_AVAILABLE,
        extensions: { availableInDays: 5 },
      });
      expect(state.assessments).toEqual(before.assessments);
      expect(state.knowledge).toEqual(before.knowledge);
      expect(state.assessments.get(test.id)!.state).toBe('STARTED');
    });

    it('after 7 days: resets every element of the competence, closes the test in progress and starts a new one', async () => {
      const { repositories, state, test } = await answeredOnce();
      const known = state.knowledge.map((k) => k.skillId);
      expect(known.length).toBeGreaterThan(0);
      now = new Date(now.getTime() + 8 * DAY);

      const fresh = await resetCompetence(repositories, deps, { userId: LEARNER, competenceId: COMPETENCE, locale: 'fr' });

      expect(state.assessments.get(test.id)!.state).toBe('COMPLETED');
      expect(fresh.id).not.toBe(test.id);
      expect(fresh).toMatchObject({ state: 'STARTED', isRetry: false, competenceId: COMPETENCE });
      expect(fresh.currentChallengeId).toBeTruthy();
      const latest = await repositories.latestKnowledgeOfCompetence(LEARNER, COMPETENCE);
      expect(latest.map((k) => [k.skillId, k.status, k.earnedPix]).sort()).toEqual(known.map((skillId) => [skillId, 'reset', 0]).sort());
    });
  });
});
