import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { openOrm } from '../../api/src/database';
import { exampleCorrectAnswer } from '../../api/src/evaluation/domain/answer-checking';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import type { LearningContent } from '../../api/src/learning-content/domain/learning-content';
import { buildCertificationCandidate, buildCertificationCenter, buildCertificationCenterMembership, buildCertificationSession } from '../../api/src/seeds/certification-builder';
import { buildKnowledgeElements, buildMembership, buildOrganization, buildOrganizationLearner, buildUser, skillsUpToLevel } from '../../api/src/seeds/database-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';
import { inflatePdf, pdfPageCount, pdfTexts } from '../../api/test/helpers/pdf-text';
import { AdminJury } from '../pages/admin-jury';
import { LearnerApp } from '../pages/learner-app';
import { auditAccessibility } from '../support/accessibility';
import { gql, logInToken } from '../support/api-client';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';

const PASSWORD = 'Parcours2026!';
const PUPIL = { firstName: 'Léna', lastName: 'BERTIN', birthdate: '2009-03-08', email: 'lena.bertin@example.net' };
const JURY = { firstName: 'Rémi', lastName: 'Lefèvre', email: 'remi.lefevre@pix-libre.example.fr' };
const HEAD = { firstName: 'Anne', lastName: 'Leroy', email: 'anne.leroy@ac-nantes.fr' };
const CENTRE_MEMBER = { firstName: 'Paul', lastName: 'Roche', email: 'paul.roche@ac-nantes.fr' };
const COMMENT = 'La question signalée (image absente) a été neutralisée.';

const SUPERVISE = `mutation S($input: SuperviseSessionInput!) { superviseSession(input: $input) { accessToken } }`;
const JOIN = `mutation J($input: JoinCertificationSessionInput!) { joinCertificationSession(input: $input) { id assessment { id } } }`;
const AUTHORIZE = `mutation A($id: ID!) { authorizeCandidate(candidateId: $id) { id } }`;
const CURRENT = `query C($id: ID!) { assessment(id: $id) { id currentChallenge { id } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) { nextChallenge { id } } }`;
const FINALIZE = `mutation F($input: FinalizeSessionInput!) { finalizeSession(input: $input) { sessionId } }`;

/** `node api/dist/src/credential-verify.js <credential> --key <did.json>`: its exit code and what it printed. */
function verifyCommand(credential: string, key: string): Promise<{ code: number; output: string }> {
  const script = path.resolve(__dirname, '../../api/dist/src/credential-verify.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [script, credential, '--key', key], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const saved = async (download: Download) => readFileSync((await download.path())!);

/**
 * Issue 13's whole journey, "Done when": a session of part 1 (the pupil of a school joins and answers,
 * question n skipped; the centre finalises with an E1 incident on question n, whose challenge has no
 * image, so it is left to the jury) goes to the certification team in Pix Admin, who assigns it to
 * themself, neutralises question n, sees the score change, comments and publishes; the pupil sees
 * "Obtenue" in the learner app, downloads her attestation (its text read) and her digital certificate,
 * which the verification command accepts, and refuses once one byte is changed; an anonymous visitor
 * verifies the code; the head of school downloads the class's results file and attestations from Pix
 * Orga. Every page is audited by axe-core.
 */
describe("certification results, issue 13's journey from the jury to the school, in the browser", () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContent;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sessionNumber: string;
  let sessionDay: string;
  let courseId: string;
  let reported: number;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'pix-libre-journey-'));

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  };

  /** Part 1 through the API: the pupil answers every question right but the first one without an image (skipped); the centre reports E1 on it. */
  async function takeAndFinalise(session: { id: number; accessCode: string; invigilatorPassword: string }, candidateId: number) {
    const url = platform.url;
    const invigilator = (await gql(url, SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } })).superviseSession.accessToken;
    const pupilToken = await logInToken(url, PUPIL.email, PASSWORD);
    const joined = (await gql(url, JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: PUPIL.birthdate } }, pupilToken)).joinCertificationSession;
    courseId = joined.id;
    await gql(url, AUTHORIZE, { id: String(candidateId) }, invigilator);
    let challengeId: string | null = (await gql(url, CURRENT, { id: joined.assessment.id }, pupilToken)).assessment.currentChallenge.id;
    for (let n = 1; challengeId; n += 1) {
      const challenge = content.challengeOfPublicId(challengeId)!;
      const skip = reported === undefined && challenge.illustration === null;
      if (skip) reported = n;
      const value = skip ? '#ABAND#' : exampleCorrectAnswer(challenge);
      const answered = await gql(url, ANSWER, { input: { assessmentId: joined.assessment.id, challengeId, value, idempotencyKey: randomUUID() } }, pupilToken);
      challengeId = answered.answerChallenge.nextChallenge?.id ?? null;
    }
    expect(reported).toBeDefined();
    const memberToken = await logInToken(url, CENTRE_MEMBER.email, PASSWORD);
    const incidents = [{ code: 'E1', questionNumber: reported, comment: "L'image de la question ne s'affichait pas." }];
    await gql(url, FINALIZE, { input: { sessionId: String(session.id), comment: null, candidates: [{ candidateId: String(candidateId), endScreenSeen: true, incidents }] } }, memberToken);
  }

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    content = await loadLearningContent(orm.em.fork());
    const em = orm.em.fork();
    const school = await buildOrganization(em, { name: 'Collège Jules Verne', type: 'SCO', uai: '0441234B' });
    const head = await buildUser(em, { ...HEAD, password: PASSWORD });
    await buildMembership(em, school.id, head.id, 'ADMIN');
    const centre = await buildCertificationCenter(em, { name: 'Centre du collège Jules Verne', type: 'SCO', uai: '0441234B' });
    const member = await buildUser(em, { ...CENTRE_MEMBER, password: PASSWORD });
    await buildCertificationCenterMembership(em, centre.id, member.id, 'ADMIN');
    await buildUser(em, { ...JURY, password: PASSWORD, platformRole: 'CERTIF' });
    const pupil = await buildUser(em, { firstName: PUPIL.firstName, lastName: PUPIL.lastName, email: PUPIL.email, password: PASSWORD });
    const learnerId = await buildOrganizationLearner(em, school.id, { firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: PUPIL.birthdate, division: '3A', userId: pupil.id });
    sessionDay = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const session = await buildCertificationSession(em, { certificationCenterId: centre.id, date: sessionDay, time: '09:00', room: 'CDI' });
    sessionNumber = String(session.id);
    const candidate = await buildCertificationCandidate(em, { sessionId: session.id, firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: PUPIL.birthdate, organizationLearnerId: learnerId });
    const competences = content.competences.slice(0, 6);
    await buildKnowledgeElements(em, content, competences.flatMap((c) => skillsUpToLevel(content, c.id, 2)).map((skillId) => ({ userId: pupil.id, skillId })));
    await takeAndFinalise(session, candidate.id);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('1. the jury assigns the session to themself, neutralises the question reported E1, sees the score change, comments and publishes', async () => {
    const jury = new AdminJury(await newPage(), platform.url);
    await jury.logIn(JURY.email, PASSWORD);
    await jury.openSessionsToProcess();
    const row = jury.sessionRow(sessionNumber);
    await row.getByRole('button', { name: `Je m'assigne la session ${sessionNumber}` }).click();
    await row.getByText('Assignée à moi').waitFor();
    await auditAccessibility(jury.page, 'sessions to process');
    await row.getByRole('link', { name: `Session ${sessionNumber}` }).click();
    await jury.page.getByRole('heading', { level: 1, name: `Session ${sessionNumber}` }).waitFor();
    await auditAccessibility(jury.page, 'jury session');
    await jury.page.getByRole('table', { name: /Candidats de la session/ }).getByRole('link', { name: `${PUPIL.lastName} ${PUPIL.firstName}` }).click();
    await jury.page.getByRole('heading', { level: 1, name: `Certification de ${PUPIL.firstName} ${PUPIL.lastName}` }).waitFor();
    await jury.page.getByText(`Incident E1 — question ${reported}`).waitFor();
    await auditAccessibility(jury.page, 'jury certification, E1 reported');

    const counted = await jury.scoringFact('Questions comptées');
    const [, right, total] = /^(\d+) bonnes réponses sur (\d+)$/.exec(counted)!;
    expect(Number(right)).toBe(Number(total) - 1);
    const question = jury.question(reported);
    await question.getByRole('button', { name: `Neutraliser la question ${reported}` }).click();
    await question.getByText('Neutralisée (jury)').waitFor();
    expect(await jury.scoringFact('Questions comptées')).toBe(`${right} bonnes réponses sur ${right}`);
    expect(await jury.scoringFact('Taux de reproductibilité')).toMatch(/^100\s%$/);

    await jury.page.getByLabel('Commentaire pour le candidat').fill(COMMENT);
    await jury.page.getByRole('button', { name: 'Enregistrer les commentaires' }).click();
    await jury.page.getByText('Commentaires enregistrés.').waitFor();
    await jury.page.getByRole('link', { name: `Retour à la session ${sessionNumber}` }).click();
    await jury.page.getByRole('button', { name: 'Publier la session' }).click();
    await jury.confirm(`Publier la session ${sessionNumber} ?`, 'Publier la session');
    await jury.page.getByText('La session est publiée.').waitFor();
  });

  let verificationCode: string;

  it('2. the pupil sees "Obtenue", reads her attestation, and the command accepts her credential, then refuses it once one byte is changed', async () => {
    const page = await newPage();
    const app = new LearnerApp(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn(PUPIL.email, PASSWORD);
    await app.greeting(PUPIL.firstName).waitFor();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes certifications' }).click();
    await page.getByText(/État : Obtenue – \d+ pix sur 768/).waitFor();
    await auditAccessibility(page, 'my certifications');
    const [year, month, day] = sessionDay.split('-');
    await page.getByRole('link', { name: `Certification du ${day}/${month}/${year}` }).click();
    await page.getByText(COMMENT).waitFor();
    await auditAccessibility(page, 'certificate page');
    verificationCode = (await knexOf(orm.em.fork())('certification_courses').where({ id: Number(courseId) }).first()).verification_code;
    await page.getByText(verificationCode).waitFor();

    const [attestation] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mon attestation' }).click()]);
    const pdf = await saved(attestation);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTexts(inflatePdf(pdf)).join('\n');
    for (const expected of ['Attestation de certification', `${PUPIL.firstName} ${PUPIL.lastName}`, 'Né(e) le 08/03/2009', `Code de vérification : ${verificationCode}`, 'Centre du collège Jules Verne', COMMENT]) {
      expect(text).toContain(expected);
    }

    const [credential] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le certificat numérique (Open Badge)' }).click()]);
    const file = path.join(workDir, credential.suggestedFilename());
    await credential.saveAs(file);
    const key = path.join(workDir, 'did.json');
    writeFileSync(key, await (await fetch(`${platform.url}/.well-known/did.json`)).text());
    const accepted = await verifyCommand(file, key);
    expect(accepted).toEqual({ code: 0, output: expect.stringContaining('✓') });

    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from(PUPIL.lastName));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'C'.charCodeAt(0); // BERTIN → CERTIN: one byte
    const altered = path.join(workDir, 'altered.json');
    writeFileSync(altered, bytes);
    const refused = await verifyCommand(altered, key);
    expect(refused).toEqual({ code: 1, output: expect.stringContaining('✗') });
  });

  it('3. an anonymous visitor verifies the code on the public page', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/verifier-un-certificat`);
    await page.getByLabel(/Code de vérification/).fill(verificationCode);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: `Certificat valide de ${PUPIL.firstName} ${PUPIL.lastName}`, level: 2 }).waitFor();
    await auditAccessibility(page, 'public verification');
  });

  it("4. the head of school downloads the class's results file and attestations from Pix Orga", async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/orga/connexion`);
    await page.getByLabel('Adresse e-mail ou identifiant').fill(HEAD.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Je me connecte' }).click();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Certifications', exact: true }).click();
    const table = page.getByRole('table', { name: 'Résultats de la classe 3A (1 élève(s))' });
    await table.getByRole('row', { name: new RegExp(PUPIL.lastName) }).getByText('Validée').waitFor();
    await auditAccessibility(page, 'certification results of the class');

    const [results] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les résultats (.csv)' }).click()]);
    const csv = (await saved(results)).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const line = csv.split('\n').find((row) => row.includes(`;${PUPIL.firstName};${PUPIL.lastName};08/03/2009;`))!;
    expect(line).toMatch(/;Validée;\d+;/);
    expect(line).toContain(';Centre du collège Jules Verne;');

    const [attestations] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les attestations de la classe (.pdf)' }).click()]);
    const pdf = inflatePdf(await saved(attestations));
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfTexts(pdf).join('\n');
    expect(text).toContain(`${PUPIL.firstName} ${PUPIL.lastName}`);
    expect(text).toContain(`Code de vérification : ${verificationCode}`);
  });
});
