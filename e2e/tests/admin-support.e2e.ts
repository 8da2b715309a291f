import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { AdminConsole } from '../pages/admin-console';
import { LearnerApp } from '../pages/learner-app';
import { openOrm } from '../../api/src/database';
import { buildOrganization, buildOrganizationLearner, buildUser } from '../../api/src/seeds/database-builder';

const PUPIL_PASSWORD = 'Eleve2026ok';
const SUPPORT_PASSWORD = 'Support2026';
/** Failed log-ins before an account is blocked (THROTTLE_ACCOUNT_FAILURES, lowered for the journey). */
const FAILURES = 3;

/**
 * A pupil who typed a wrong password too many times is blocked; a member of the support team signs
 * in to Pix Admin, finds the pupil in "Utilisateurs", unblocks the account with a comment, reads the
 * action in the audit log; the pupil logs in at once — in Debian's Chromium, axe-core on every page.
 */
describe('the support team unblocks a pupil in Pix Admin, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let pupil: LearnerApp;
  let pupilPage: Page;
  let admin: AdminConsole;

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    platform = await startPlatformProcess({ THROTTLE_ACCOUNT_FAILURES: String(FAILURES) });
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    const college = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
    const account = await buildUser(em, { firstName: 'Zoé', lastName: 'Cœurdevey', username: 'zoe.coeurdevey0512', email: null, password: PUPIL_PASSWORD });
    await buildOrganizationLearner(em, college.id, { firstName: 'Zoé', lastName: 'CŒURDEVEY', birthdate: '2012-05-05', division: '6A', userId: account.id });
    await buildUser(em, { firstName: 'Thomas', lastName: 'Petit', email: 'thomas.petit@pix-libre.example', password: SUPPORT_PASSWORD, platformRole: 'SUPPORT' });
    browser = await launchChromium();
    pupilPage = await newPage();
    pupil = new LearnerApp(pupilPage, platform.url);
    admin = new AdminConsole(await newPage(), platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('blocks the pupil after too many wrong passwords, even with the right one', async () => {
    await pupilPage.goto(`${platform.url}/`);
    for (let i = 0; i < FAILURES; i += 1) {
      await pupil.logIn('zoe.coeurdevey0512', 'Mauvais2026');
      await pupilPage.getByRole('alert').filter({ hasText: 'le mot de passe saisis sont incorrects' }).waitFor();
    }
    await pupil.logIn('zoe.coeurdevey0512', PUPIL_PASSWORD);
    await pupilPage.getByRole('alert').filter({ hasText: 'Trop de tentatives' }).waitFor();
  });

  it('lets a SUPPORT member find the pupil and unblock the account with a comment', async () => {
    await admin.logIn('thomas.petit@pix-libre.example', SUPPORT_PASSWORD);
    await admin.page.getByText('Bonjour Thomas Petit').waitFor();
    await admin.open('Utilisateurs');
    await admin.searchUser('coeurdevey zoe');
    await admin.page.getByRole('link', { name: 'Cœurdevey Zoé' }).click();
    await admin.page.getByRole('heading', { name: 'Zoé Cœurdevey', level: 1 }).waitFor();
    await admin.page.getByText(`Tentatives échouées : ${FAILURES} sur ${FAILURES}`).waitFor();
    await admin.page.getByText(/Connexion bloquée jusqu'au/).waitFor();
    await admin.act('Débloquer', 'Débloquer la connexion de Zoé Cœurdevey', 'Ticket 4521 : appel du collège');
    await admin.page.getByRole('status').filter({ hasText: 'La connexion est débloquée.' }).waitFor();
    await admin.page.getByText("La connexion n'est pas bloquée.").waitFor();
  });

  it('shows the action, its author and its comment in the audit log', async () => {
    await admin.page.goto(`${platform.url}/admin/`);
    await admin.open("Journal d'audit");
    await admin.page.getByLabel('Cible (nom)').fill('coeurdevey');
    await admin.page.getByRole('button', { name: 'Filtrer' }).click();
    const row = admin.page.getByRole('row').filter({ hasText: 'Connexion débloquée' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Compte Zoé Cœurdevey[\s\S]*Thomas Petit[\s\S]*Ticket 4521 : appel du collège/);
    await admin.page.getByText('Actions enregistrées (1)').waitFor();
  });

  it('lets the pupil log in at once', async () => {
    await pupil.logIn('zoe.coeurdevey0512', PUPIL_PASSWORD);
    await pupil.greeting('Zoé').waitFor();
  });
});
