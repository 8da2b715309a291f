import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { LearnerApp } from '../pages/learner-app';
import { OrgaCampaigns } from '../pages/orga-campaigns';
import { openOrm } from '../../api/src/database';
import { buildCampaign, buildMembership, buildOrganization, buildUser } from '../../api/src/seeds/database-builder';

const PASSWORD = 'Motdepasse1';
const LANDING_TEXT = 'Bienvenue ! Voici le plan du CDI : ![Plan du CDI](https://tracker.example.com/pixel.png?eleve=1)';

/**
 * The apps under the platform's Content-Security-Policy, in Chromium: nothing the browser refuses
 * (an inline script or style the policy would block shows up as a violation), and no request to
 * another site, not even for an image of a teacher's landing text.
 */
describe('the apps under the Content-Security-Policy', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    const school = await buildOrganization(em, { name: 'Lycée Victor Hugo', type: 'SCO', uai: '0754321B' });
    const teacher = await buildUser(em, { firstName: 'Claire', lastName: 'Fontaine', email: 'claire.fontaine@ac-paris.fr', password: PASSWORD });
    await buildUser(em, { firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@example.fr', password: PASSWORD });
    await buildMembership(em, school.id, teacher.id, 'ADMIN');
    ({ code } = await buildCampaign(em, { organizationId: school.id, creatorId: teacher.id, name: 'Collecte de rentrée', customLandingPageText: LANDING_TEXT }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  /** A page that records what the policy refused and every request that leaves the platform. */
  async function watchedPage(): Promise<{ page: Page; violations: string[]; outside: string[] }> {
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    const violations: string[] = [];
    const outside: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(platform.url) && !url.startsWith('data:')) outside.push(url);
    });
    return { page, violations, outside };
  }

  it("a learner opens a campaign whose landing text has an outside image, logs in and sees the dashboard", async () => {
    const { page, violations, outside } = await watchedPage();
    await page.goto(`${platform.url}/campagnes/${code}`);
    await page.getByRole('heading', { level: 1, name: 'Collecte de rentrée' }).waitFor();
    const plan = page.getByRole('link', { name: 'Plan du CDI' });
    expect(await plan.getAttribute('href')).toBe('https://tracker.example.com/pixel.png?eleve=1');
    expect(await page.locator('img').count()).toBe(0);

    await page.goto(`${platform.url}/connexion`);
    const app = new LearnerApp(page, platform.url);
    await app.logIn('lea.martin@example.fr', PASSWORD);
    await app.greeting('Léa').waitFor();

    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('a teacher logs in to Pix Orga and opens the campaigns grid', async () => {
    const { page, violations, outside } = await watchedPage();
    const orga = new OrgaCampaigns(page, platform.url);
    await orga.logIn('claire.fontaine@ac-paris.fr', PASSWORD);
    await orga.openCampaigns();
    await page.getByRole('gridcell', { name: 'Collecte de rentrée' }).or(page.getByText('Collecte de rentrée')).first().waitFor();

    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('the development outbox and the other consoles load without a violation', async () => {
    const { page, violations, outside } = await watchedPage();
    for (const path of ['/dev/outbox', '/certif/', '/admin/']) {
      await page.goto(`${platform.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('the browser refuses an outside image that a page would add, and the watch above sees it', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${platform.url}/campagnes/${code}`);
    await page.getByRole('heading', { level: 1, name: 'Collecte de rentrée' }).waitFor();
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://tracker.example.com/added.png';
      image.alt = ''; // decorative: this test is about the policy, not the accessibility checks
      document.body.append(image);
    });
    for (let i = 0; i < 50 && violations.length === 0; i += 1) await page.waitForTimeout(100);
    expect(violations.join(' ')).toMatch(/img-src.*https:\/\/tracker\.example\.com\/added\.png|https:\/\/tracker\.example\.com\/added\.png.*img-src/);
  });
});
