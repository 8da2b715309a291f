import { Client } from 'pg';
import { scoreFinalizedSession } from '../../src/certification/results';
import { requestScope } from '../../src/shared/infrastructure/request-scope';
import { emailsDelivered } from '../helpers/outbox';
import { startTestApi, type TestApi } from '../helpers/test-api';
import { centreWithMember, logIn, sessionWithCandidates } from '../helpers/certification-fixtures';
import {
  ASSIGN,
  CANCEL,
  CANDIDATE_INFO,
  COMMENTS,
  COURSE,
  DENEUTRALIZE,
  NEUTRALIZE,
  PUBLISH,
  REJECT,
  SESSION,
  TO_PROCESS,
  UNCANCEL,
  UNPUBLISH,
  UNREJECT,
  finalisedSession,
  staffMember,
} from '../helpers/jury-fixtures';

/**
 * Issue 13: scoring at finalisation, the jury's reads and actions (each in one transaction with its
 * history row and audit entry, the course scored again) and the publication, over real HTTP.
 */
describe('the certification jury', () => {
  let api: TestApi;
  let db: Client;
  let jury: Awaited<ReturnType<typeof staffMember>>;
  let secondJury: Awaited<ReturnType<typeof staffMember>>;
  let support: Awaited<ReturnType<typeof staffMember>>;
  const codeOf = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.[0]?.extensions?.code;
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    jury = await staffMember(api, 'CERTIF', 'Jeanne');
    secondJury = await staffMember(api, 'SUPER_ADMIN', 'Serge');
    support = await staffMember(api, 'SUPPORT', 'Sam');
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  // 18 questions (6 competences × 3); wrong: the first question of the first four competences (R = 14/18, below 80 %).
  const fourWrong = (n: number) => ([0, 3, 6, 9].includes(n) ? 'ko' : 'ok');

  it('scores every course at finalisation: one scoring each, a verification code, the status of the rules', async () => {
    const { courses } = await finalisedSession(api, [
      { firstName: 'Ada', lastName: 'Valide' },
      { firstName: 'Bob', lastName: 'Rejete', answer: (n) => (n % 2 === 0 ? 'ko' : null) },
    ]);
    const scorings = await db.query('select certification_course_id, status, reason, trigger, pix_score from certification_scorings where certification_course_id = any($1::int[]) order by certification_course_id', [
      courses.map((c) => c.courseId),
    ]);
    expect(scorings.rows).toEqual([
      { certification_course_id: courses[0].courseId, status: 'VALIDATED', reason: null, trigger: 'FINALIZATION', pix_score: 96 },
      { certification_course_id: courses[1].courseId, status: 'REJECTED', reason: 'LOW_REPRODUCIBILITY', trigger: 'FINALIZATION', pix_score: 0 },
    ]);
    const codes = await db.query('select verification_code from certification_courses where id = any($1::int[])', [courses.map((c) => c.courseId)]);
    for (const row of codes.rows) expect(row.verification_code).toMatch(/^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/);
  });

  it('scores a session in a fixed number of SQL statements, whatever the number of candidates', async () => {
    const statementsFor = async (candidates: number) => {
      const { session, member } = await finalisedSession(api, Array.from({ length: candidates }, (_, i) => ({ firstName: `Cand${i}`, lastName: `Lot${candidates}` })));
      const store = { requestId: 'test', locale: 'fr' as const, statements: 0 };
      await requestScope.run(store, () =>
        api.platform.services.orm.em.fork().transactional((tem) => scoreFinalizedSession(tem, api.platform.services.results, { sessionId: session.id, userId: member.id, now: new Date() })),
      );
      return store.statements;
    };
    const [few, many] = [await statementsFor(1), await statementsFor(6)];
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });

  it('lets the support read and refuses it any action; refuses learners and the centre', async () => {
    const { session, member, courses } = await finalisedSession(api, [{ firstName: 'Chloé', lastName: 'Lecture' }]);
    const id = String(courses[0].courseId);
    const read = await api.gql(COURSE, { id }, { token: support.token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.certificationCourseForJury.questions).toHaveLength(18);
    expect(read.data!.certificationCourseForJury.questions[0].challenge.instruction).toEqual(expect.any(String));
    expect(codeOf(await api.gql(CANCEL, { id }, { token: support.token }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(PUBLISH, { id: String(session.id) }, { token: support.token }))).toBe('FORBIDDEN');
    // The candidate themself does not read the jury's page.
    expect(codeOf(await api.gql(COURSE, { id }, { token: await logIn(api, courses[0].user) }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CANCEL, { id }, { token: member.token }))).toBe('FORBIDDEN');
    // The centre reads its session, not the jury's fields.
    expect(codeOf(await api.gql(SESSION, { id: String(session.id) }, { token: member.token }))).toBe('FORBIDDEN');
    expect(await count('select count(*) from certification_jury_actions where session_id = $1', [session.id])).toBe(0);
    expect(await count('select count(*) from certification_scorings where certification_course_id = $1', [courses[0].courseId])).toBe(1);
  });

  it('lists the sessions to process, oldest finalisation first, and assigns one', async () => {
    const first = await finalisedSession(api, [{ firstName: 'Dan', lastName: 'Premier', incidents: [{ code: 'C3' }] }]);
    const second = await finalisedSession(api, [{ firstName: 'Eve', lastName: 'Second' }]);
    const list = await api.gql(TO_PROCESS, { first: 100 }, { token: support.token });
    const ids = list.data!.sessionsToProcess.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.indexOf(String(first.session.id))).toBeLessThan(ids.indexOf(String(second.session.id)));
    const withIncidents = await api.gql(TO_PROCESS, { first: 100, filter: { withIncidentsOrReports: true } }, { token: jury.token });
    const withIds = withIncidents.data!.sessionsToProcess.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(withIds).toContain(String(first.session.id));
    expect(withIds).not.toContain(String(second.session.id));
    const page = (await api.gql(SESSION, { id: String(first.session.id) }, { token: support.token })).data!.certificationSession;
    expect(page).toMatchObject({ state: 'FINALIZED', finalizationComment: 'Session sans souci majeur.', finalizedAt: expect.any(String), publishedAt: null, assignedTo: null, hasIncidentsOrReports: true });
    expect(page.juryIncidents).toEqual([{ code: 'C3', questionNumber: null, candidateName: 'Dan Premier' }]);
    expect(page.juryCertifications).toEqual([expect.objectContaining({ firstName: 'Dan', status: 'VALIDATED', pixScore: 96, verificationCode: expect.stringMatching(/^P-/) })]);
    const sco = await api.gql(TO_PROCESS, { first: 100, filter: { centerType: 'SCO' } }, { token: jury.token });
    expect(sco.data!.sessionsToProcess.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(String(first.session.id));

    const assigned = await api.gql(ASSIGN, { id: String(second.session.id) }, { token: jury.token });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignSessionToMe).toMatchObject({ state: 'IN_PROCESS', assignedTo: { id: String(jury.id), firstName: 'Jeanne' } });
    const mine = await api.gql(TO_PROCESS, { first: 100, filter: { assignedToMe: true } }, { token: jury.token });
    expect(mine.data!.sessionsToProcess.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([String(second.session.id)]);
    expect(await count(`select count(*) from certification_jury_actions where session_id = $1 and action = 'SESSION_ASSIGNED'`, [second.session.id])).toBe(1);
    expect(await count(`select count(*) from audit_log where action = 'CERTIFICATION_SESSION_ASSIGNED' and target_id = $1`, [String(second.session.id)])).toBe(1);
    // A session not finalised is neither assigned nor listed.
    const { centreId } = await centreWithMember(api, 'Centre pas fini');
    const open = await sessionWithCandidates(api, centreId, []);
    expect(codeOf(await api.gql(ASSIGN, { id: String(open.id) }, { token: jury.token }))).toBe('BAD_USER_INPUT');
  });

  it('neutralises then de-neutralises a question: the score changes each time, with history and audit', async () => {
    const { courses } = await finalisedSession(api, [{ firstName: 'Fanny', lastName: 'Neutre', answer: fourWrong }]);
    const id = String(courses[0].courseId);
    const before = (await api.gql(COURSE, { id }, { token: jury.token })).data!.certificationCourseForJury;
    expect(before.scoring).toMatchObject({ status: 'VALIDATED', correct: 14, counted: 18, pixScore: 64, trigger: 'FINALIZATION' });
    const wrong = before.questions[0];
    expect(wrong).toMatchObject({ number: 1, result: 'ko', isNeutralized: false });

    const neutralized = await api.gql(NEUTRALIZE, { input: { certificationCourseId: id, challengeId: wrong.challengeId } }, { token: jury.token });
    expect(neutralized.errors).toBeUndefined();
    const after = neutralized.data!.neutralizeChallenge;
    expect(after.questions[0]).toMatchObject({ isNeutralized: true, neutralizedBy: 'JURY', neutralizedByName: 'Jeanne CERTIF' });
    // R = 14/17 ≥ 80 %: every competence validated at its level.
    expect(after.scoring).toMatchObject({ status: 'VALIDATED', correct: 14, counted: 17, pixScore: 96, trigger: 'JURY', createdByName: 'Jeanne CERTIF' });

    const back = (await api.gql(DENEUTRALIZE, { input: { certificationCourseId: id, challengeId: wrong.challengeId } }, { token: secondJury.token })).data!.deneutralizeChallenge;
    expect(back.scoring).toMatchObject({ correct: 14, counted: 18, pixScore: 64 });
    expect(back.history.map((h: { action: string; actorName: string }) => [h.action, h.actorName])).toEqual([
      ['CHALLENGE_NEUTRALIZED', 'Jeanne CERTIF'],
      ['CHALLENGE_DENEUTRALIZED', 'Serge SUPER_ADMIN'],
    ]);
    expect(back.history[0].before).toMatchObject({ questionNumber: 1, isNeutralized: false, status: 'VALIDATED', pixScore: before.scoring.pixScore });
    expect(back.history[0].after).toMatchObject({ isNeutralized: true, neutralizedBy: 'JURY', pixScore: after.scoring.pixScore });
    expect(await count('select count(*) from certification_scorings where certification_course_id = $1', [courses[0].courseId])).toBe(3);
    expect(await count(`select count(*) from audit_log where target_type = 'CERTIFICATION_COURSE' and target_id = $1`, [id])).toBe(2);
    // Twice the same: a clear refusal.
    const again = await api.gql(DENEUTRALIZE, { input: { certificationCourseId: id, challengeId: wrong.challengeId } }, { token: jury.token });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toBe("La question 1 n'est pas neutralisée : il n'y a rien à dé-neutraliser.");
  });

  it("refuses to neutralise another course's question, with a clear message, writing nothing", async () => {
    const { courses } = await finalisedSession(api, [
      { firstName: 'Gus', lastName: 'Un' },
      { firstName: 'Hugo', lastName: 'Deux' },
    ], { competences: 3 });
    const foreign = (await api.gql(COURSE, { id: String(courses[1].courseId) }, { token: jury.token })).data!.certificationCourseForJury.questions.at(-1).challengeId;
    const mine = courses[0].challengeIds;
    const challengeId = mine.includes(foreign) ? 'pas-une-epreuve' : foreign;
    const refused = await api.gql(NEUTRALIZE, { input: { certificationCourseId: String(courses[0].courseId), challengeId } }, { token: jury.token });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('challengeId');
    expect(refused.errors![0].message).toBe(`Cette épreuve ne fait pas partie de la certification n° ${courses[0].courseId} : choisissez une des questions de ce test.`);
    expect(await count('select count(*) from certification_jury_actions where certification_course_id = $1', [courses[0].courseId])).toBe(0);
  });

  it('cancels, rejects for fraud and undoes each; comments; changes the candidate', async () => {
    const { courses } = await finalisedSession(api, [{ firstName: 'Inès', lastName: 'Decision' }]);
    const id = String(courses[0].courseId);
    const cancelled = (await api.gql(CANCEL, { id }, { token: jury.token })).data!.cancelCertification;
    expect(cancelled).toMatchObject({ juryDecision: 'CANCELLED', scoring: { status: 'CANCELLED', reason: 'CANCELLED_BY_JURY', pixScore: 0 } });
    expect(codeOf(await api.gql(REJECT, { id }, { token: jury.token }))).toBe('BAD_USER_INPUT');
    expect((await api.gql(UNCANCEL, { id }, { token: jury.token })).data!.uncancelCertification.scoring).toMatchObject({ status: 'VALIDATED', pixScore: 96 });
    const rejected = (await api.gql(REJECT, { id }, { token: jury.token })).data!.rejectCertificationForFraud;
    expect(rejected).toMatchObject({ juryDecision: 'REJECTED_FOR_FRAUD', scoring: { status: 'REJECTED', reason: 'FRAUD', pixScore: 0 } });
    expect((await api.gql(UNREJECT, { id }, { token: jury.token })).data!.unrejectCertification).toMatchObject({ juryDecision: null, scoring: { status: 'VALIDATED' } });

    const commented = await api.gql(COMMENTS, { input: { certificationCourseId: id, commentForCandidate: '  Bravo.  ', commentForOrganization: '' } }, { token: jury.token });
    expect(commented.data!.updateJuryComments).toMatchObject({ commentForCandidate: 'Bravo.', commentForOrganization: null });
    const kept = await api.gql(COMMENTS, { input: { certificationCourseId: id, commentForOrganization: 'Vu en commission.' } }, { token: jury.token });
    expect(kept.data!.updateJuryComments).toMatchObject({ commentForCandidate: 'Bravo.', commentForOrganization: 'Vu en commission.' });
    const input = { certificationCourseId: id, firstName: 'Inès', lastName: 'Décision-Martin', birthdate: '2008-01-10', sex: 'F', birthCity: 'Dakar', birthCountry: 'SÉNÉGAL' };
    const changed = await api.gql(CANDIDATE_INFO, { input }, { token: jury.token });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateCertificationCandidateInformation.candidate).toMatchObject({ lastName: 'Décision-Martin', birthCountry: 'SÉNÉGAL' });
    expect(codeOf(await api.gql(CANDIDATE_INFO, { input: { ...input, birthdate: '2999-01-01' } }, { token: jury.token }))).toBe('BAD_USER_INPUT');
    const actions = await db.query('select action from certification_jury_actions where certification_course_id = $1 order by id', [Number(id)]);
    expect(actions.rows.map((r) => r.action)).toEqual([
      'CERTIFICATION_CANCELLED',
      'CERTIFICATION_UNCANCELLED',
      'CERTIFICATION_REJECTED',
      'CERTIFICATION_UNREJECTED',
      'JURY_COMMENTS_UPDATED',
      'JURY_COMMENTS_UPDATED',
      'CANDIDATE_INFORMATION_UPDATED',
    ]);
  });

  it('two jury members acting at once on a course: one after the other, both scorings kept', async () => {
    const { courses } = await finalisedSession(api, [{ firstName: 'Jules', lastName: 'Concurrent', answer: (n) => (n < 2 ? 'ko' : 'ok') }]);
    const id = String(courses[0].courseId);
    const [a, b] = await Promise.all([
      api.gql(NEUTRALIZE, { input: { certificationCourseId: id, challengeId: courses[0].challengeIds[0] } }, { token: jury.token }),
      api.gql(NEUTRALIZE, { input: { certificationCourseId: id, challengeId: courses[0].challengeIds[1] } }, { token: secondJury.token }),
    ]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    const latest = (await api.gql(COURSE, { id }, { token: jury.token })).data!.certificationCourseForJury.scoring;
    expect(latest).toMatchObject({ correct: 16, counted: 16 });
    const [c, d] = await Promise.all([api.gql(CANCEL, { id }, { token: jury.token }), api.gql(CANCEL, { id }, { token: secondJury.token })]);
    expect([codeOf(c), codeOf(d)].sort()).toEqual(['BAD_USER_INPUT', undefined].sort());
    expect(await count(`select count(*) from certification_jury_actions where certification_course_id = $1 and action = 'CERTIFICATION_CANCELLED'`, [Number(id)])).toBe(1);
  });

  it('publishes a finalised session only: e-mails in French, status list places, jury locked until unpublished', async () => {
    const { centreId } = await centreWithMember(api, 'Centre en cours');
    const open = await sessionWithCandidates(api, centreId, []);
    const notYet = await api.gql(PUBLISH, { id: String(open.id) }, { token: jury.token });
    expect(codeOf(notYet)).toBe('BAD_USER_INPUT');
    expect(notYet.errors![0].message).toBe("Cette session n'est pas encore finalisée par son centre : le jury ne peut ni la traiter ni la publier.");

    const { session, courses } = await finalisedSession(api, [
      { firstName: 'Karim', lastName: 'Publie', resultRecipientEmail: 'rh.karim@example.net' },
      { firstName: 'Lina', lastName: 'Annulee' },
    ]);
    await api.gql(CANCEL, { id: String(courses[1].courseId) }, { token: jury.token });
    const published = await api.gql(PUBLISH, { id: String(session.id) }, { token: jury.token });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishSession).toMatchObject({ state: 'PROCESSED', publishedAt: expect.any(String) });
    expect(published.data!.publishSession.juryCertifications.map((c: { status: string }) => c.status)).toEqual(['CANCELLED', 'VALIDATED']);
    const indexes = async () =>
      (await db.query('select id, credential_status_index from certification_courses where session_id = $1 order by id', [session.id])).rows.map((r) => r.credential_status_index);
    const drawn = await indexes();
    expect(drawn[0]).toEqual(expect.any(Number));
    expect(drawn[1]).toBeNull();
    await emailsDelivered(db);
    const mails = await db.query('select recipient, subject, text from outbox_emails where recipient = any($1::text[]) order by id', [[courses[0].user.email, 'rh.karim@example.net', courses[1].user.email]]);
    expect(mails.rows.map((m) => m.recipient).sort()).toEqual([courses[0].user.email, courses[1].user.email, 'rh.karim@example.net'].sort());
    const karim = mails.rows.find((m) => m.recipient === courses[0].user.email)!;
    expect(karim.subject).toBe('Vos résultats de certification Pix sont disponibles');
    expect(karim.text).toContain('Bonjour Karim,');
    expect(karim.text).toContain('/mes-certifications');

    expect(codeOf(await api.gql(UNCANCEL, { id: String(courses[1].courseId) }, { token: jury.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(PUBLISH, { id: String(session.id) }, { token: jury.token }))).toBe('BAD_USER_INPUT');
    const unpublished = await api.gql(UNPUBLISH, { id: String(session.id) }, { token: secondJury.token });
    expect(unpublished.data!.unpublishSession).toMatchObject({ state: 'IN_PROCESS', publishedAt: null });
    expect((await api.gql(PUBLISH, { id: String(session.id) }, { token: jury.token })).data!.publishSession.state).toBe('PROCESSED');
    expect(await indexes()).toEqual(drawn);
    const history = await db.query('select action from certification_jury_actions where session_id = $1 and certification_course_id is null order by id', [session.id]);
    expect(history.rows.map((r) => r.action)).toEqual(['SESSION_PUBLISHED', 'SESSION_UNPUBLISHED', 'SESSION_PUBLISHED']);
  });
});
