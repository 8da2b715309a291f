import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { LearnerApp } from '../pages/learner-app';

/**
 * A newcomer signs up, finds the 16 competences in 5 areas on the dashboard, logs out, logs in,
 * and opens a competence page — in Debian's Chromium, against the platform as `npm start` runs it.
 */
describe('a learner account, in the browser', () => {
  let platform: PlatformProcess;
  let browser: Browser;
  let page: Page;
  let app: LearnerApp;

  beforeAll(async () => {
    // Access tokens live 3 s here, so the journey also shows their silent renewal.
    platform = await startPlatformProcess({ ACCESS_TOKEN_TTL_SECONDS: '3' });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    app = new LearnerApp(page, platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('signs up and lands on a dashboard of 16 competences in 5 areas, at level 0', async () => {
    await app.openSignUp();
    await app.signUp({ firstName: 'Éloïse', lastName: "D'Arcy", email: 'eloise.darcy@example.fr', password: 'Motdepasse1' });
    await app.greeting('Éloïse').waitFor();
    expect(page.url()).toBe(`${platform.url}/`);
    await page.getByText("Vous avez 16 compétences à tester. On se concentre et c'est partix !").waitFor();
    expect(await app.areaRows().count()).toBe(5);
    expect(await app.competenceCards().count()).toBe(16);
    expect(await page.getByRole('heading', { name: '1. Information et données' }).count()).toBe(1);
    expect(await page.getByText('Niveau 0').count()).toBe(16);
    expect(await page.getByText('0 pix', { exact: true }).count()).toBeGreaterThanOrEqual(16);
  });

  it('keeps the session across a reload, and renews an expired access token silently', async () => {
    await page.reload();
    await app.greeting('Éloïse').waitFor();
    await page.waitForTimeout(4_000); // the access token has expired
    await app.competenceLink('Gérer des données').click();
    await page.getByRole('heading', { name: 'Gérer des données', level: 1 }).waitFor();
    expect(page.url()).toBe(`${platform.url}/competences/1.2`);
  });

  it('logs out, refuses a wrong password in French, logs in again', async () => {
    await page.goto(`${platform.url}/`);
    await app.logOut('Éloïse');
    await page.getByRole('button', { name: 'Je me connecte' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Je me connecte' }).waitFor();
    await app.logIn('eloise.darcy@example.fr', 'Mauvais2026');
    await page.getByRole('alert').filter({ hasText: "L'adresse e-mail ou l'identifiant et/ou le mot de passe saisis sont incorrects." }).waitFor();
    await app.logIn('eloise.darcy@example.fr', 'Motdepasse1');
    await app.greeting('Éloïse').waitFor();
  });

  it('opens a competence page with its description, level and "Commencer"', async () => {
    await app.competenceLink("Mener une recherche et une veille d'information").click();
    await page.getByRole('heading', { name: "Mener une recherche et une veille d'information", level: 1 }).waitFor();
    expect(page.url()).toBe(`${platform.url}/competences/1.1`);
    await page.getByText('8 pix avant le niveau 1').waitFor();
    const start = page.getByRole('link', { name: 'Commencer' });
    expect(await start.getAttribute('href')).toBe('/competences/1.1/evaluation');
    const main = await page.locator('main').innerText();
    expect(main.length).toBeGreaterThan(200); // the CRCN description is shown
  });
});
