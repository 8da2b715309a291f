import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { AdminConsole } from '../pages/admin-console';
import { openOrm } from '../../api/src/database';
import { buildUser } from '../../api/src/seeds/database-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';

const PASSWORD = 'Direction2026';
const SCHOOL = { name: 'Lycée Simone Veil', uai: '0691234K', email: 'ce.0691234k@ac-lyon.fr', provinceCode: '069', tag: 'Public' };

/**
 * Pix Admin (issue 16): a SUPER_ADMIN creates a school (SCO, its UAI) and its certification centre,
 * and makes an existing account their administrator; that person then signs in to Pix Orga and to
 * Pix Certif and finds the school and the centre — in Debian's Chromium, axe on every page.
 */
describe('a school and its certification centre set up in Pix Admin, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let staff: BrowserContext;
  let admin: AdminConsole;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    await buildUser(em, { firstName: 'Sophie', lastName: 'Grand', email: 'sophie.grand@pix.example', password: PASSWORD, platformRole: 'SUPER_ADMIN' });
    await buildUser(em, { firstName: 'Claire', lastName: 'Dubois', email: 'claire.dubois@example.net', password: PASSWORD });
    browser = await launchChromium();
    staff = await browser.newContext({ locale: 'fr-FR' });
    admin = new AdminConsole(await staff.newPage(), platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('creates the school with its UAI, official address, province and tag', async () => {
    await admin.logIn('sophie.grand@pix.example', PASSWORD);
    await admin.page.getByText('Bonjour Sophie Grand').waitFor();
    await admin.openFromHome('Organisations');
    await admin.createSchool(SCHOOL);
    const row = await knexOf(orm.em.fork())('organizations').where({ uai: SCHOOL.uai }).first();
    expect(row).toMatchObject({ name: SCHOOL.name, type: 'SCO', email: SCHOOL.email, province_code: '069', is_managing_students: true });
  });

  it('makes Claire Dubois its administrator', async () => {
    await admin.addMember('claire.dubois@example.net', 'Administrateur');
    await auditAccessibility(admin.page, 'organisation page with its administrator');
  });

  it('finds the school in the list by a search without accents', async () => {
    await admin.openFromHome('Organisations');
    await admin.page.getByLabel('Nom', { exact: true }).fill('LYCEE SIMONE');
    await admin.page.getByRole('button', { name: 'Rechercher' }).click();
    await admin.page.getByRole('link', { name: SCHOOL.name }).waitFor();
  });

  it("creates the school's certification centre and makes Claire Dubois its administrator", async () => {
    await admin.openFromHome('Centres de certification');
    await admin.createCenter({ name: SCHOOL.name, uai: SCHOOL.uai });
    // A SCO centre is its school's: the page names it, with a link to the organisation.
    await admin.page.getByText('Établissement :').getByRole('link', { name: SCHOOL.name }).waitFor();
    await admin.addMember('claire.dubois@example.net', 'Administrateur');
    const actions = await knexOf(orm.em.fork())('audit_log').orderBy('id').pluck('action');
    expect(actions).toEqual(['ORGANIZATION_CREATED', 'ORGANIZATION_MEMBER_ADDED', 'CERTIFICATION_CENTER_CREATED', 'CERTIFICATION_CENTER_MEMBER_ADDED']);
  });

  it('lets the administrator sign in to Pix Orga and to Pix Certif and see the school and the centre', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${platform.url}/orga/connexion`);
    await page.getByLabel('Adresse e-mail ou identifiant').fill('claire.dubois@example.net');
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Je me connecte' }).click();
    await page.getByRole('heading', { name: SCHOOL.name, level: 1 }).waitFor();
    await auditAccessibility(page, "the school's home in Pix Orga");
    await page.getByRole('navigation').getByRole('link', { name: 'Élèves' }).waitFor();

    await page.goto(`${platform.url}/certif/connexion`);
    // The console may already know the account (the same site's session): log in only when asked.
    const logIn = page.getByRole('button', { name: 'Je me connecte' });
    const sessions = page.getByRole('heading', { name: 'Sessions de certification', level: 1 });
    await Promise.race([logIn.waitFor(), sessions.waitFor()]);
    if (await logIn.isVisible()) {
      await page.getByLabel('Adresse e-mail ou identifiant').fill('claire.dubois@example.net');
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
      await logIn.click();
    }
    await sessions.waitFor();
    await page.getByText(SCHOOL.name).first().waitFor();
    await context.close();
  });
});
