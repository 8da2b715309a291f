import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { ANSWER, AUTHORIZE, CURRENT, END_TEST, JOIN, LIVE, SUPERVISE, centreWithMember, certifiableLearner, logIn, sessionWithCandidates } from '../helpers/certification-fixtures';
import { correctAnswerOf } from '../helpers/challenges';
import { startTestApi, type TestApi } from '../helpers/test-api';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Issue 12, the certification's test over real HTTP: joining (and its refusals), the invigilator's
 * supervision, the test answered through answerChallenge with the server's clock, problem reports,
 * ending a test. Finalisation and the throttles: certification-finalization.test.ts.
 */
describe('a certification test', () => {
  let api: TestApi;
  let db: Client;
  let centreId: number;
  let memberToken: string;

  const identity = (seed: { firstName: string; lastName: string; birthdate: string }) => ({ firstName: seed.firstName, lastName: seed.lastName, birthdate: seed.birthdate });
  const join = (token: string, session: { id: number; accessCode: string }, who: { firstName: string; lastName: string; birthdate: string }, overrides: Record<string, string> = {}) =>
    api.gql(JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, ...identity(who), ...overrides } }, { token });
  const supervise = async (session: { id: number; invigilatorPassword: string }) => {
    const response = await api.gql(SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } });
    expect(response.errors).toBeUndefined();
    return response.data!.superviseSession.accessToken as string;
  };
  const current = async (token: string, assessmentId: string) => {
    const response = await api.gql(CURRENT, { id: assessmentId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.assessment;
  };
  const answer = (token: string, assessmentId: string, challengeId: string, value: string) =>
    api.gql(ANSWER, { input: { assessmentId, challengeId, value, idempotencyKey: randomUUID() } }, { token });
  const codeOf = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.[0]?.extensions?.code;

  /** A learner joined as the session's candidate, and the invigilator's token. */
  const joinedCandidate = async (extra: { extraTimePercentage?: number } = {}) => {
    const who = { firstName: 'Zoé', lastName: `Martin-${randomUUID().slice(0, 6)}`, birthdate: '2009-04-12' };
    const session = await sessionWithCandidates(api, centreId, [{ ...who, ...extra }]);
    const learner = await certifiableLearner(api, { firstName: who.firstName, lastName: who.lastName });
    const joined = await join(learner.token, session, who);
    expect(joined.errors).toBeUndefined();
    const course = joined.data!.joinCertificationSession;
    return { who, session, learner, course, candidateId: String(session.candidateIds[0]), invigilator: await supervise(session) };
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const centre = await centreWithMember(api);
    centreId = centre.centreId;
    memberToken = centre.member.token;
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  describe('joining', () => {
    const who = { firstName: 'Jean-Édouard', lastName: "D'Artois", birthdate: '2008-01-31' };

    it('builds the test from the profile now and waits for the invigilator; names are compared without accents, case or punctuation', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      const learner = await certifiableLearner(api, { competences: 6, level: 2 });
      const response = await join(learner.token, session, { firstName: 'jean edouard', lastName: 'DARTOIS', birthdate: '2008-01-31' }, { accessCode: session.accessCode.toLowerCase() });
      expect(response.errors).toBeUndefined();
      const course = response.data!.joinCertificationSession;
      expect(course).toMatchObject({ state: 'STARTED', status: 'WAITING_FOR_AUTHORIZATION', authorizedToStart: false, endsAt: null, timeLeftSeconds: null, sessionId: String(session.id) });
      expect(course.assessment.type).toBe('CERTIFICATION');
      // 6 certifiable competences, 3 questions each (the skills up to level 2 span several tubes).
      expect(course.numberOfChallenges).toBe(18);
      const snapshot = await db.query('select competence_id, level from certification_course_competences where certification_course_id = $1 order by competence_id', [Number(course.id)]);
      expect(snapshot.rows).toHaveLength(6);
      expect(snapshot.rows.every((r) => r.level === 2)).toBe(true);
      // Each question is an alternative: never a challenge the learner already answered (none here), always validated.
      const chosen = await db.query('select c.status from certification_challenges cc join challenges c on c.id = cc.challenge_id where cc.certification_course_id = $1', [Number(course.id)]);
      expect(chosen.rows.every((r) => r.status === 'validated')).toBe(true);

      // Joining again returns the same test, still waiting.
      const again = await join(learner.token, session, who);
      expect(again.data!.joinCertificationSession).toMatchObject({ id: course.id, status: 'WAITING_FOR_AUTHORIZATION' });
    });

    it('refuses an unknown session and an identity that does not match with the same error, revealing nothing', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      const learner = await certifiableLearner(api);
      const wrongName = await join(learner.token, session, { ...who, firstName: 'Jean' });
      const wrongDate = await join(learner.token, session, { ...who, birthdate: '2008-01-30' });
      const noSession = await join(learner.token, { id: 99999999, accessCode: session.accessCode }, who);
      const wrongNameAndCode = await join(learner.token, session, { ...who, firstName: 'Jean' }, { accessCode: 'BBBB22' });
      for (const response of [wrongName, wrongDate, noSession, wrongNameAndCode]) {
        expect(codeOf(response)).toBe('CERTIFICATION_CANDIDATE_NOT_FOUND');
        expect(response.errors![0].message).toBe(wrongName.errors![0].message);
      }
      expect(wrongName.errors![0].message).toMatch(/numéro de session/);
    });

    it('refuses a wrong access code with its own error', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      const learner = await certifiableLearner(api);
      const response = await join(learner.token, session, who, { accessCode: session.accessCode === 'BBBB22' ? 'CCCC33' : 'BBBB22' });
      expect(codeOf(response)).toBe('CERTIFICATION_WRONG_ACCESS_CODE');
    });

    it('refuses a profile with fewer than 5 competences at level 1, saying so', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      const learner = await certifiableLearner(api, { competences: 4 });
      const response = await join(learner.token, session, who);
      expect(codeOf(response)).toBe('CERTIFICATION_NOT_CERTIFIABLE');
      expect(response.errors![0].extensions!.certifiableCompetencesCount).toBe(4);
      expect(response.errors![0].message).toMatch(/5 compétences/);
      expect((await db.query('select joined_at from certification_candidates where id = $1', [session.candidateIds[0]])).rows[0].joined_at).toBeNull();
    });

    it('refuses a finalised session', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      await db.query(`update certification_sessions set state = 'FINALIZED', finalized_at = now() where id = $1`, [session.id]);
      const learner = await certifiableLearner(api);
      expect(codeOf(await join(learner.token, session, who))).toBe('CERTIFICATION_SESSION_FINALIZED');
    });

    it('lets a pupil join only with the account their pupil record is linked to', async () => {
      const em = api.platform.services.orm.em.fork();
      const school = await buildOrganization(em, { name: 'Collège du test', type: 'SCO', uai: '0750001A' });
      const pupil = await certifiableLearner(api);
      const other = await certifiableLearner(api);
      const learnerId = await buildOrganizationLearner(em, school.id, { firstName: who.firstName, lastName: who.lastName, birthdate: who.birthdate, division: '3A', userId: pupil.id });
      const session = await sessionWithCandidates(api, centreId, [{ ...who, organizationLearnerId: learnerId }]);
      expect(codeOf(await join(other.token, session, who))).toBe('CERTIFICATION_CANDIDATE_OTHER_ACCOUNT');
      expect((await join(pupil.token, session, who)).errors).toBeUndefined();
    });

    it('refuses a candidate another account already joined as', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      const first = await certifiableLearner(api);
      const second = await certifiableLearner(api);
      expect((await join(first.token, session, who)).errors).toBeUndefined();
      expect(codeOf(await join(second.token, session, who))).toBe('CERTIFICATION_CANDIDATE_OTHER_ACCOUNT');
    });

    it('is for logged-in learners only', async () => {
      const session = await sessionWithCandidates(api, centreId, [who]);
      expect(codeOf(await api.gql(JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, ...who } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('taking it', () => {
    it('waits for the authorisation, then runs on the server clock to the end: no result shown, no checkpoint, skipping allowed', async () => {
      const { learner, course, candidateId, invigilator } = await joinedCandidate({ extraTimePercentage: 30 });
      const assessmentId = course.assessment.id;
      // Not let in yet: no question is sent, and an answer is refused.
      const waiting = await current(learner.token, assessmentId);
      expect(waiting).toMatchObject({ type: 'CERTIFICATION', currentChallenge: null, endsAt: null, timeLeftSeconds: null });
      const firstId = (await db.query('select challenge_id from certification_challenges where certification_course_id = $1 and position = 0', [Number(course.id)])).rows[0].challenge_id;
      const firstPublicId = api.platform.services.content.get().publicIdOf(firstId);
      expect(codeOf(await answer(learner.token, assessmentId, firstPublicId, '#ABAND#'))).toBe('CERTIFICATION_NOT_AUTHORIZED');

      const authorized = await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      expect(authorized.errors).toBeUndefined();
      expect(authorized.data!.authorizeCandidate.status).toBe('IN_PROGRESS');
      // 1 h 45 + 30 % = 136 min 30 s.
      expect(authorized.data!.authorizeCandidate.timeLeftSeconds).toBeGreaterThan(136 * 60 + 20);
      expect(authorized.data!.authorizeCandidate.timeLeftSeconds).toBeLessThanOrEqual(136 * 60 + 30);

      let state = await current(learner.token, assessmentId);
      expect(state.certificationProgress).toEqual({ questionNumber: 1, numberOfQuestions: 18 });
      expect(state.progress).toBeNull();
      let challengeId: string | null = state.currentChallenge.id;
      let n = 0;
      while (challengeId) {
        n += 1;
        const response = await answer(learner.token, assessmentId, challengeId, n % 3 === 0 ? '#ABAND#' : correctAnswerOf(api, challengeId));
        expect(response.errors).toBeUndefined();
        const outcome = response.data!.answerChallenge;
        expect(outcome.answer.result).toBe('HIDDEN');
        expect(outcome.checkpoint).toBeNull();
        if (outcome.nextChallenge) expect(outcome.assessment.certificationProgress.questionNumber).toBe(n + 1);
        challengeId = outcome.nextChallenge?.id ?? null;
      }
      expect(n).toBe(18);
      state = await current(learner.token, assessmentId);
      expect(state).toMatchObject({ state: 'COMPLETED', currentChallenge: null, pendingCheckpoint: null, timeLeftSeconds: 0 });
      const stored = await db.query(`select result from answers where assessment_id = $1`, [Number(assessmentId)]);
      expect(stored.rows.filter((r) => r.result === 'skipped')).toHaveLength(6);
      expect((await db.query('select count(*)::int as n from knowledge_elements where assessment_id = $1', [Number(assessmentId)])).rows[0].n).toBe(0);

      const ended = await api.gql(`query Q($id: ID!) { certificationCourse(id: $id) { state status endReason endScreenSeen } }`, { id: course.id }, { token: learner.token });
      expect(ended.data!.certificationCourse).toEqual({ state: 'ENDED', status: 'ENDED', endReason: 'COMPLETED', endScreenSeen: false });
      const seen = await api.gql(`mutation M($id: ID!) { markCertificationEndScreenSeen(courseId: $id) { endScreenSeen } }`, { id: course.id }, { token: learner.token });
      expect(seen.data!.markCertificationEndScreenSeen.endScreenSeen).toBe(true);
      const live = await api.gql(LIVE, { id: course.sessionId }, { token: invigilator });
      expect(live.data!.supervisedSession.candidates[0]).toMatchObject({ status: 'ENDED', endReason: 'COMPLETED', endScreenSeen: true, questionNumber: 18, numberOfQuestions: 18 });
    });

    it('refuses an answer after the end (past the grace) with its own error, stores nothing and ends the test', async () => {
      const { learner, course, candidateId, invigilator } = await joinedCandidate();
      await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      const challengeId = (await current(learner.token, course.assessment.id)).currentChallenge.id;
      await db.query(`update certification_courses set started_at = now() - interval '2 hours', ends_at = now() - interval '6 seconds' where id = $1`, [Number(course.id)]);
      const late = await answer(learner.token, course.assessment.id, challengeId, '#ABAND#');
      expect(codeOf(late)).toBe('CERTIFICATION_TIME_OVER');
      expect(late.errors![0].message).toMatch(/temps imparti/);
      expect((await db.query('select count(*)::int as n from answers where assessment_id = $1', [Number(course.assessment.id)])).rows[0].n).toBe(0);
      const row = (await db.query('select state, end_reason from certification_courses where id = $1', [Number(course.id)])).rows[0];
      expect(row).toEqual({ state: 'ENDED', end_reason: 'TIMED_OUT' });
      expect(codeOf(await answer(learner.token, course.assessment.id, challengeId, '#ABAND#'))).toBe('CERTIFICATION_TIME_OVER');
      expect(codeOf(await join(learner.token, { id: Number(course.sessionId), accessCode: (await db.query('select access_code from certification_sessions where id = $1', [Number(course.sessionId)])).rows[0].access_code }, (await db.query(`select first_name as "firstName", last_name as "lastName", to_char(birthdate, 'YYYY-MM-DD') as birthdate from certification_candidates where id = $1`, [Number(candidateId)])).rows[0]))).toBe('CERTIFICATION_ALREADY_TAKEN');
    });

    it('accepts an answer within the grace after the end', async () => {
      const { learner, course, candidateId, invigilator } = await joinedCandidate();
      await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      const challengeId = (await current(learner.token, course.assessment.id)).currentChallenge.id;
      await db.query(`update certification_courses set ends_at = now() - interval '2 seconds' where id = $1`, [Number(course.id)]);
      expect((await answer(learner.token, course.assessment.id, challengeId, '#ABAND#')).errors).toBeUndefined();
    });

    it('needs a new authorisation after leaving (joining again); the clock keeps running', async () => {
      const { who, session, learner, course, candidateId, invigilator } = await joinedCandidate();
      const first = await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      const endsAt = first.data!.authorizeCandidate.endsAt;
      const challengeId = (await current(learner.token, course.assessment.id)).currentChallenge.id;
      expect((await join(learner.token, session, who)).data!.joinCertificationSession.status).toBe('WAITING_FOR_AUTHORIZATION');
      expect(codeOf(await answer(learner.token, course.assessment.id, challengeId, '#ABAND#'))).toBe('CERTIFICATION_NOT_AUTHORIZED');
      const resumed = await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      expect(resumed.data!.authorizeCandidate.endsAt).toBe(endsAt);
      expect((await answer(learner.token, course.assessment.id, challengeId, '#ABAND#')).errors).toBeUndefined();
    });

    it('a problem accepted by the invigilator neutralises the question and moves on; a refused one must be answered', async () => {
      const { learner, course, candidateId, invigilator } = await joinedCandidate();
      await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      const REPORT = `mutation R($input: ReportChallengeProblemInput!) { reportChallengeProblem(input: $input) { id questionNumber category status } }`;
      const RESOLVE = `mutation S($input: ResolveChallengeProblemInput!) { resolveChallengeProblem(input: $input) { id status } }`;
      const first = (await current(learner.token, course.assessment.id)).currentChallenge.id;
      const reported = await api.gql(REPORT, { input: { assessmentId: course.assessment.id, challengeId: first, category: 'E1' } }, { token: learner.token });
      expect(reported.data!.reportChallengeProblem).toMatchObject({ questionNumber: 1, category: 'E1', status: 'PENDING' });
      // The candidate follows the invigilator's answer on their course.
      const LAST = `query L($id: ID!) { certificationCourse(id: $id) { lastProblemReport { id questionNumber category status } } }`;
      const lastOf = async () => (await api.gql(LAST, { id: course.id }, { token: learner.token })).data!.certificationCourse.lastProblemReport;
      expect(await lastOf()).toMatchObject({ id: reported.data!.reportChallengeProblem.id, questionNumber: 1, category: 'E1', status: 'PENDING' });
      const twice = await api.gql(REPORT, { input: { assessmentId: course.assessment.id, challengeId: first, category: 'E2' } }, { token: learner.token });
      expect(codeOf(twice)).toBe('BAD_USER_INPUT');
      const live = await api.gql(LIVE, { id: course.sessionId }, { token: invigilator });
      expect(live.data!.supervisedSession.candidates[0].pendingProblemReport).toMatchObject({ questionNumber: 1, category: 'E1' });
      // The candidate cannot resolve it themselves.
      expect(codeOf(await api.gql(RESOLVE, { input: { reportId: reported.data!.reportChallengeProblem.id, accepted: true } }, { token: learner.token }))).toBe('FORBIDDEN');
      expect((await api.gql(RESOLVE, { input: { reportId: reported.data!.reportChallengeProblem.id, accepted: true } }, { token: invigilator })).data!.resolveChallengeProblem.status).toBe('ACCEPTED');
      expect((await lastOf()).status).toBe('ACCEPTED');
      const after = await current(learner.token, course.assessment.id);
      expect(after.currentChallenge.id).not.toBe(first);
      expect(after.certificationProgress.questionNumber).toBe(2);
      const neutralized = await db.query('select position, neutralized_by from certification_challenges where certification_course_id = $1 and is_neutralized', [Number(course.id)]);
      expect(neutralized.rows).toEqual([{ position: 0, neutralized_by: 'PROBLEM_REPORT' }]);

      const second = after.currentChallenge.id;
      const report2 = await api.gql(REPORT, { input: { assessmentId: course.assessment.id, challengeId: second, category: 'E7' } }, { token: learner.token });
      expect((await api.gql(RESOLVE, { input: { reportId: report2.data!.reportChallengeProblem.id, accepted: false } }, { token: invigilator })).data!.resolveChallengeProblem.status).toBe('REFUSED');
      expect((await current(learner.token, course.assessment.id)).currentChallenge.id).toBe(second);
      expect(await lastOf()).toMatchObject({ questionNumber: 2, category: 'E7', status: 'REFUSED' });
    });

    it('the invigilator ends a test: nothing more is answered', async () => {
      const { learner, course, candidateId, invigilator } = await joinedCandidate();
      await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator });
      const challengeId = (await current(learner.token, course.assessment.id)).currentChallenge.id;
      const ended = await api.gql(END_TEST, { id: candidateId }, { token: invigilator });
      expect(ended.data!.endCandidateTest).toMatchObject({ status: 'ENDED_BY_INVIGILATOR', endReason: 'ENDED_BY_INVIGILATOR' });
      expect(codeOf(await answer(learner.token, course.assessment.id, challengeId, '#ABAND#'))).toBe('CERTIFICATION_ENDED');
      expect(codeOf(await api.gql(AUTHORIZE, { id: candidateId }, { token: invigilator }))).toBe('CERTIFICATION_ENDED');
    });
  });

  describe('the invigilator', () => {
    it('supervises with the session number and password: a token for that session only', async () => {
      const a = await sessionWithCandidates(api, centreId, [{ firstName: 'A', lastName: 'A', birthdate: '2009-01-01' }]);
      const b = await sessionWithCandidates(api, centreId, [{ firstName: 'B', lastName: 'B', birthdate: '2009-01-01' }]);
      const wrong = await api.gql(SUPERVISE, { input: { sessionNumber: String(a.id), invigilatorPassword: 'XXXXXX' } });
      const noSession = await api.gql(SUPERVISE, { input: { sessionNumber: '99999999', invigilatorPassword: a.invigilatorPassword } });
      expect(codeOf(wrong)).toBe('INVIGILATOR_ACCESS_REFUSED');
      expect(noSession.errors![0].message).toBe(wrong.errors![0].message);
      const tokenA = await supervise(a);
      const listA = await api.gql(LIVE, { id: String(a.id) }, { token: tokenA });
      expect(listA.data!.supervisedSession.candidates).toEqual([expect.objectContaining({ firstName: 'A', status: 'NOT_JOINED' })]);
      expect(codeOf(await api.gql(LIVE, { id: String(b.id) }, { token: tokenA }))).toBe('INVIGILATOR_ACCESS_REFUSED');
      expect(codeOf(await api.gql(AUTHORIZE, { id: String(b.candidateIds[0]) }, { token: tokenA }))).toBe('INVIGILATOR_ACCESS_REFUSED');
      expect(codeOf(await api.gql(LIVE, { id: String(a.id) }))).toBe('UNAUTHENTICATED');
      // Not an account's token.
      expect(codeOf(await api.gql('{ me { id } }', {}, { token: tokenA }))).toBe('UNAUTHENTICATED');
      // A learner, a member of another centre: refused.
      const learner = await certifiableLearner(api);
      expect(codeOf(await api.gql(LIVE, { id: String(a.id) }, { token: learner.token }))).toBe('FORBIDDEN');
      const other = await centreWithMember(api, 'Autre centre');
      expect(codeOf(await api.gql(LIVE, { id: String(a.id) }, { token: other.member.token }))).toBe('FORBIDDEN');
      // Finalising the session ends the token.
      await db.query(`update certification_sessions set state = 'FINALIZED' where id = $1`, [a.id]);
      expect(codeOf(await api.gql(LIVE, { id: String(a.id) }, { token: tokenA }))).toBe('CERTIFICATION_SESSION_FINALIZED');
    });
  });

  describe('the live events over WebSocket', () => {
    const wsClient = (token?: string) =>
      createClient({ url: `${api.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0 });
    const first = <T>(client: ReturnType<typeof wsClient>, query: string, variables: Record<string, unknown>) =>
      new Promise<{ data?: T; errors?: unknown }>((resolve, reject) => {
        client.subscribe<T>({ query, variables }, { next: (result) => resolve(result as never), error: (error) => resolve({ errors: error }), complete: () => reject(new Error('completed without a result')) });
      });

    it("follows a session for a member of its centre with their account; queries and mutations go over HTTP only", async () => {
      const { who, session, learner, candidateId } = await joinedCandidate();
      const client = wsClient(memberToken);
      const event = first<{ sessionActivity: { candidateId: string; kind: string } }>(client, 'subscription S($id: ID!) { sessionActivity(sessionId: $id) { candidateId kind } }', { id: String(session.id) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await join(learner.token, session, who);
      expect((await event).data!.sessionActivity).toEqual({ candidateId, kind: 'JOINED' });
      const query = await first(client, '{ me { id } }', {});
      expect(JSON.stringify(query.errors)).toContain('Only subscriptions');
      await client.dispose();
    });
  });
});
