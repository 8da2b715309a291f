import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { LearnerApp } from '../pages/learner-app';
import { openOrm } from '../../api/src/database';
import { buildUser } from '../../api/src/seeds/database-builder';
import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../api/src/learning-content/infrastructure/release-files';

/**
 * Each simulator of the content release, answered as a learner would: act inside the sandboxed frame
 * (open a message, search, switch a setting, filter a table…), read what it shows, type the answer and
 * validate; the server records a right answer. At 360 px wide, by keyboard where it matters.
 */
interface SimulatorCase {
  competence: string;
  challengeId: string;
  title: string;
  /** Acts in the simulator and returns the values to type, by field label. */
  act: (frame: FrameLocator) => Promise<Record<string, string>>;
}

const afterColon = (text: string) => text.slice(text.indexOf(':') + 1).trim();

const CASES: SimulatorCase[] = [
  {
    competence: '4.1',
    challengeId: 'hameconnage4-c',
    title: 'Simulateur : messagerie de Sam Martin',
    act: async (frame) => {
      await frame.getByRole('button', { name: /La Poste/ }).click();
      await frame.getByRole('link', { name: 'Payer 1,99 €' }).press('Enter'); // by keyboard: the link does not open, its destination shows
      const status = await frame.getByRole('status').textContent();
      expect(status).toContain('colis-verif.top');
      return { 'Nom de domaine :': afterColon(status!).split('/')[0] };
    },
  },
  {
    competence: '1.1',
    challengeId: 'moteurRecherche2-c',
    title: 'Simulateur : moteur de recherche Trouvetou',
    act: async (frame) => {
      await frame.getByLabel('Rechercher sur le web').fill('demander un passeport');
      await frame.getByLabel('Rechercher sur le web').press('Enter');
      const organic = frame.getByRole('listitem').filter({ hasNotText: 'Sponsorisé' }).first();
      const domain = await organic.locator('.domain').textContent();
      return { 'Nom de domaine :': domain!.split('/')[0] };
    },
  },
  {
    competence: '1.2',
    challengeId: 'fichiersDossiers4-c',
    title: 'Simulateur : gestionnaire de fichiers',
    act: async (frame) => {
      await frame.getByRole('button', { name: 'Téléchargements' }).click();
      expect(await frame.getByRole('cell', { name: /\.exe$/ }).count()).toBe(0);
      await frame.getByRole('button', { name: /Affichage/ }).click();
      await frame.getByLabel('Extensions de noms de fichiers').check();
      const name = await frame.getByRole('cell', { name: /\.exe$/ }).textContent();
      return { 'Nom complet du fichier :': name!.replace(/^PDF/, '').trim() };
    },
  },
  {
    competence: '4.2',
    challengeId: 'confidentialiteReseaux2-c',
    title: 'Simulateur : paramètres de confidentialité du réseau Entourage',
    act: async (frame) => {
      await frame.getByLabel('Qui peut voir vos futures publications ?').selectOption({ label: 'Amis' });
      await frame.getByLabel('Qui peut voir vos albums photo ?').selectOption({ label: 'Amis' });
      await frame.getByLabel(/Autoriser les moteurs de recherche/).uncheck();
      await frame.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
      return { 'Code de vérification :': (await frame.locator('.code').textContent())! };
    },
  },
  {
    competence: '1.3',
    challengeId: 'triFiltre4-c',
    title: 'Simulateur : tableur des adhérents, avec filtres',
    act: async (frame) => {
      await frame.getByLabel(/Ville/).selectOption('Nantes');
      await frame.getByLabel(/Cotisation payée/).selectOption('Oui');
      const status = (await frame.getByRole('status').textContent())!;
      const lines = /(\d+) ligne\(s\) sur/.exec(status)![1];
      const sum = /Somme[^:]*: ([\d ,]+ €)/.exec(status)![1];
      return { 'Nombre de lignes affichées :': lines, 'Somme des montants (€) :': sum };
    },
  },
  {
    competence: '5.2',
    challengeId: 'installationLogiciel2-c',
    title: 'Simulateur : page des téléchargements du navigateur',
    act: async (frame) => {
      await frame.getByLabel('Rechercher dans les téléchargements').fill('.exe');
      const name = (await frame.locator('.name').first().textContent())!;
      await frame.getByRole('button', { name: `Plus d’informations sur ${name}` }).click();
      const info = (await frame.locator('.info:visible').textContent())!;
      const source = /Adresse d’origine : ([^/\s]+)/.exec(info)![1];
      return { 'Nom du fichier :': name, "Nom de domaine d'origine :": source };
    },
  },
  {
    competence: '1.1',
    challengeId: 'moteurRecherche3-c',
    title: 'Simulateur : recherche avancée avec Trouvetou',
    act: async (frame) => {
      // Without quotes the engine finds more pages: the count depends on the operator, as on a real engine.
      await frame.getByLabel('Rechercher sur le web').fill('fête de la science');
      await frame.getByRole('button', { name: 'Rechercher' }).click();
      const loose = Number(/^(\d+)/.exec((await frame.locator('h2.count').textContent())!)?.[1] ?? 0);
      await frame.getByLabel('Rechercher sur le web').fill('"fête de la science"');
      await frame.getByLabel('Rechercher sur le web').press('Enter');
      const exact = /^(\d+) résultats? pour "fête/.exec((await frame.locator('h2.count').textContent())!)![1];
      expect(Number(exact)).toBeLessThan(loose);
      return { 'Nombre de résultats :': exact };
    },
  },
  {
    competence: '3.4',
    challengeId: 'bouclesAlgo3-d',
    title: 'Simulateur : robot sur une piste',
    act: async (frame) => {
      // The learner tries values of N until the robot stops on the flag.
      for (let n = 1; n <= 12; n += 1) {
        await frame.getByLabel('Valeur de N').fill(String(n));
        await frame.getByRole('button', { name: 'Exécuter' }).press('Enter');
        if ((await frame.getByRole('status').textContent())!.includes('c’est le drapeau')) return { 'N =': String(n) };
      }
      throw new Error('no value of N brings the robot to the flag');
    },
  },
  {
    competence: '5.1',
    challengeId: 'blocageLogiciel2-c',
    title: 'Simulateur : gestionnaire des tâches',
    act: async (frame) => {
      const frozen = frame.getByRole('row').filter({ hasText: 'Ne répond pas' });
      await frozen.getByRole('radio').check();
      await frame.getByRole('button', { name: 'Fin de tâche' }).click();
      expect(await frame.getByRole('row').filter({ hasText: 'Ne répond pas' }).count()).toBe(0);
      return { 'Code de vérification :': (await frame.locator('.code').textContent())!.trim() };
    },
  },
  {
    competence: '5.1',
    challengeId: 'connexionReseau5-c',
    title: 'Simulateur : invite de commandes',
    act: async (frame) => {
      const run = async (command: string) => {
        await frame.getByRole('textbox', { name: 'Commande', exact: true }).fill(command);
        await frame.getByRole('textbox', { name: 'Commande', exact: true }).press('Enter');
        return (await frame.getByRole('log').textContent())!;
      };
      const gateway = /Passerelle par défaut[ .]*: ([\d.]+)/.exec(await run('ipconfig'))![1];
      const average = /Moyenne = (\d+)ms/.exec(await run('ping ent.college-exemple.fr'))![1];
      return { 'Passerelle par défaut :': gateway, 'Temps de réponse moyen (ms) :': average };
    },
  },
  {
    competence: '5.2',
    challengeId: 'reglagesNavigateur4-c',
    title: 'Simulateur : paramètres du navigateur',
    act: async (frame) => {
      await frame.getByLabel("Moteur de recherche utilisé dans la barre d'adresse").selectOption({ label: 'Qwant' });
      await frame.getByLabel('Toujours demander où enregistrer les fichiers').check();
      await frame.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
      return { 'Code de vérification :': (await frame.locator('.code').textContent())!.trim() };
    },
  },
];

describe('the simulators, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    browser = await launchChromium();
    const user = await buildUser(orm.em.fork(), { firstName: 'Sam' });
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 780 } });
    page = await context.newPage();
    await page.goto(`${platform.url}/connexion`);
    await new LearnerApp(page, platform.url).logIn(user.email!, user.password);
    await page.getByRole('heading', { name: 'Bonjour Sam' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  // Every page of the release and every data set its challenges name (#b, #en-b…), English ones included.
  const challenges = readReleaseFiles(DEFAULT_CONTENT_ROOT).challenges.filter((c) => c.status === 'validated');
  const pages = [...new Set(challenges.flatMap((c) => (c.embed ? [c.embed.file, c.embed.fileEn].filter((f): f is string => Boolean(f)) : [])))].sort();
  const pageOf = (file: string) => file.replace(/#.*$/, '');

  it('answers a challenge in each simulator page of the release (the journeys below)', () => {
    const answered = new Set(CASES.map((c) => pageOf(challenges.find((x) => x.id === c.challengeId)!.embed!.file)));
    expect([...answered].sort()).toEqual([...new Set(pages.map(pageOf))].sort());
  });

  // One test a page and data set: each opens it on its own (still sandboxed by its headers) and runs axe at 360 px.
  it.each(pages)('simulator page %s, opened on its own, is sandboxed and passes axe at 360 px', async (file) => {
    const own = await page.context().newPage();
    try {
      const response = await own.goto(`${platform.url}/contenus/${file.replace(/^assets\//, '')}`);
      expect(response!.headers()['content-security-policy']).toContain('sandbox allow-scripts');
      await own.locator('body').waitFor();
      await auditAccessibility(own, `simulator page ${file}`);
    } finally {
      await own.close();
    }
  });

  it.each(CASES.map((c) => [c.challengeId, c] as const))('%s: found by acting in the simulator, then answered right', async (_, simulator) => {
    await page.goto(`${platform.url}/competences/${simulator.competence}`);
    // Two simulators of one competence: the second case resumes the test the first one started.
    await page.getByRole('link', { name: /^(Commencer|Reprendre)$/ }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    await page.getByRole('button', { name: 'Je passe' }).waitFor();
    const assessmentId = Number(/\/evaluations\/(\d+)/.exec(page.url())![1]);
    // Test setup: the engine picks among alternatives; this journey needs the simulator's challenge now.
    await orm.em.getKnex()('assessments').where({ id: assessmentId }).update({ current_challenge_id: simulator.challengeId, current_challenge_served_at: null });
    await page.reload();

    const frameElement = page.getByTitle(simulator.title);
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('sandbox')).toBe('allow-scripts');
    const box = (await frameElement.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    const values = await simulator.act(page.frameLocator(`iframe[title="${simulator.title}"]`));
    for (const [label, value] of Object.entries(values)) await page.locator('main').getByLabel(label, { exact: true }).fill(value);
    await auditAccessibility(page, `simulator ${simulator.challengeId}, answered`);
    await page.getByRole('button', { name: 'Je valide' }).click();

    let result: string | undefined;
    for (let i = 0; i < 100 && !result; i += 1) {
      result = (await orm.em.getKnex()('answers').where({ assessment_id: assessmentId, challenge_id: simulator.challengeId }).first())?.result;
      if (!result) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect([simulator.challengeId, values, result]).toEqual([simulator.challengeId, values, 'ok']);
  });
});
