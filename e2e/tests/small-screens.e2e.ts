import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { LearnerApp } from '../pages/learner-app';
import { openOrm } from '../../api/src/database';
import { buildMembership, buildOrganization, buildUser } from '../../api/src/seeds/database-builder';

const SAMPLE_ZIP = path.resolve(__dirname, '../../api/test/fixtures/siecle/ElevesSansAdresses.zip');
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'Telephone2026';
/** One toolbar row (56 px and its padding) and the border: two rows would be over 100 px. */
const ONE_ROW = 80;

/**
 * A pupil and a head of school on a 360 px wide phone: each header keeps to one row, its navigation
 * behind "Menu"; the SIECLE report dialog keeps "Fermer" on the screen however long the report.
 */
describe('the apps on a phone (360 × 740), in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let pupil: { email: string; firstName: string };
  let head: { email: string };

  const phonePage = async (): Promise<Page> => (await browser.newContext({ locale: 'fr-FR', viewport: PHONE })).newPage();
  const headerHeight = async (page: Page) => (await page.getByRole('banner').boundingBox())!.height;
  const inViewport = async (locator: Locator) => {
    const box = (await locator.boundingBox())!;
    return box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
  };

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const learner = await buildUser(em, { firstName: 'Éloïse', lastName: 'Darcy', password: PASSWORD });
    const admin = await buildUser(em, { firstName: 'Anne', lastName: 'Leroy', password: PASSWORD });
    await buildMembership(em, lycee.id, admin.id, 'ADMIN');
    pupil = { email: learner.email!, firstName: 'Éloïse' };
    head = { email: admin.email! };
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('gives the learner a one-row header, whose "Menu" opens the navigation and gives the focus back when closed', async () => {
    const page = await phonePage();
    const app = new LearnerApp(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn(pupil.email, PASSWORD);
    await app.greeting(pupil.firstName).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(ONE_ROW);

    // While the panel is open, MUI hides the rest of the page from assistive technologies (aria-hidden):
    // the button is found by its label, not by role.
    const menu = page.locator('header button[aria-label="Menu"]');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    const panel = page.getByRole('dialog', { name: 'Menu' });
    await panel.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes tutos' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await auditAccessibility(page, 'learner menu, open on a phone');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);

    await menu.click();
    await panel.getByRole('link', { name: 'Mes tutos' }).click();
    await page.getByRole('heading', { name: 'Mes tutos', level: 1 }).waitFor();
    await panel.waitFor({ state: 'hidden' });
  });

  it('gives Pix Orga a one-row header, and the SIECLE report dialog keeps "Fermer" on the screen', async () => {
    const page = await phonePage();
    await page.goto(`${platform.url}/orga/connexion`);
    await page.getByLabel('Adresse e-mail ou identifiant').fill(head.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Je me connecte' }).click();
    await page.getByRole('heading', { name: 'Lycée Marie Curie', level: 1 }).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(ONE_ROW);

    await page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Élèves', exact: true }).click();
    await page.getByRole('heading', { name: 'Élèves', level: 1 }).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(ONE_ROW);

    await page.getByRole('button', { name: 'Importer (SIECLE)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer la base élèves (SIECLE)' });
    await dialog.locator('input[type="file"]').setInputFiles(SAMPLE_ZIP);
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await dialog.getByText('Import terminé').waitFor();
    await dialog.getByRole('region', { name: 'Élèves ajoutés' }).waitFor();
    await auditAccessibility(page, 'SIECLE report on a phone');
    const close = dialog.getByRole('button', { name: 'Fermer', exact: true });
    expect(await inViewport(close)).toBe(true);
    await close.click();
    await page.getByRole('heading', { name: '120 élèves' }).waitFor();
  });
});
