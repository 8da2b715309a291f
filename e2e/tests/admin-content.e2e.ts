import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { AdminConsole } from '../pages/admin-console';
import { openOrm } from '../../api/src/database';
import { buildUser } from '../../api/src/seeds/database-builder';

const PASSWORD = 'Contenu2026';

/**
 * Pix Admin's content pages (issue 16): a member of the content team (METIER) browses the release to
 * a QROC challenge, tries an answer with "Essayer" and reads the checker's verdict; then, in the
 * sandbox, writes a QROC solution with a tolerance turned off and tries two answers, one accepted
 * thanks to a tolerance and one refused — in Debian's Chromium, axe on every page.
 */
describe('the content team tries answers in Pix Admin, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let admin: AdminConsole;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    await buildUser(orm.em.fork(), { firstName: 'Louise', lastName: 'Auteur', email: 'louise.auteur@pix.example', password: PASSWORD, platformRole: 'METIER' });
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'fr-FR' });
    admin = new AdminConsole(await context.newPage(), platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('browses to a QROC challenge and tries an answer with "Essayer"', async () => {
    await admin.logIn('louise.auteur@pix.example', PASSWORD);
    await admin.page.getByText('Bonjour Louise Auteur').waitFor();
    await admin.open('Contenu');
    await admin.page.getByRole('link', { name: /-a$/ }).first().waitFor();
    await auditAccessibility(admin.page, 'Contenu');
    await admin.openChallenge('whois', 'QROC', 'fiabiliteSource6-a');
    await admin.page.getByRole('link', { name: 'fiabiliteSource6-b' }).waitFor();
    await admin.page.getByRole('textbox', { name: 'Service' }).fill(' WHOIS');
    await admin.page.getByRole('button', { name: 'Essayer' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Réponse acceptée' }).waitFor();
    await admin.page.getByRole('cell', { name: 'Correspond à « Whois » — grâce à T1 (espaces, casse, accents)' }).waitFor();
    await auditAccessibility(admin.page, 'Essayer: the result');
  });

  it('writes a QROC solution in the sandbox and tries two answers: one accepted thanks to a tolerance, one refused', async () => {
    await admin.open('Bac à sable');
    await auditAccessibility(admin.page, 'Bac à sable');
    await admin.writeSandboxSolution('QROC', '[\n  "Paris",\n  "paris.fr"\n]', ['T3']);
    expect(await admin.trySandboxAnswer('Votre réponse', ' PARIS', 1)).toContain('Réponse acceptée');
    await admin.page.getByRole('cell', { name: 'Correspond à « Paris » — grâce à T1 (espaces, casse, accents)' }).waitFor();
    expect(await admin.trySandboxAnswer('Votre réponse', 'Parys', 2)).toContain('Réponse refusée');
    await admin.page.getByRole('cell', { name: 'Ne correspond à aucune variante' }).waitFor();
    await auditAccessibility(admin.page, 'Bac à sable: two answers tried');
  });
});
