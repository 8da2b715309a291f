import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { OrgaConsole } from '../pages/orga-console';
import { LearnerApp } from '../pages/learner-app';
import { openOrm } from '../../api/src/database';
import { buildOrganization } from '../../api/src/seeds/database-builder';

const SAMPLE_ZIP = path.resolve(__dirname, '../../api/test/fixtures/siecle/ElevesSansAdresses.zip');
const PASSWORD = 'Direction2026';

/**
 * A head of school activates the lycée's Pix Orga space by its UAI, imports the pupils from SIECLE,
 * brings a colleague in and promotes them, hands out usernames for a class, and a pupil logs in
 * with one — in Debian's Chromium, against the platform as `npm start` runs it.
 */
describe('a school in Pix Orga, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let head: OrgaConsole;

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    await buildOrganization(orm.em.fork(), { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A', email: 'ce.0751234a@ac-paris.fr' });
    browser = await launchChromium();
    head = new OrgaConsole(await newPage(), platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('activates the space by UAI through the link sent to the school, and makes its requester an administrator', async () => {
    await head.requestActivation({ uai: '0751234a', firstName: 'Anne', lastName: 'Leroy' });
    await head.page.getByText("Un e-mail vient d'être envoyé à l'adresse officielle de votre établissement").waitFor();
    await head.followMailLink('ce.0751234a@ac-paris.fr', /\/orga\/rejoindre\?code=/);
    await head.page.getByText(/Vous êtes invité\(e\) à rejoindre l'organisation Lycée Marie Curie avec le rôle « administration »/).waitFor();
    await head.signUpToJoin({ firstName: 'Anne', lastName: 'Leroy', email: 'anne.leroy@ac-paris.fr', password: PASSWORD });
    await head.page.getByRole('navigation').getByRole('link', { name: 'Élèves' }).waitFor();
  });

  it('imports the SIECLE zip with its progress, and the grid shows the classes', async () => {
    await head.openSection('Élèves');
    await head.page.getByText('Aucun élève pour le moment').waitFor();
    // Every progress text the page shows, however briefly (the sample is read in a blink).
    await head.page.evaluate(() => {
      const seen: string[] = ((window as any).progressSeen = []);
      new MutationObserver(() => {
        for (const bar of Array.from(document.querySelectorAll('[role="progressbar"]'))) seen.push(bar.getAttribute('aria-valuenow') ?? 'indéterminé');
        const text = document.body.innerText.match(/(Envoi du fichier|Import des élèves en cours) : \d+ %/g);
        if (text) seen.push(...text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await head.importSiecleFile(SAMPLE_ZIP);
    const dialog = head.page.getByRole('dialog');
    await dialog.getByText('Import terminé').waitFor();
    await dialog.getByText(/^120 élèves ajoutés, 0 mis à jour, 0 sorti de l'établissement\.$/).waitFor();
    // The report names who was added, by class then name.
    expect(await dialog.getByRole('region', { name: 'Élèves ajoutés' }).getByRole('listitem').count()).toBe(120);
    const progress: string[] = await head.page.evaluate(() => (window as any).progressSeen);
    expect(progress.some((text) => /^(Envoi du fichier|Import des élèves en cours) : \d+ %$/.test(text))).toBe(true);
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
    await head.page.getByRole('heading', { name: '120 élèves' }).waitFor();
    const classes = head.page.getByLabel('Classe', { exact: true });
    await classes.click();
    for (const division of ['1G1', '2NDE1', '2NDE2', 'TG2']) await head.page.getByRole('option', { name: division, exact: true }).waitFor();
    await head.page.getByRole('option', { name: '2NDE1', exact: true }).click();
    await head.page.getByRole('heading', { name: '31 élèves' }).waitFor();
  });

  it('invites a colleague who accepts in another browser, then promotes them to administrator', async () => {
    await head.openSection('Équipe');
    await head.inviteMembers('paul.girard@ac-paris.fr');
    await head.page.getByRole('cell', { name: 'paul.girard@ac-paris.fr' }).waitFor();

    const colleague = new OrgaConsole(await newPage(), platform.url);
    await colleague.followMailLink('paul.girard@ac-paris.fr', /\/orga\/rejoindre\?code=/);
    await colleague.page.getByText(/Vous êtes invité\(e\) à rejoindre l'organisation Lycée Marie Curie avec le rôle « membre »/).waitFor();
    await colleague.signUpToJoin({ firstName: 'Paul', lastName: 'Girard', email: 'paul.girard@ac-paris.fr', password: PASSWORD });
    await colleague.page.getByRole('navigation').getByRole('link', { name: 'Équipe' }).waitFor();

    await head.page.reload();
    const role = head.page.getByLabel('Rôle de Paul Girard');
    await role.selectOption('ADMIN');
    await head.page.reload();
    expect(await head.page.getByLabel('Rôle de Paul Girard').inputValue()).toBe('ADMIN');
    await colleague.page.reload();
    await colleague.openSection('Élèves');
    await colleague.page.getByRole('button', { name: 'Importer (SIECLE)' }).waitFor();
  });

  let pupil: { username: string; password: string; firstName: string };

  it('generates usernames for a class and downloads them as a CSV to hand out', async () => {
    await head.openSection('Élèves');
    await head.page.getByLabel('Classe', { exact: true }).click();
    await head.page.getByRole('option', { name: '2NDE1', exact: true }).click();
    await head.page.getByRole('heading', { name: '31 élèves' }).waitFor();
    await head.page.getByRole('checkbox', { name: /Sélectionner toutes les lignes/ }).check();
    await head.page.getByRole('button', { name: /^Générer les identifiants \(\d+\)$/ }).click();
    await head.page.getByRole('dialog').getByRole('button', { name: 'Générer', exact: true }).click();
    const credentials = head.page.getByRole('dialog');
    await credentials.getByText(/Identifiants générés/).waitFor();
    const [download] = await Promise.all([head.page.waitForEvent('download'), credentials.getByRole('button', { name: 'Télécharger le fichier (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^identifiants-eleves-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split('\r\n').map((line) => line.split(';'));
    expect(header).toEqual(['Classe', 'Nom', 'Prénom', 'Date de naissance', 'Identifiant', 'Mot de passe provisoire']);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(([division, , , birthdate, username]) => division === '2NDE1' && /^\d{2}\/\d{2}\/\d{4}$/.test(birthdate) && /^[a-zœæ]+\.[a-zœæ]+\d{4}$/.test(username))).toBe(true);
    const [, , firstName, , username, password] = rows[0];
    pupil = { username, password, firstName };
  });

  it('lets a pupil log in with the username and asks them for a new password', async () => {
    const page = await newPage();
    const app = new LearnerApp(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn(pupil.username, pupil.password);
    await page.getByRole('heading', { name: 'Choisissez votre mot de passe', level: 1 }).waitFor();
    expect(page.url()).not.toContain('token');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('MonSecret2026');
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill('MonSecret2026');
    await page.getByRole('button', { name: "J'enregistre mon mot de passe" }).click();
    await app.greeting(pupil.firstName).waitFor();
    await page.getByRole('status').filter({ hasText: 'Votre mot de passe a été modifié.' }).waitFor();
  });
});
