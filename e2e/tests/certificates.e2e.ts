import { readFileSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openOrm } from '../../api/src/database';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import { buildCertificationCandidate, buildCertificationCenter } from '../../api/src/seeds/certification-builder';
import { buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../api/src/seeds/database-builder';
import { buildScoredCourse, finalizedSession, levelsOf, marksOf, publishSession } from '../../api/test/helpers/certificate-fixtures';
import { auditAccessibility } from '../support/accessibility';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { LearnerApp } from '../pages/learner-app';

const PASSWORD = 'Classe2026!';
const PUPIL = { firstName: 'Emma', lastName: 'EMERY', email: 'emma.emery@example.net' };
const HEAD = { firstName: 'Anne', lastName: 'Leroy', email: 'anne.leroy@ac-paris.fr' };

/**
 * Issue 13, published results in the browser: a pupil finds her certification in "Mes certifications",
 * reads her levels and downloads her attestation; anyone verifies the code on the public page (typed,
 * or from the attestation's QR link); the head of school reads the class's results in Pix Orga and
 * downloads its results file.
 */
describe('certificates, from the holder to the public verification and the school, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let verificationCode: string;

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    const content = await loadLearningContent(em);
    const school = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const centre = await buildCertificationCenter(em, { name: 'Centre du lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const head = await buildUser(em, { ...HEAD, password: PASSWORD });
    await buildMembership(em, school.id, head.id, 'ADMIN');
    const pupil = await buildUser(em, { ...PUPIL, password: PASSWORD });
    const learnerId = await buildOrganizationLearner(em, school.id, { firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: '2008-05-12', division: 'TG2', userId: pupil.id });
    const session = await finalizedSession(em, centre.id, '2026-11-18');
    const candidate = await buildCertificationCandidate(em, { sessionId: session.id, firstName: PUPIL.firstName, lastName: PUPIL.lastName, birthdate: '2008-05-12', organizationLearnerId: learnerId });
    ({ verificationCode } = await buildScoredCourse(em, {
      sessionId: session.id, candidateId: candidate.id, userId: pupil.id, status: 'VALIDATED', marks: marksOf(levelsOf(content, [3, 2, 4, 1, 2, 3])), commentForCandidate: 'Félicitations.',
    }));
    await publishSession(em, session.id);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('1. the pupil finds her certification, reads her levels and downloads her attestation', async () => {
    const page = await newPage();
    const app = new LearnerApp(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn(PUPIL.email, PASSWORD);
    await app.greeting(PUPIL.firstName).waitFor();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes certifications' }).click();
    await page.getByRole('heading', { name: 'Mes certifications', level: 1 }).waitFor();
    await page.getByText('État : Obtenue – 120 pix sur 768').waitFor();
    await page.getByRole('link', { name: 'Certification du 18/11/2026' }).click();
    await page.getByRole('heading', { name: 'Certification du 18/11/2026', level: 1 }).waitFor();
    await page.getByText(verificationCode).waitFor();
    await page.getByText('Félicitations.').waitFor();
    expect(await page.getByText('Niveau 4', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Non certifiée', { exact: true }).count()).toBe(10);
    await auditAccessibility(page, 'certificate page');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mon attestation' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^attestation-certification-\d+\.pdf$/);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('2. anyone verifies the code from the log-in page, and any other code gets the same sentence', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/connexion`);
    await page.getByRole('link', { name: 'Vérifier un certificat Pix' }).click();
    await page.getByRole('heading', { name: 'Vérifier un certificat', level: 1 }).waitFor();
    await page.getByLabel(/Code de vérification/).fill(verificationCode.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: 'Certificat valide de Emma EMERY', level: 2 }).waitFor();
    await page.getByText('120 pix sur 768').waitFor();
    await auditAccessibility(page, 'verified certificate');
    await page.getByLabel(/Code de vérification/).fill('P-BBBBBBBB');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('alert').filter({ hasText: 'Aucun certificat ne correspond à ce code.' }).waitFor();
  });

  it("3. the attestation's QR link opens the verification with the code", async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/verifier-un-certificat?code=${verificationCode}`);
    await page.getByRole('heading', { name: 'Certificat valide de Emma EMERY', level: 2 }).waitFor();
  });

  it("4. the head of school reads the class's results in Pix Orga and downloads its results file", async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/orga/connexion`);
    await page.getByLabel('Adresse e-mail ou identifiant').fill(HEAD.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Je me connecte' }).click();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Certifications', exact: true }).click();
    await page.getByRole('heading', { name: 'Résultats de certification', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Résultats de la classe TG2 (1 élève(s))' });
    await table.waitFor();
    await table.getByRole('row', { name: /EMERY/ }).getByText('Validée').waitFor();
    await auditAccessibility(page, 'certification results of a class');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les résultats (.csv)' }).click()]);
    expect(download.suggestedFilename()).toBe('resultats-certification-TG2.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`;Emma;EMERY;12/05/2008;`);
    expect(csv).toContain(';Validée;120;');
  });
});
