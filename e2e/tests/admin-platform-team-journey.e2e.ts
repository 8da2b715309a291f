import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { AdminConsole } from '../pages/admin-console';
import { AdminTargetProfiles } from '../pages/admin-target-profiles';
import { LearnerApp } from '../pages/learner-app';
import { openOrm } from '../../api/src/database';
import { buildOrganizationLearner, buildUser } from '../../api/src/seeds/database-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';

const PASSWORD = 'Equipe2026';
const PUPIL_PASSWORD = 'Eleve2026ok';
/** Failed log-ins before an account is blocked (THROTTLE_ACCOUNT_FAILURES, lowered for the journey). */
const FAILURES = 3;
const SCHOOL = { name: 'Lycée Marie Curie', uai: '0751234P', email: 'ce.0751234p@ac-paris.fr', provinceCode: '075', tag: 'Public' };
const PROFILE = 'Seconde – Chercher et trier';

/**
 * Issue 16's "Done when", as one journey on one platform, the same school throughout: a SUPER_ADMIN
 * creates the school (SCO, UAI) and its certification centre and makes an existing account their
 * administrator, who signs in to Pix Orga and Pix Certif; a METIER member builds a target profile
 * from three tubes, attaches it to that school (found by name) and tries a QROC solution in the
 * sandbox; a SUPPORT member finds a throttled pupil of that school, unblocks them with a comment,
 * reads it in the audit log; the pupil logs in — in Debian's Chromium, axe-core on every page.
 */
describe('the platform team sets up and looks after a school in Pix Admin, in one browser journey', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** Each person has their own browser context (own cookies). */
  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    contexts.push(context);
    return context.newPage();
  };
  const auditActions = async (): Promise<string[]> => knexOf(orm.em.fork())('audit_log').orderBy('id').pluck('action');

  beforeAll(async () => {
    platform = await startPlatformProcess({ THROTTLE_ACCOUNT_FAILURES: String(FAILURES) });
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    await buildUser(em, { firstName: 'Sophie', lastName: 'Grand', email: 'sophie.grand@pix.example', password: PASSWORD, platformRole: 'SUPER_ADMIN' });
    await buildUser(em, { firstName: 'Nadia', lastName: 'Contenu', email: 'nadia.contenu@pix.example', password: PASSWORD, platformRole: 'METIER' });
    await buildUser(em, { firstName: 'Thomas', lastName: 'Petit', email: 'thomas.petit@pix.example', password: PASSWORD, platformRole: 'SUPPORT' });
    await buildUser(em, { firstName: 'Claire', lastName: 'Dubois', email: 'claire.dubois@example.net', password: PASSWORD });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  describe('a SUPER_ADMIN', () => {
    let admin: AdminConsole;

    it('creates the school with its UAI and makes Claire Dubois its administrator', async () => {
      admin = new AdminConsole(await newPage(), platform.url);
      await admin.logIn('sophie.grand@pix.example', PASSWORD);
      await admin.page.getByText('Bonjour Sophie Grand').waitFor();
      await auditAccessibility(admin.page, 'Pix Admin home (SUPER_ADMIN)');
      await admin.openFromHome('Organisations');
      await admin.createSchool(SCHOOL);
      await admin.addMember('claire.dubois@example.net', 'Administrateur');
      await auditAccessibility(admin.page, 'organisation page with its administrator');
      const row = await knexOf(orm.em.fork())('organizations').where({ uai: SCHOOL.uai }).first();
      expect(row).toMatchObject({ name: SCHOOL.name, type: 'SCO', email: SCHOOL.email, province_code: '075', is_managing_students: true });
    });

    it("creates the school's certification centre and makes Claire Dubois its administrator", async () => {
      await admin.openFromHome('Centres de certification');
      await admin.createCenter({ name: SCHOOL.name, uai: SCHOOL.uai });
      await admin.page.getByText('Établissement :').getByRole('link', { name: SCHOOL.name }).waitFor();
      await admin.addMember('claire.dubois@example.net', 'Administrateur');
      await auditAccessibility(admin.page, 'certification centre page with its administrator');
      expect(await auditActions()).toEqual(['ORGANIZATION_CREATED', 'ORGANIZATION_MEMBER_ADDED', 'CERTIFICATION_CENTER_CREATED', 'CERTIFICATION_CENTER_MEMBER_ADDED']);
    });
  });

  describe('the administrator', () => {
    it('signs in to Pix Orga and to Pix Certif and sees the school and the centre', async () => {
      const page = await newPage();
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
      await auditAccessibility(page, "the centre's sessions in Pix Certif");
    });
  });

  describe('a METIER member', () => {
    let admin: AdminConsole;

    it('builds a target profile from three tubes and attaches it to the school, found by name', async () => {
      admin = new AdminConsole(await newPage(), platform.url);
      await admin.logIn('nadia.contenu@pix.example', PASSWORD);
      await admin.page.getByText('Bonjour Nadia Contenu').waitFor();
      const profiles = new AdminTargetProfiles(admin.page);
      await profiles.openFromNavigation();
      const totals = await profiles.create({
        name: PROFILE,
        description: 'Recherche d’information et tableur, pour la seconde.',
        tubes: { 'Fiabilité des sources': 3, 'Moteur de recherche': 2, 'Tri et filtre': 4 },
      });
      expect(totals).toBe('3 sujet(s), 9 acquis, environ 8 question(s)');
      await profiles.attachTo(SCHOOL.name);
      const knex = knexOf(orm.em.fork());
      const profile = await knex('target_profiles').where({ name: PROFILE }).first('id');
      expect(await knex('target_profile_tubes').where({ target_profile_id: profile.id }).orderBy('tube_id').select('tube_id', 'level')).toEqual([
        { tube_id: 'fiabiliteSource', level: 3 },
        { tube_id: 'moteurRecherche', level: 2 },
        { tube_id: 'triFiltre', level: 4 },
      ]);
      const school = await knex('organizations').where({ uai: SCHOOL.uai }).first('id');
      const attached = await knex('target_profile_shares').where({ target_profile_id: profile.id }).pluck('organization_id');
      expect(attached).toEqual([school.id]);
      expect((await auditActions()).slice(-2)).toEqual(['TARGET_PROFILE_CREATED', 'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS']);
    });

    it('writes a QROC solution in the sandbox and tries an accepted and a refused answer', async () => {
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

  describe('a SUPPORT member and a pupil of the school', () => {
    let pupil: LearnerApp;
    let pupilPage: Page;
    let admin: AdminConsole;

    it('blocks the pupil after too many wrong passwords, even with the right one', async () => {
      const em = orm.em.fork();
      const school = await knexOf(em)('organizations').where({ uai: SCHOOL.uai }).first('id');
      const account = await buildUser(em, { firstName: 'Zoé', lastName: 'Cœurdevey', username: 'zoe.coeurdevey0512', email: null, password: PUPIL_PASSWORD });
      await buildOrganizationLearner(em, school.id, { firstName: 'Zoé', lastName: 'CŒURDEVEY', birthdate: '2012-05-05', division: '2nde4', userId: account.id });
      pupilPage = await newPage();
      pupil = new LearnerApp(pupilPage, platform.url);
      await pupilPage.goto(`${platform.url}/`);
      await auditAccessibility(pupilPage, 'learner log-in page');
      for (let i = 0; i < FAILURES; i += 1) {
        await pupil.logIn('zoe.coeurdevey0512', 'Mauvais2026');
        await pupilPage.getByRole('alert').filter({ hasText: 'le mot de passe saisis sont incorrects' }).waitFor();
      }
      await pupil.logIn('zoe.coeurdevey0512', PUPIL_PASSWORD);
      await pupilPage.getByRole('alert').filter({ hasText: 'Trop de tentatives' }).waitFor();
    });

    it('lets the SUPPORT member find the pupil and unblock the account with a comment', async () => {
      admin = new AdminConsole(await newPage(), platform.url);
      await admin.logIn('thomas.petit@pix.example', PASSWORD);
      await admin.page.getByText('Bonjour Thomas Petit').waitFor();
      await admin.open('Utilisateurs');
      await admin.searchUser('coeurdevey zoe');
      await admin.page.getByRole('link', { name: 'Cœurdevey Zoé' }).click();
      await admin.page.getByRole('heading', { name: 'Zoé Cœurdevey', level: 1 }).waitFor();
      await admin.page.getByText(`Tentatives échouées : ${FAILURES} sur ${FAILURES}`).waitFor();
      await admin.page.getByText(/Connexion bloquée jusqu'au/).waitFor();
      await auditAccessibility(admin.page, "the blocked pupil's account");
      await admin.act('Débloquer', 'Débloquer la connexion de Zoé Cœurdevey', 'Ticket 4521 : appel du lycée');
      await admin.page.getByRole('status').filter({ hasText: 'La connexion est débloquée.' }).waitFor();
      await admin.page.getByText("La connexion n'est pas bloquée.").waitFor();
    });

    it('shows the unblock, its author and its comment in the audit log', async () => {
      await admin.page.goto(`${platform.url}/admin/`);
      await admin.open("Journal d'audit");
      await admin.page.getByLabel('Cible (nom)').fill('coeurdevey');
      await admin.page.getByRole('button', { name: 'Filtrer' }).click();
      const row = admin.page.getByRole('row').filter({ hasText: 'Connexion débloquée' });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/Compte Zoé Cœurdevey[\s\S]*Thomas Petit[\s\S]*Ticket 4521 : appel du lycée/);
      await admin.page.getByText('Actions enregistrées (1)').waitFor();
      await auditAccessibility(admin.page, "Journal d'audit filtered on the pupil");
      expect(await auditActions()).toEqual([
        'ORGANIZATION_CREATED',
        'ORGANIZATION_MEMBER_ADDED',
        'CERTIFICATION_CENTER_CREATED',
        'CERTIFICATION_CENTER_MEMBER_ADDED',
        'TARGET_PROFILE_CREATED',
        'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS',
        'USER_UNBLOCKED',
      ]);
    });

    it('lets the pupil log in at once', async () => {
      await pupil.logIn('zoe.coeurdevey0512', PUPIL_PASSWORD);
      await pupil.greeting('Zoé').waitFor();
    });
  });
});
