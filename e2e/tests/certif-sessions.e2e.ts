import { readFileSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { CertifConsole } from '../pages/certif-console';
import { openOrm } from '../../api/src/database';
import { buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../api/src/seeds/database-builder';
import { buildCertificationCenter, buildCertificationCenterMembership } from '../../api/src/seeds/certification-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';

const PASSWORD = 'Direction2026';

/**
 * The lycée's administrator logs into Pix Certif, plans a session, enrols three pupils of TG2 (one
 * with 30 % extra time) and downloads the attendance sheet and the incident report form — in
 * Debian's Chromium, against the platform as `npm start` runs it, axe on every page.
 */
describe('a certification session in Pix Certif, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let context: BrowserContext;
  let certif: CertifConsole;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const admin = await buildUser(em, { firstName: 'Claire', lastName: 'Dubois', email: 'claire.dubois@example.net', password: PASSWORD });
    await buildMembership(em, lycee.id, admin.id, 'ADMIN');
    const center = await buildCertificationCenter(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    await buildCertificationCenterMembership(em, center.id, admin.id, 'ADMIN');
    const pupils: [string, string, 'M' | 'F'][] = [
      ['Emma', 'EMERY', 'F'],
      ['Étienne', 'ÉTIENNE', 'M'],
      ['Fanny', 'FABRE', 'F'],
      ['Hugo', 'GIRAUD', 'M'],
    ];
    for (const [firstName, lastName, sex] of pupils)
      await buildOrganizationLearner(em, lycee.id, { firstName, lastName, sex, birthdate: '2008-05-12', division: 'TG2', birthCityCode: '75115', birthCity: 'PARIS 15', birthCountryCode: '100' });
    await buildOrganizationLearner(em, lycee.id, { firstName: 'Jules', lastName: 'ZOLA', sex: 'M', birthdate: '2009-01-01', division: '1G1' });
    // A centre other than SCO (candidates added by hand) and its administrator.
    const pro = await buildCertificationCenter(em, { name: 'Centre de formation Horizon', type: 'PRO' });
    const trainer = await buildUser(em, { firstName: 'Karim', lastName: 'Haddad', email: 'karim.haddad@example.net', password: PASSWORD });
    await buildCertificationCenterMembership(em, pro.id, trainer.id, 'ADMIN');
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    certif = new CertifConsole(await context.newPage(), platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it("logs in and lands on the centre's sessions", async () => {
    await certif.logIn('claire.dubois@example.net', PASSWORD);
    await certif.page.getByRole('heading', { name: 'Sessions de certification', level: 1 }).waitFor();
    await certif.page.getByText("Aucune session pour l'instant : créez la première.").waitFor();
  });

  it('creates a session and shows its number, access code and invigilator password', async () => {
    await certif.createSession({ address: 'Bâtiment B', room: 'Salle 204', date: '2026-12-07', time: '14:00', examiner: 'Mme Dubois, M. Moreau' });
    const heading = certif.page.getByRole('heading', { level: 1, name: /^Session n° \d+$/ });
    await heading.waitFor();
    const number = Number((await heading.textContent())!.replace(/\D/g, ''));
    const row = await knexOf(orm.em.fork())('certification_sessions').where({ id: number }).first();
    expect(row).toMatchObject({ room: 'Salle 204', examiner: 'Mme Dubois, M. Moreau' });
    await certif.page.getByText(row.access_code, { exact: true }).waitFor();
    await certif.page.getByText(row.invigilator_password, { exact: true }).waitFor();
    await auditAccessibility(certif.page, 'session details');
  });

  it('enrols three pupils of TG2, pre-filled, and gives one 30 % extra time', async () => {
    await certif.page.getByRole('tab', { name: 'Candidats (0)' }).click();
    await certif.enrolPupils('TG2', ['EMERY Emma', 'ÉTIENNE Étienne', 'GIRAUD Hugo']);
    const table = certif.page.getByRole('table', { name: '3 candidats' });
    await table.waitFor();
    await certif.setExtraTime('Étienne ÉTIENNE', 30);
    await table.getByRole('row').filter({ hasText: 'ÉTIENNE' }).getByText('30 %').waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(rows.slice(1).map((text) => text.slice(0, 6))).toEqual(['EMERYE', 'ÉTIENN', 'GIRAUD']);
    const candidates = await knexOf(orm.em.fork())('certification_candidates').orderBy('last_name').select('last_name', 'extra_time_percentage', 'birth_insee_code', 'sex');
    expect(candidates).toEqual([
      { last_name: 'EMERY', extra_time_percentage: 0, birth_insee_code: '75115', sex: 'F' },
      { last_name: 'GIRAUD', extra_time_percentage: 0, birth_insee_code: '75115', sex: 'M' },
      { last_name: 'ÉTIENNE', extra_time_percentage: 30, birth_insee_code: '75115', sex: 'M' },
    ]);
  });

  it.each([["Feuille d'émargement", 'feuille-d-emargement-session-'], ["PV d'incident", 'pv-d-incident-session-']] as const)(
    'downloads the %s as a PDF',
    async (button, prefix) => {
      const { response, path, fileName } = await certif.download(button);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const file = readFileSync(path);
      expect(file.subarray(0, 5).toString()).toBe('%PDF-');
      expect(file.length).toBeGreaterThan(5000);
      expect(fileName.startsWith(prefix)).toBe(true);
    },
  );

  it('in a centre other than SCO, adds a candidate born abroad, the country chosen in the INSEE list', async () => {
    const proContext = await browser.newContext({ locale: 'fr-FR' });
    const pro = new CertifConsole(await proContext.newPage(), platform.url);
    try {
      await pro.logIn('karim.haddad@example.net', PASSWORD);
      await pro.page.getByRole('heading', { name: 'Sessions de certification', level: 1 }).waitFor();
      await pro.createSession({ address: 'Horizon', room: 'Salle 3', date: '2026-12-20', time: '09:30', examiner: 'M. Haddad' });
      await pro.page.getByRole('heading', { level: 1, name: /^Session n° \d+$/ }).waitFor();
      await pro.page.getByRole('tab', { name: 'Candidats (0)' }).click();
      await pro.page.getByRole('button', { name: 'Ajouter un candidat' }).click();
      const dialog = pro.page.getByRole('dialog', { name: 'Ajouter un candidat' });
      await dialog.waitFor();
      await dialog.getByLabel('Nom de naissance').fill('Benali');
      await dialog.getByLabel('Prénom').fill('Yasmine');
      await dialog.getByLabel('Date de naissance').fill('1994-03-08');
      await dialog.getByLabel('Sexe').selectOption('F');
      const country = dialog.getByRole('combobox', { name: /Pays de naissance/ });
      await country.fill('maroc');
      const option = pro.page.getByRole('option', { name: 'MAROC', exact: true });
      await option.waitFor();
      await auditAccessibility(pro.page, 'add candidate dialog, the countries offered');
      await option.click();
      await dialog.getByLabel('Commune ou ville de naissance').fill('Casablanca');
      await dialog.getByRole('button', { name: 'Ajouter le candidat' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await pro.page.getByRole('table', { name: '1 candidat' }).waitFor();
      const added = await knexOf(orm.em.fork())('certification_candidates').where({ last_name: 'Benali' }).first();
      expect(added).toMatchObject({ birth_country: 'MAROC', birth_city: 'Casablanca', birth_insee_code: null });
    } finally {
      await proContext.close();
    }
  });
});
