import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openOrm } from '../../api/src/database';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import type { LearningContent } from '../../api/src/learning-content/domain/learning-content';
import { buildCertificationCandidate, buildCertificationCenter, buildCertificationCenterMembership, buildCertificationSession } from '../../api/src/seeds/certification-builder';
import { buildKnowledgeElements, buildUser, skillsUpToLevel } from '../../api/src/seeds/database-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';
import { auditAccessibility } from '../support/accessibility';
import { gql, logInToken } from '../support/api-client';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { CandidatePages, InvigilatorPages } from '../pages/certification-pages';

const PASSWORD = 'Classe2026!';
const PUPIL_A = { firstName: 'Lina', lastName: 'Moreau', birthdate: '2010-04-12', email: 'lina.moreau@example.net' };
const PUPIL_B = { firstName: 'Hugo', lastName: 'Bernard', birthdate: '2009-11-03', email: 'hugo.bernard@example.net' };
const PUPIL_C = { firstName: 'Jade', lastName: 'Petit', birthdate: '2010-07-21', email: 'jade.petit@example.net' };
/** Enrolled, never comes: "Absent" at the finalisation. */
const PUPIL_D = { firstName: 'Noé', lastName: 'Girard', birthdate: '2010-01-30' };
const listName = (pupil: { firstName: string; lastName: string }) => `${pupil.lastName.toUpperCase()} ${pupil.firstName}`;
/** 6 competences at level 2, skills validated directly: 18 questions (3 per competence). */
const QUESTIONS = 18;

/**
 * Issue 12, a certification session in the browser: the invigilator supervises it from Pix Certif
 * (no account), pupil A joins through "J'ai un code" and goes to the end, pupil B reports a problem
 * the invigilator validates, pupil C closes the tab, is let in again with the clock still running and
 * the invigilator ends their test; a member of the centre finalises the session with incidents (a fourth
 * candidate, who never came, listed absent).
 */
describe('a certification session, from the invigilator and the candidates to the finalisation, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContent;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let session: { id: number; accessCode: string; invigilatorPassword: string };
  let sessionNumber: string;
  let member: { email: string };
  let invigilator: InvigilatorPages;
  let pupilB: CandidatePages;

  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    contexts.push(context);
    return context;
  };
  const newPage = async (): Promise<Page> => (await newContext()).newPage();

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    content = await loadLearningContent(orm.em.fork());
    const em = orm.em.fork();
    const centre = await buildCertificationCenter(em, { name: 'Collège Jean Ferrat', type: 'SCO', uai: '0381234X' });
    const referent = await buildUser(em, { firstName: 'Claire', lastName: 'Fontaine', email: 'claire.fontaine@ac-grenoble.fr', password: PASSWORD });
    await buildCertificationCenterMembership(em, centre.id, referent.id, 'ADMIN');
    member = { email: referent.email! };
    // Yesterday: the session took place, so that it can be finalised at the end.
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    session = await buildCertificationSession(em, { certificationCenterId: centre.id, date: yesterday, time: '09:00', room: 'INF 1' });
    sessionNumber = String(session.id);
    await buildCertificationCandidate(em, { sessionId: session.id, ...PUPIL_D });
    for (const pupil of [PUPIL_A, PUPIL_B, PUPIL_C]) {
      await buildCertificationCandidate(em, { sessionId: session.id, firstName: pupil.firstName, lastName: pupil.lastName, birthdate: pupil.birthdate });
      const user = await buildUser(em, { firstName: pupil.firstName, lastName: pupil.lastName, email: pupil.email, password: PASSWORD });
      const competences = content.competences.slice(0, 6);
      await buildKnowledgeElements(em, content, competences.flatMap((c) => skillsUpToLevel(content, c.id, 2)).map((skillId) => ({ userId: user.id, skillId })));
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  /** The candidate's test as the API sees it (to check behind the browser). */
  const courseOf = async (email: string) =>
    (await gql(platform.url, '{ currentCertificationCourse { id status timeLeftSeconds assessment { id } } }', {}, await logInToken(platform.url, email, PASSWORD))).currentCertificationCourse;

  it('1. the invigilator opens the session without an account', async () => {
    invigilator = new InvigilatorPages(await newPage(), platform.url);
    await invigilator.open(sessionNumber, session.invigilatorPassword.toLowerCase());
    await invigilator.candidate(listName(PUPIL_A)).getByText("N'a pas rejoint").waitFor();
    expect(await invigilator.page.getByRole('listitem').count()).toBe(4);
  });

  it('2. pupil A joins with the access code typed in "J\'ai un code", waits, is let in, answers to the end and sees the end screen', async () => {
    const pupil = new CandidatePages(await newPage(), platform.url);
    await pupil.logIn(PUPIL_A.email, PASSWORD);
    await pupil.page.getByRole('heading', { name: `Bonjour ${PUPIL_A.firstName}` }).waitFor();
    const typed = `${session.accessCode.slice(0, 4)} ${session.accessCode.slice(4)}`.toLowerCase();
    await pupil.typeAccessCode(typed);
    await pupil.page.getByRole('heading', { level: 1, name: 'Rejoindre une session de certification' }).waitFor();
    expect(await pupil.page.getByLabel("Code d'accès").inputValue()).toBe(session.accessCode);
    await pupil.fillJoinForm({ sessionNumber, ...PUPIL_A });
    await pupil.waitingHeading().waitFor();

    await invigilator.candidate(listName(PUPIL_A)).getByText("En attente d'autorisation").waitFor();
    await auditAccessibility(invigilator.page, 'live list, a candidate waiting');
    await invigilator.authorize(listName(PUPIL_A));

    await pupil.question(1, QUESTIONS).waitFor();
    expect(await pupil.timeLeft().innerText()).toMatch(/^1:4[45]:\d\d$/);
    for (let n = 1; n <= QUESTIONS; n += 1) {
      await pupil.question(n, QUESTIONS).waitFor();
      await pupil.skip();
    }
    await pupil.endHeading().waitFor();
    await pupil.page.getByText("Le centre de certification doit d'abord finaliser la session").waitFor();
    await invigilator.candidate(listName(PUPIL_A)).getByText('Écran de fin vu').waitFor();
  });

  it('3. pupil B reports a problem on a question; the invigilator validates it and B goes on', async () => {
    pupilB = new CandidatePages(await newPage(), platform.url);
    await pupilB.logIn(PUPIL_B.email, PASSWORD);
    await pupilB.page.getByRole('heading', { name: `Bonjour ${PUPIL_B.firstName}` }).waitFor();
    await pupilB.page.getByRole('link', { name: 'Certification' }).first().click();
    await pupilB.page.getByRole('link', { name: 'Rejoindre une session de certification' }).click();
    await pupilB.fillJoinForm({ sessionNumber, ...PUPIL_B, accessCode: session.accessCode });
    await pupilB.waitingHeading().waitFor();
    await invigilator.authorize(listName(PUPIL_B));
    await pupilB.question(1, QUESTIONS).waitFor();

    await pupilB.openProblemReport();
    await pupilB.page.getByRole('dialog', { name: 'Signaler un problème sur la question 1' }).waitFor();
    await auditAccessibility(pupilB.page, 'problem report dialog');
    await pupilB.reportProblem("E1 : L'image ne s'affiche pas");
    await pupilB.page.getByText('Question 1 : en attente de la validation du surveillant').waitFor();

    const item = invigilator.candidate(listName(PUPIL_B));
    await item.getByText("Problème signalé sur la question 1 : L'image ne s'affiche pas").waitFor();
    await invigilator.page.getByRole('button', { name: `Valider le signalement de ${listName(PUPIL_B)}` }).click();

    await pupilB.question(2, QUESTIONS).waitFor();
    await pupilB.page.getByText('Le surveillant a validé votre signalement').waitFor();
    await item.getByText('Question 2/18').waitFor();
  });

  it('4. pupil C closes the tab, joins again, is let in again with the clock still running; the invigilator ends the test', async () => {
    const context = await newContext();
    const first = new CandidatePages(await context.newPage(), platform.url);
    await first.logIn(PUPIL_C.email, PASSWORD);
    await first.page.getByRole('heading', { name: `Bonjour ${PUPIL_C.firstName}` }).waitFor();
    await first.page.goto(`${platform.url}/certification/rejoindre`);
    await first.fillJoinForm({ sessionNumber, ...PUPIL_C, accessCode: session.accessCode });
    await first.waitingHeading().waitFor();
    await invigilator.authorize(listName(PUPIL_C));
    await first.question(1, QUESTIONS).waitFor();
    await first.skip();
    await first.question(2, QUESTIONS).waitFor();
    const before = (await courseOf(PUPIL_C.email)).timeLeftSeconds as number;
    await first.page.close();

    // A new tab of the same browser: still logged in, but the tab must join again.
    const again = new CandidatePages(await context.newPage(), platform.url);
    await again.page.goto(`${platform.url}/certification`);
    await again.page.getByRole('link', { name: 'Reprendre mon test de certification' }).click();
    await again.page.getByText('Vous avez quitté votre test de certification').waitFor();
    await again.fillJoinForm({ sessionNumber, ...PUPIL_C, accessCode: session.accessCode });
    await again.waitingHeading().waitFor();
    await again.page.getByText('il doit vous autoriser à reprendre le test').waitFor();
    await invigilator.candidate(listName(PUPIL_C)).getByText("En attente d'autorisation pour reprendre").waitFor();
    await again.page.waitForTimeout(1500);
    await invigilator.authorize(listName(PUPIL_C));
    await again.question(2, QUESTIONS).waitFor();
    const after = (await courseOf(PUPIL_C.email)).timeLeftSeconds as number;
    expect(after).toBeLessThan(before);
    const [, hours, minutes, seconds] = /^(\d+):(\d\d):(\d\d)$/.exec(await again.timeLeft().innerText())!;
    const shown = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    expect(Math.abs(shown - after)).toBeLessThanOrEqual(5);

    await invigilator.endTest(listName(PUPIL_C));
    await again.endHeading().waitFor();
    await again.page.getByText('Le surveillant a mis fin à votre test.').waitFor();
    await invigilator.candidate(listName(PUPIL_C)).getByText('Écran de fin vu').waitFor();
  });

  it('5. a member of the centre finalises the session with an E1 and a C3 incident; the session shows "Finalisée"', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/certif/connexion`);
    await page.getByLabel('Adresse e-mail ou identifiant').fill(member.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Je me connecte' }).click();
    // A member of a centre lands on its sessions.
    await page.getByRole('heading', { level: 1, name: 'Sessions de certification' }).waitFor();
    // From the list to the session's page, then to its finalisation.
    await page.getByRole('link', { name: `Ouvrir la session n° ${sessionNumber}` }).click();
    await page.getByRole('link', { name: 'Finaliser la session' }).click();
    await page.getByRole('heading', { level: 1, name: `Finaliser la session ${sessionNumber}` }).waitFor();

    const a = page.getByRole('group', { name: listName(PUPIL_A) });
    expect(await a.getByRole('checkbox', { name: 'Écran de fin du test vu' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: `Ajouter un incident pour ${listName(PUPIL_A)}` }).click();
    await a.getByRole('combobox', { name: 'Incident 1 : code' }).selectOption('E1');
    await page.getByRole('button', { name: 'Finaliser la session' }).click();
    // The question number of an E incident is required.
    await a.getByText('Un incident E1 à E7 porte le numéro de la question.').waitFor();
    await a.getByRole('textbox', { name: 'N° de la question' }).fill('3');

    // Noé never came: listed "Absent", with neither end screen nor incident.
    const d = page.getByRole('group', { name: listName(PUPIL_D) });
    await d.getByText('Absent', { exact: true }).waitFor();
    expect(await d.getByRole('checkbox').count()).toBe(0);
    await page.getByText('4 candidats inscrits, dont 1 absent(s)', { exact: false }).waitFor();

    const b = page.getByRole('group', { name: listName(PUPIL_B) });
    await b.getByRole('checkbox', { name: 'Écran de fin du test vu' }).uncheck();
    await page.getByRole('button', { name: `Ajouter un incident pour ${listName(PUPIL_B)}` }).click();
    await b.getByRole('combobox', { name: 'Incident 1 : code' }).selectOption('C3');
    await b.getByRole('textbox', { name: 'Commentaire' }).fill('Test encore en cours à la fin de la session');
    await page.getByLabel('Commentaire global de la session (facultatif)').fill('RAS');
    await auditAccessibility(page, 'finalisation form, filled');

    await page.getByRole('button', { name: 'Finaliser la session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finaliser la session ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Finaliser' }).click();
    await page.getByText('Finalisée', { exact: true }).waitFor();
    // B's test, still running, ended with the finalisation.
    await page.getByText('Tests terminés par la finalisation : 1').waitFor();

    const rows = await knexOf(orm.em.fork())('certification_incidents').select('code', 'question_number').orderBy('code');
    expect(rows).toEqual([
      { code: 'C3', question_number: null },
      { code: 'E1', question_number: 3 },
    ]);
    expect((await knexOf(orm.em.fork())('certification_sessions').where({ id: session.id }).first()).state).toBe('FINALIZED');

    // Pupil B's page follows: the test ended.
    await pupilB.endHeading().waitFor();
  });
});
