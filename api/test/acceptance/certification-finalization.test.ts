import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AUTHORIZE, CURRENT, JOIN, SUPERVISE, centreWithMember, certifiableLearner, sessionWithCandidates } from '../helpers/certification-fixtures';
import { buildCertificationCandidate } from '../../src/seeds/certification-builder';
import { correctAnswerOf } from '../helpers/challenges';
import { instructionHasLink } from '../../src/certification/evaluation/domain/neutralization';
import { startTestApi, type TestApi } from '../helpers/test-api';

/**
 * Issue 12: finalising a session (a member of its centre, once, after it took place; running tests end;
 * incidents stored and the automatic neutralisation applied) and the throttles of the access code and
 * of the invigilator password, with concurrent requests.
 */
const FINALIZE = `mutation F($input: FinalizeSessionInput!) { finalizeSession(input: $input) { sessionId endedCoursesCount neutralizedQuestionsCount } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) { nextChallenge { id } } }`;

describe('finalising a certification session', () => {
  let api: TestApi;
  let db: Client;
  const codeOf = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi({ env: { THROTTLE_ACCOUNT_FAILURES: '5', THROTTLE_ADDRESS_FAILURES: '200' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  /** Two candidates: one who answered everything (right, wrong, skipped), one still answering. */
  const takenSession = async () => {
    const { centreId, member } = await centreWithMember(api, `Centre ${randomUUID().slice(0, 6)}`);
    const done = { firstName: 'Ada', lastName: 'Lovelace', birthdate: '2009-12-10' };
    const running = { firstName: 'Alan', lastName: 'Turing', birthdate: '2009-06-23' };
    const session = await sessionWithCandidates(api, centreId, [done, running]);
    const invigilator = (await api.gql(SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } })).data!.superviseSession.accessToken;
    const courses: { id: string; assessmentId: string; token: string }[] = [];
    for (const [i, who] of [done, running].entries()) {
      const learner = await certifiableLearner(api, who);
      const joined = await api.gql(JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, ...who } }, { token: learner.token });
      expect(joined.errors).toBeUndefined();
      await api.gql(AUTHORIZE, { id: String(session.candidateIds[i]) }, { token: invigilator });
      courses.push({ id: joined.data!.joinCertificationSession.id, assessmentId: joined.data!.joinCertificationSession.assessment.id, token: learner.token });
    }
    // Questions 3 to 7 of the first test, chosen so that each incident below is about what the question
    // carries: an image (3), a file (4), neither image nor link (5, 6), a simulator (7).
    const content = api.platform.services.content.get();
    const plain = content.challenges
      .filter((c) => c.status === 'validated' && !c.illustration && !c.attachment && !c.embed && !instructionHasLink(c.instruction) && !instructionHasLink(c.instructionEn ?? ''))
      .map((c) => c.id)
      .sort();
    const chosen = [[2, 'formulesTableur1-c'], [3, 'analyseDonnees5-c'], [4, plain[0]], [5, plain[1]], [6, 'triFiltre4-c']] as const;
    for (const [position, challengeId] of chosen) {
      const skill = content.skill(content.challenge(challengeId)!.skillId)!;
      await db.query('delete from certification_challenges where certification_course_id = $1 and challenge_id = $2', [Number(courses[0].id), challengeId]);
      await db.query('update certification_challenges set challenge_id = $3, skill_id = $4, competence_id = $5 where certification_course_id = $1 and position = $2', [
        Number(courses[0].id),
        position,
        challengeId,
        skill.id,
        skill.competenceId,
      ]);
    }
    // The first answers question 1 right, then skips the others.
    let challengeId: string | null = (await api.gql(CURRENT, { id: courses[0].assessmentId }, { token: courses[0].token })).data!.assessment.currentChallenge.id;
    let n = 0;
    while (challengeId) {
      n += 1;
      const value = n === 1 ? correctAnswerOf(api, challengeId) : '#ABAND#';
      const response = await api.gql(ANSWER, { input: { assessmentId: courses[0].assessmentId, challengeId, value, idempotencyKey: randomUUID() } }, { token: courses[0].token });
      expect(response.errors).toBeUndefined();
      challengeId = response.data!.answerChallenge.nextChallenge?.id ?? null;
    }
    return { session, member, courses, centreId };
  };

  it('by a member of the centre, once, after the session: running tests end, incidents are stored and neutralise by the rule', async () => {
    const { session, member, courses } = await takenSession();
    const incidents = [
      // Skipped, and the image (question 3) and the file (question 4) are indeed there: neutralised.
      { code: 'E1', questionNumber: 3, comment: 'Image absente' },
      { code: 'E3', questionNumber: 4, comment: 'Le fichier ne s’ouvre pas' },
      // No image in question 5, no link in question 6: they stay.
      { code: 'E1', questionNumber: 5, comment: '' },
      { code: 'E6', questionNumber: 6, comment: '' },
      // The simulator of question 7 did not load (E2): neutralised.
      { code: 'E2', questionNumber: 7, comment: 'Le simulateur reste blanc' },
      // "Other": never automatic.
      { code: 'E7', questionNumber: 2, comment: 'Autre' },
      { code: 'C3', comment: 'Écran de fin non vu' },
    ];
    const input = {
      sessionId: String(session.id),
      comment: 'RAS',
      candidates: [
        { candidateId: String(session.candidateIds[0]), endScreenSeen: true, incidents },
        { candidateId: String(session.candidateIds[1]), endScreenSeen: false, incidents: [] },
      ],
    };
    // Another centre's member, a learner, anonymous: refused; nothing written.
    const other = await centreWithMember(api, 'Centre voisin');
    expect(codeOf(await api.gql(FINALIZE, { input }, { token: other.member.token }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(FINALIZE, { input }, { token: courses[0].token }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(FINALIZE, { input }))).toBe('UNAUTHENTICATED');
    // A question number out of the test: refused, nothing written.
    const outOfRange = await api.gql(FINALIZE, { input: { ...input, candidates: [{ ...input.candidates[0], incidents: [{ code: 'E1', questionNumber: 99 }] }] } }, { token: member.token });
    expect(codeOf(outOfRange)).toBe('BAD_USER_INPUT');
    expect((await db.query('select state from certification_sessions where id = $1', [session.id])).rows[0].state).toBe('CREATED');

    const response = await api.gql(FINALIZE, { input }, { token: member.token });
    expect(response.errors).toBeUndefined();
    const expectedNeutralized = [2, 3, 6];
    expect(response.data!.finalizeSession).toEqual({ sessionId: String(session.id), endedCoursesCount: 1, neutralizedQuestionsCount: 3 });
    const neutralized = await db.query(`select position from certification_challenges where certification_course_id = $1 and is_neutralized and neutralized_by = 'INCIDENT' order by position`, [Number(courses[0].id)]);
    expect(neutralized.rows.map((r) => r.position)).toEqual(expectedNeutralized);
    const stored = await db.query('select code, question_number, comment from certification_incidents where candidate_id = $1 order by id', [session.candidateIds[0]]);
    expect(stored.rows).toHaveLength(incidents.length);
    const courseRows = await db.query('select state, end_reason, end_screen_seen_at is not null as seen from certification_courses where id = any($1::int[]) order by id', [courses.map((c) => Number(c.id))]);
    expect(courseRows.rows).toEqual([
      { state: 'ENDED', end_reason: 'COMPLETED', seen: true },
      { state: 'ENDED', end_reason: 'ENDED_AT_FINALIZATION', seen: false },
    ]);
    expect((await db.query('select state, finalization_comment from certification_sessions where id = $1', [session.id])).rows[0]).toEqual({ state: 'FINALIZED', finalization_comment: 'RAS' });
    // Once only, even when two arrive together.
    expect(codeOf(await api.gql(FINALIZE, { input }, { token: member.token }))).toBe('CERTIFICATION_SESSION_FINALIZED');
  });

  it('lists a candidate who never joined as absent: accepted without end screen nor incident, refused with either', async () => {
    const { session, member } = await takenSession();
    const absent = await buildCertificationCandidate(api.platform.services.orm.em.fork(), { sessionId: session.id, firstName: 'Grace', lastName: 'Hopper', birthdate: '2009-12-09' });
    const joined = session.candidateIds.map((id) => ({ candidateId: String(id), endScreenSeen: true, incidents: [] }));
    const finalize = (entry: object) => api.gql(FINALIZE, { input: { sessionId: String(session.id), candidates: [...joined, { candidateId: String(absent.id), ...entry }] } }, { token: member.token });
    const seen = await finalize({ endScreenSeen: true, incidents: [] });
    expect(seen.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining("Grace Hopper n'a pas rejoint la session (absent)") });
    expect(codeOf(await finalize({ endScreenSeen: false, incidents: [{ code: 'A2', comment: 'Absent' }] }))).toBe('BAD_USER_INPUT');
    expect((await db.query('select state from certification_sessions where id = $1', [session.id])).rows[0].state).toBe('CREATED');

    const response = await finalize({ endScreenSeen: false, incidents: [] });
    expect(response.errors).toBeUndefined();
    expect(response.data!.finalizeSession).toMatchObject({ endedCoursesCount: 1 });
    expect((await db.query('select count(*)::int as n from certification_incidents where candidate_id = $1', [absent.id])).rows[0].n).toBe(0);
    expect((await db.query('select count(*)::int as n from certification_courses where candidate_id = $1', [absent.id])).rows[0].n).toBe(0);
  });

  it('concurrent finalisations: one succeeds', async () => {
    const { session, member } = await takenSession();
    const input = { sessionId: String(session.id), candidates: [] };
    const outcomes = await Promise.all([1, 2, 3].map(() => api.gql(FINALIZE, { input }, { token: member.token })));
    expect(outcomes.filter((o) => !o.errors)).toHaveLength(1);
    expect(outcomes.filter((o) => codeOf(o) === 'CERTIFICATION_SESSION_FINALIZED')).toHaveLength(2);
  });

  it('not before the session took place', async () => {
    const { centreId, member } = await centreWithMember(api, 'Centre futur');
    const tomorrow = new Date(Date.now() + 48 * 3600 * 1000).toISOString().slice(0, 10);
    const session = await sessionWithCandidates(api, centreId, [], { date: tomorrow });
    const response = await api.gql(FINALIZE, { input: { sessionId: String(session.id), candidates: [] } }, { token: member.token });
    expect(codeOf(response)).toBe('CERTIFICATION_SESSION_NOT_TAKEN_PLACE');
  });

  describe('throttles', () => {
    it('a wrong access code: concurrent attempts on one session never slip past the limit, the wait is told', async () => {
      const { centreId } = await centreWithMember(api, 'Centre des essais');
      const who = { firstName: 'Eve', lastName: 'Essai', birthdate: '2009-02-02' };
      const session = await sessionWithCandidates(api, centreId, [who]);
      const learner = await certifiableLearner(api);
      const wrong = session.accessCode === 'BBBB22' ? 'CCCC33' : 'BBBB22';
      // 50 attempts per session and window (a room joins at once), then refused.
      const attempts = await Promise.all(
        Array.from({ length: 60 }, () => api.gql(JOIN, { input: { sessionNumber: String(session.id), accessCode: wrong, ...who } }, { token: learner.token })),
      );
      const codes = attempts.map(codeOf);
      expect(codes.filter((c) => c === 'CERTIFICATION_WRONG_ACCESS_CODE')).toHaveLength(50);
      expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(10);
      const refused = attempts.find((a) => codeOf(a) === 'TOO_MANY_ATTEMPTS')!;
      expect(refused.errors![0].message).toMatch(/réessayer dans \d+ minute/);
      // Even the right code waits now.
      expect(codeOf(await api.gql(JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, ...who } }, { token: learner.token }))).toBe('TOO_MANY_ATTEMPTS');
    });

    it('a room of 30 candidates joining at the same moment is not held back', async () => {
      const { centreId } = await centreWithMember(api, 'Centre de la salle');
      const room = Array.from({ length: 30 }, (_, i) => ({ firstName: `Élève${i}`, lastName: 'Salle', birthdate: '2009-03-03' }));
      const session = await sessionWithCandidates(api, centreId, room);
      const learners: Awaited<ReturnType<typeof certifiableLearner>>[] = [];
      for (const who of room) learners.push(await certifiableLearner(api, who));
      const joins = await Promise.all(
        room.map((who, i) => api.gql(JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, ...who } }, { token: learners[i].token })),
      );
      expect(joins.map(codeOf).filter(Boolean)).toEqual([]);
    });

    it('a wrong invigilator password: concurrent attempts never slip past the limit', async () => {
      const { centreId } = await centreWithMember(api, 'Centre surveillé');
      const session = await sessionWithCandidates(api, centreId, []);
      const attempts = await Promise.all(
        Array.from({ length: 10 }, () => api.gql(SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: 'ZZZZZZ' } })),
      );
      expect(attempts.filter((a) => codeOf(a) === 'INVIGILATOR_ACCESS_REFUSED')).toHaveLength(5);
      expect(attempts.filter((a) => codeOf(a) === 'TOO_MANY_ATTEMPTS')).toHaveLength(5);
      expect(codeOf(await api.gql(SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } }))).toBe('TOO_MANY_ATTEMPTS');
    });
  });
});
