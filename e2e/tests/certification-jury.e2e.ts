import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext } from 'playwright-core';
import { openOrm } from '../../api/src/database';
import { exampleCorrectAnswer } from '../../api/src/evaluation/domain/answer-checking';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import type { LearningContent } from '../../api/src/learning-content/domain/learning-content';
import { buildCertificationCandidate, buildCertificationCenter, buildCertificationCenterMembership, buildCertificationSession } from '../../api/src/seeds/certification-builder';
import { buildKnowledgeElements, buildUser, skillsUpToLevel } from '../../api/src/seeds/database-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';
import { AdminJury } from '../pages/admin-jury';
import { auditAccessibility } from '../support/accessibility';
import { gql, logInToken } from '../support/api-client';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';

const PASSWORD = 'Jury2026!';
const PUPIL = { firstName: 'Inès', lastName: 'Garnier', birthdate: '2009-05-17', email: 'ines.garnier@example.net' };
const JURY = { firstName: 'Rémi', lastName: 'Lefèvre', email: 'remi.lefevre@pix-libre.example.fr' };

const SUPERVISE = `mutation S($input: SuperviseSessionInput!) { superviseSession(input: $input) { accessToken } }`;
const JOIN = `mutation J($input: JoinCertificationSessionInput!) { joinCertificationSession(input: $input) { id assessment { id } } }`;
const AUTHORIZE = `mutation A($id: ID!) { authorizeCandidate(candidateId: $id) { id } }`;
const CURRENT = `query C($id: ID!) { assessment(id: $id) { id currentChallenge { id } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) { nextChallenge { id } } }`;
const FINALIZE = `mutation F($input: FinalizeSessionInput!) { finalizeSession(input: $input) { sessionId } }`;

/**
 * Issue 13, the certification jury in Pix Admin: a session taken and finalised (by the candidate and the
 * centre, through the API: their journey in the browser is certification.e2e.ts), then a member of the
 * certification team signs in to Pix Admin, finds it in "Sessions à traiter", takes it, opens the
 * candidate's certification, neutralises the question answered wrong and sees the new score, writes the
 * comments and publishes the session. axe-core audits every page and dialog.
 */
describe('the certification jury in Pix Admin, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContent;
  let browser: Browser;
  let context: BrowserContext;
  let jury: AdminJury;
  let sessionNumber: string;
  let courseId: string;

  /** The candidate answers question 1 wrong (skipped) and every other one right; the centre finalises. */
  async function takeAndFinalise(session: { id: number; accessCode: string; invigilatorPassword: string }, candidateId: number, centreMemberEmail: string) {
    const url = platform.url;
    const invigilator = (await gql(url, SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } })).superviseSession.accessToken;
    const pupilToken = await logInToken(url, PUPIL.email, PASSWORD);
    const joined = (await gql(url, JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: PUPIL.birthdate } }, pupilToken)).joinCertificationSession;
    courseId = joined.id;
    await gql(url, AUTHORIZE, { id: String(candidateId) }, invigilator);
    let challengeId: string | null = (await gql(url, CURRENT, { id: joined.assessment.id }, pupilToken)).assessment.currentChallenge.id;
    for (let n = 1; challengeId; n += 1) {
      const value = n === 1 ? '#ABAND#' : exampleCorrectAnswer(content.challengeOfPublicId(challengeId)!);
      const answered = await gql(url, ANSWER, { input: { assessmentId: joined.assessment.id, challengeId, value, idempotencyKey: randomUUID() } }, pupilToken);
      challengeId = answered.answerChallenge.nextChallenge?.id ?? null;
    }
    const memberToken = await logInToken(url, centreMemberEmail, PASSWORD);
    const candidates = [{ candidateId: String(candidateId), endScreenSeen: true, incidents: [] }];
    await gql(url, FINALIZE, { input: { sessionId: String(session.id), comment: 'Coupure du réseau de 5 minutes à 9 h 30.', candidates } }, memberToken);
  }

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    content = await loadLearningContent(orm.em.fork());
    const em = orm.em.fork();
    const centre = await buildCertificationCenter(em, { name: 'Lycée Camille Claudel', type: 'SCO', uai: '0691234K' });
    const member = await buildUser(em, { firstName: 'Paul', lastName: 'Roche', email: 'paul.roche@ac-lyon.fr', password: PASSWORD });
    await buildCertificationCenterMembership(em, centre.id, member.id, 'ADMIN');
    await buildUser(em, { ...JURY, password: PASSWORD, platformRole: 'CERTIF' });
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const session = await buildCertificationSession(em, { certificationCenterId: centre.id, date: yesterday, time: '09:00', room: 'CDI' });
    sessionNumber = String(session.id);
    const candidate = await buildCertificationCandidate(em, { sessionId: session.id, firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: PUPIL.birthdate });
    const pupil = await buildUser(em, { firstName: PUPIL.firstName, lastName: PUPIL.lastName, email: PUPIL.email, password: PASSWORD });
    const competences = content.competences.slice(0, 6);
    await buildKnowledgeElements(em, content, competences.flatMap((c) => skillsUpToLevel(content, c.id, 2)).map((skillId) => ({ userId: pupil.id, skillId })));
    await takeAndFinalise(session, candidate.id, member.email!);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR' });
    jury = new AdminJury(await context.newPage(), platform.url);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('1. a CERTIF member signs in, finds the finalised session in "Sessions à traiter" and assigns it to themself', async () => {
    await jury.logIn(JURY.email, PASSWORD);
    await jury.openSessionsToProcess();
    const row = jury.sessionRow(sessionNumber);
    await row.getByText('Lycée Camille Claudel (SCO)').waitFor();
    await row.getByText('Personne').waitFor();
    await row.getByRole('button', { name: `Je m'assigne la session ${sessionNumber}` }).click();
    await row.getByText(`${JURY.firstName} ${JURY.lastName}`).waitFor();
    await row.getByText('Assignée à moi').waitFor();
    await auditAccessibility(jury.page, 'sessions to process, one assigned');
  });

  it("2. opens the session: its centre, the centre's comment and the candidate", async () => {
    await jury.sessionRow(sessionNumber).getByRole('link', { name: `Session ${sessionNumber}` }).click();
    await jury.page.getByRole('heading', { level: 1, name: `Session ${sessionNumber}` }).waitFor();
    await jury.page.getByText('Coupure du réseau de 5 minutes à 9 h 30.').waitFor();
    const candidates = jury.page.getByRole('table', { name: /Candidats de la session/ });
    await candidates.getByRole('row', { name: new RegExp(`${PUPIL.lastName} ${PUPIL.firstName} 17/05/2009 Validée`) }).waitFor();
    await candidates.getByRole('link', { name: `${PUPIL.lastName} ${PUPIL.firstName}` }).click();
    await jury.page.getByRole('heading', { level: 1, name: `Certification de ${PUPIL.firstName} ${PUPIL.lastName}` }).waitFor();
  });

  it('3. reads the challenge of question 1 as the candidate saw it, neutralises it and sees the new score at once', async () => {
    const counted = await jury.scoringFact('Questions comptées');
    const [, right, total] = /^(\d+) bonnes réponses sur (\d+)$/.exec(counted)!;
    expect(Number(right)).toBe(Number(total) - 1);
    const rateBefore = await jury.scoringFact('Taux de reproductibilité');

    const first = jury.question(1);
    await first.getByText('Passée').waitFor();
    await first.getByRole('button', { name: "Voir l'épreuve de la question 1" }).click();
    await first.getByRole('button', { name: "Masquer l'épreuve de la question 1" }).waitFor();
    await auditAccessibility(jury.page, 'a certification, the challenge of question 1 shown');

    await first.getByRole('button', { name: 'Neutraliser la question 1' }).click();
    await first.getByRole('button', { name: 'Dé-neutraliser la question 1' }).waitFor();
    await first.getByText('Neutralisée (jury)').waitFor();
    expect(await jury.scoringFact('Questions comptées')).toBe(`${right} bonnes réponses sur ${right}`);
    expect(await jury.scoringFact('Taux de reproductibilité')).not.toBe(rateBefore);
    expect(await jury.scoringFact('Taux de reproductibilité')).toMatch(/^100\s%$/);
    const action = jury.page.getByRole('table', { name: /Actions du jury/ }).getByRole('row', { name: /Rémi Lefèvre Question neutralisée/ });
    expect(await action.innerText()).toContain('Neutralisée : Non, Par : – → Neutralisée : Oui, Par : jury');
    expect(await action.innerText()).toContain('Question : 1');
    const stored = await knexOf(orm.em.fork())('certification_scorings').where({ certification_course_id: Number(courseId) }).orderBy('id');
    expect(stored.map((row) => row.trigger)).toEqual(['FINALIZATION', 'JURY']);
  });

  it("4. writes the jury's comments", async () => {
    await jury.page.getByLabel('Commentaire pour le candidat').fill('La question 1 a été neutralisée après vérification.');
    await jury.page.getByLabel("Commentaire pour l'organisation").fill('Rien à signaler.');
    await jury.page.getByRole('button', { name: 'Enregistrer les commentaires' }).click();
    await jury.page.getByText('Commentaires enregistrés.').waitFor();
    const course = await knexOf(orm.em.fork())('certification_courses').where({ id: Number(courseId) }).first();
    expect([course.jury_comment_for_candidate, course.jury_comment_for_organization]).toEqual(['La question 1 a été neutralisée après vérification.', 'Rien à signaler.']);
  });

  it('5. publishes the session after confirming; it leaves "Sessions à traiter"', async () => {
    await jury.page.getByRole('link', { name: `Retour à la session ${sessionNumber}` }).click();
    await jury.page.getByRole('heading', { level: 1, name: `Session ${sessionNumber}` }).waitFor();
    await jury.page.getByRole('button', { name: 'Publier la session' }).click();
    await jury.confirm(`Publier la session ${sessionNumber} ?`, 'Publier la session');
    await jury.page.getByText('La session est publiée.').waitFor();
    await jury.page.getByRole('button', { name: 'Dépublier la session' }).waitFor();
    const session = await knexOf(orm.em.fork())('certification_sessions').where({ id: Number(sessionNumber) }).first();
    expect(session.state).toBe('PROCESSED');
    expect(session.published_at).not.toBeNull();

    await jury.openSessionsToProcess();
    await jury.sessionsGrid().getByText('Aucune session à traiter.').waitFor();
  });
});
