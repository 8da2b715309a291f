import type { CertificationDependencies, CertificationRepositories } from '../../src/certification/evaluation/application/dependencies';
import { finalizeSession } from '../../src/certification/evaluation/application/finalize-session.usecase';
import { authorizeCandidate } from '../../src/certification/evaluation/application/invigilation.usecase';
import type { SessionActivity } from '../../src/certification/evaluation/application/session-activity';
import type { CandidateRow, CourseChallengeRow, CourseRow, SessionRow } from '../../src/certification/evaluation/domain/course';
import { InvigilatorTokens } from '../../src/certification/evaluation/infrastructure/invigilator-tokens';
import type { LearningContent } from '../../src/learning-content';
import { BadUserInputError, ForbiddenError } from '../../src/shared/domain/errors';
import { CertificationEndedError, InvigilatorAccessRefusedError, SessionFinalizedError } from '../../src/certification/evaluation/domain/certification-errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * The invigilation and the finalisation on in-memory repositories: what an invigilator and a centre's
 * member see (the clock started once, the refusals, the questions neutralised, the session finalised
 * and scored), and that nothing is kept when a refusal or a failure comes in the middle.
 */
const NOW = new Date('2026-12-07T10:00:00Z');
const MEMBER = 7;
const STRANGER = 8;

function memoryRepositories(seed: { session: SessionRow & { startsAt: Date }; candidates: CandidateRow[]; courses: CourseRow[]; questions: CourseChallengeRow[] }) {
  const state = {
    session: { ...seed.session },
    candidates: seed.candidates.map((c) => ({ ...c })),
    courses: seed.courses.map((c) => ({ ...c })),
    questions: seed.questions.map((q) => ({ ...q })),
    endedTests: [] as number[],
    incidents: [] as { candidateId: number; code: string; questionNumber: number | null }[],
    scored: [] as number[],
    failScoring: false,
  };
  const unused = () => {
    throw new Error('not used by these use cases');
  };
  const candidate = (id: number) => state.candidates.find((c) => c.id === id) ?? null;
  const repositories: CertificationRepositories = {
    sessions: {
      find: async (id) => (id === state.session.id ? { ...state.session } : null),
      lockForJoining: unused,
      candidatesOf: async (sessionId) => state.candidates.filter((c) => c.sessionId === sessionId).map((c) => ({ ...c })),
      findCandidate: async (id) => (candidate(id) ? { ...candidate(id)! } : null),
      accountOfLearner: unused,
      markJoined: unused,
      setAuthorizedToStart: async (id, authorized) => void (candidate(id)!.authorizedToStart = authorized),
      unauthorizeCandidates: async (ids) => ids.forEach((id) => (candidate(id)!.authorizedToStart = false)),
      isCentreMember: async (userId, centreId) => userId === MEMBER && centreId === state.session.certificationCenterId,
      markFinalized: async (sessionId) => {
        if (sessionId !== state.session.id || state.session.state !== 'CREATED') return false;
        state.session.state = 'FINALIZED';
        return true;
      },
    },
    courses: {
      byId: async (id) => state.courses.find((c) => c.id === id) ?? null,
      ofCandidate: async (candidateId) => {
        const course = state.courses.find((c) => c.candidateId === candidateId);
        return course ? { ...course } : null;
      },
      ofSession: async (sessionId) => state.courses.filter((c) => c.sessionId === sessionId).map((c) => ({ ...c })),
      currentOfUser: unused,
      answerFactsOf: unused,
      create: unused,
      startClock: async (id, startedAt, endsAt) => void Object.assign(state.courses.find((c) => c.id === id)!, { startedAt, endsAt }),
      end: unused,
      endMany: async (ids, reason, now) => {
        for (const id of ids) Object.assign(state.courses.find((c) => c.id === id)!, { state: 'ENDED', endReason: reason, endedAt: now });
        return ids.length;
      },
      endOfAssessment: unused,
      markEndScreenSeen: unused,
      markEndScreensSeen: async (ids, now) => ids.forEach((id) => (state.courses.find((c) => c.id === id)!.endScreenSeenAt = now)),
      challengesOf: async (ids) => state.questions.filter((q) => ids.includes(q.courseId)).sort((a, b) => a.position - b.position).map((q) => ({ ...q })),
      neutralize: unused,
      neutralizeQuestions: async (questions, by) => {
        for (const { courseId, challengeId } of questions) Object.assign(state.questions.find((q) => q.courseId === courseId && q.challengeId === challengeId)!, { isNeutralized: true, neutralizedBy: by });
        return questions.length;
      },
      insertProblemReport: unused,
      findProblemReport: unused,
      resolveProblemReport: unused,
      pendingReportsOf: async () => [],
      lastReportOf: unused,
      insertIncidents: async (entries) => {
        for (const entry of entries) for (const i of entry.incidents) state.incidents.push({ candidateId: entry.candidateId, code: i.code, questionNumber: i.questionNumber });
      },
      detailsOf: unused,
    },
    tests: {
      byIds: async (ids) => ids.map((id) => ({ id, currentChallengeId: null }) as never),
      create: unused,
      end: async (ids) => void state.endedTests.push(...ids),
      moveOn: unused,
      // Course 1's candidate answered its first question wrong and its second right.
      answersOf: async () => [{ assessmentId: 501, challengeId: 'recImage1', result: 'ko' }, { assessmentId: 501, challengeId: 'recImage2', result: 'ok' }] as never,
      knowledgeOf: unused,
    },
    throttle: { admit: unused },
    scoreSession: async ({ sessionId }) => {
      if (state.failScoring) throw new Error('scoring failed');
      state.scored.push(sessionId);
      return 1;
    },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => (structuredClone({ ...state })), () => repositories),
    isUniqueViolation: () => false,
  };
  return { repositories, state };
}

function dependencies() {
  const published: SessionActivity[] = [];
  const deps: CertificationDependencies = {
    clock: { now: () => NOW },
    content: () => ({ challenge: (id: string) => ({ id, illustration: id.startsWith('recImage') ? 'https://img' : null, attachment: null, instruction: 'Observez.', instructionEn: null }) }) as unknown as LearningContent,
    throttle: {} as never,
    tokens: new InvigilatorTokens('unit-test-secret'),
    events: { publish: async (_channel, payload) => void published.push(payload as SessionActivity), subscribe: () => () => undefined, start: async () => undefined, stop: async () => undefined },
    pick: () => 0,
    scoreSession: async () => {
      throw new Error('the use case scores through its repositories, bound to its transaction');
    },
  };
  return { deps, published };
}

const session = { id: 42, certificationCenterId: 3, state: 'CREATED' as const, accessCode: 'ABC123', invigilatorPassword: 'PWD', date: '2026-12-07', time: '09:00', startsAt: new Date('2026-12-07T08:00:00Z') };
const candidateRow = (id: number, extra: Partial<CandidateRow> = {}): CandidateRow => ({
  id,
  sessionId: 42,
  firstName: `Prénom${id}`,
  lastName: `Nom${id}`,
  birthdate: '2008-01-01',
  extraTimePercentage: 0,
  organizationLearnerId: null,
  userId: 100 + id,
  joinedAt: new Date('2026-12-07T08:30:00Z'),
  authorizedToStart: false,
  ...extra,
});
const courseRow = (id: number, candidateId: number, extra: Partial<CourseRow> = {}): CourseRow => ({
  id,
  candidateId,
  sessionId: 42,
  userId: 100 + candidateId,
  assessmentId: 500 + id,
  state: 'STARTED',
  startedAt: null,
  endsAt: null,
  endedAt: null,
  endReason: null,
  endScreenSeenAt: null,
  ...extra,
});
const question = (courseId: number, position: number, challengeId: string): CourseChallengeRow => ({ courseId, position, challengeId, skillId: 's', competenceId: 'c', isNeutralized: false, neutralizedBy: null });

/** Candidate 1 is taking the test (let in), candidate 2 ended it, candidate 3 never came. */
function aSessionThatTookPlace() {
  return memoryRepositories({
    session,
    candidates: [candidateRow(1, { authorizedToStart: true }), candidateRow(2), candidateRow(3, { userId: null, joinedAt: null })],
    courses: [courseRow(1, 1, { startedAt: new Date('2026-12-07T08:35:00Z') }), courseRow(2, 2, { state: 'ENDED', endReason: 'COMPLETED' })],
    questions: [question(1, 0, 'recImage1'), question(1, 1, 'recImage2'), question(2, 0, 'recText1')],
  });
}

const report = (candidates: Parameters<typeof finalizeSession>[2]['candidates'], userId = MEMBER) => ({ userId, sessionId: 42, comment: 'RAS', candidates });

describe('finalising a session, on in-memory repositories', () => {
  it('ends the running test, takes back the authorisation, neutralises a wrongly answered question with an image, scores and announces the session', async () => {
    const { repositories, state } = aSessionThatTookPlace();
    const { deps, published } = dependencies();
    const outcome = await finalizeSession(repositories, deps, report([
      { candidateId: 1, endScreenSeen: false, incidents: [{ code: 'E1', questionNumber: 1, comment: 'image absente' }, { code: 'E1', questionNumber: 2, comment: 'image floue' }] },
      { candidateId: 2, endScreenSeen: true, incidents: [] },
      { candidateId: 3, endScreenSeen: false, incidents: [] },
    ]));

    expect(outcome).toEqual({ sessionId: 42, endedCoursesCount: 1, neutralizedQuestionsCount: 1 });
    expect(state.session.state).toBe('FINALIZED');
    expect(state.courses.find((c) => c.id === 1)).toMatchObject({ state: 'ENDED', endReason: 'ENDED_AT_FINALIZATION' });
    expect(state.courses.find((c) => c.id === 2)).toMatchObject({ endReason: 'COMPLETED', endScreenSeenAt: NOW });
    expect(state.endedTests).toEqual([501]);
    expect(state.candidates.find((c) => c.id === 1)!.authorizedToStart).toBe(false);
    // The wrong answer is neutralised; the right one still counts for the candidate.
    expect(state.questions.filter((q) => q.isNeutralized).map((q) => q.challengeId)).toEqual(['recImage1']);
    expect(state.incidents).toHaveLength(2);
    expect(state.scored).toEqual([42]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(published).toEqual([{ sessionId: 42, candidateId: null, kind: 'FINALIZED', at: NOW.toISOString() }]);
  });

  it('refuses a user who is not a member of the centre, and a second finalisation, writing nothing', async () => {
    const { repositories, state } = aSessionThatTookPlace();
    const { deps, published } = dependencies();
    await expect(finalizeSession(repositories, deps, report([], STRANGER))).rejects.toBeInstanceOf(ForbiddenError);
    expect(state.session.state).toBe('CREATED');

    await finalizeSession(repositories, deps, report([]));
    await expect(finalizeSession(repositories, deps, report([]))).rejects.toBeInstanceOf(SessionFinalizedError);
    expect(state.scored).toEqual([42]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(published.map((p) => p.kind)).toEqual(['FINALIZED']);
  });

  it('refuses an incident on a candidate who never came, or on a question that does not exist, before writing anything', async () => {
    const { repositories, state } = aSessionThatTookPlace();
    const { deps } = dependencies();
    const absent = finalizeSession(repositories, deps, report([{ candidateId: 3, endScreenSeen: false, incidents: [{ code: 'C6', questionNumber: null, comment: '' }] }]));
    await expect(absent).rejects.toMatchObject({ messageKey: 'errors.certificationTest.absentCandidate', params: { name: 'Prénom3 Nom3' } });
    const beyond = finalizeSession(repositories, deps, report([{ candidateId: 1, endScreenSeen: false, incidents: [{ code: 'E1', questionNumber: 3, comment: '' }] }]));
    await expect(beyond).rejects.toBeInstanceOf(BadUserInputError);
    expect(state.session.state).toBe('CREATED');
    expect(state.courses.find((c) => c.id === 1)!.state).toBe('STARTED');
    expect(state.incidents).toEqual([]);
  });

  it('keeps nothing when the scoring fails: the session stays open and the test running', async () => {
    const { repositories, state } = aSessionThatTookPlace();
    const { deps, published } = dependencies();
    state.failScoring = true;
    await expect(finalizeSession(repositories, deps, report([{ candidateId: 1, endScreenSeen: false, incidents: [{ code: 'E1', questionNumber: 1, comment: '' }] }]))).rejects.toThrow('scoring failed');
    expect(state.session.state).toBe('CREATED');
    expect(state.courses.find((c) => c.id === 1)).toMatchObject({ state: 'STARTED', endReason: null });
    expect(state.candidates.find((c) => c.id === 1)!.authorizedToStart).toBe(true);
    expect(state.questions.some((q) => q.isNeutralized)).toBe(false);
    expect(state.incidents).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(published).toEqual([]);
  });
});

describe("the invigilator lets a candidate in, on in-memory repositories", () => {
  function aSessionUnderWay() {
    return memoryRepositories({
      session,
      candidates: [candidateRow(1, { extraTimePercentage: 30 }), candidateRow(2)],
      courses: [courseRow(1, 1), courseRow(2, 2, { state: 'ENDED', endReason: 'COMPLETED' })],
      questions: [],
    });
  }

  it("starts the clock at the first authorisation, with the candidate's extra time, and does not restart it on resuming", async () => {
    const { repositories, state } = aSessionUnderWay();
    const { deps, published } = dependencies();
    const { token } = deps.tokens.issue(42, NOW);
    const live = await authorizeCandidate(repositories, deps, { candidateId: 1, caller: { bearer: token, userId: null } });
    // 105 min × 1.3 = 136 min 30 s.
    expect(live.course).toMatchObject({ startedAt: NOW, endsAt: new Date('2026-12-07T12:16:30Z') });
    expect(live.candidate.authorizedToStart).toBe(true);

    const later = { ...deps, clock: { now: () => new Date('2026-12-07T10:30:00Z') } };
    state.candidates[0].authorizedToStart = false; // the candidate left and joined again
    const resumed = await authorizeCandidate(repositories, later, { candidateId: 1, caller: { bearer: null, userId: MEMBER } });
    expect(resumed.course).toMatchObject({ startedAt: NOW, endsAt: new Date('2026-12-07T12:16:30Z') });
    expect(resumed.candidate.authorizedToStart).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(published.map((p) => [p.kind, p.candidateId, p.at])).toEqual([
      ['AUTHORIZED', 1, NOW.toISOString()],
      ['AUTHORIZED', 1, '2026-12-07T10:30:00.000Z'],
    ]);
  });

  it("refuses another session's invigilator, a stranger to the centre and an ended test, letting nobody in", async () => {
    const { repositories, state } = aSessionUnderWay();
    const { deps, published } = dependencies();
    const otherSession = deps.tokens.issue(43, NOW).token;
    await expect(authorizeCandidate(repositories, deps, { candidateId: 1, caller: { bearer: otherSession, userId: null } })).rejects.toBeInstanceOf(InvigilatorAccessRefusedError);
    await expect(authorizeCandidate(repositories, deps, { candidateId: 1, caller: { bearer: null, userId: STRANGER } })).rejects.toBeInstanceOf(ForbiddenError);
    const token = deps.tokens.issue(42, NOW).token;
    await expect(authorizeCandidate(repositories, deps, { candidateId: 2, caller: { bearer: token, userId: null } })).rejects.toBeInstanceOf(CertificationEndedError);
    expect(state.candidates.map((c) => c.authorizedToStart)).toEqual([false, false]);
    expect(state.courses[0].startedAt).toBeNull();
    await new Promise((resolve) => setImmediate(resolve));
    expect(published).toEqual([]);
  });
});
