import { readFileSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { gql, logInToken } from '../support/api-client';
import { LearnerApp } from '../pages/learner-app';
import { AssessmentPage } from '../pages/assessment-page';
import { CampaignPages } from '../pages/campaign-pages';
import { OrgaCampaigns } from '../pages/orga-campaigns';
import { openOrm } from '../../api/src/database';
import {
  buildMembership,
  buildOrganization,
  buildOrganizationLearner,
  buildTargetProfile,
  buildKnowledgeElements,
  buildUser,
  skillsUpToLevel,
} from '../../api/src/seeds/database-builder';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import type { LearningContent } from '../../api/src/learning-content/domain/learning-content';

const PASSWORD = 'Classe2026!';
const PARCOURS_NAME = 'Recherche, sources et traces';
const CAMPAIGN_NAME = 'Rentrée des secondes';
/** Three small tubes: an all-correct pupil ends after a few answers, and never after two. */
const TUBES = [
  { tubeId: 'moteurRecherche', level: 3 },
  { tubeId: 'tracesNumeriques', level: 2 },
  { tubeId: 'fiabiliteSource', level: 2 },
];
const NO_MATCH = "Vérifiez vos nom, prénom et date de naissance : ils doivent être ceux connus de votre établissement. Si c'est bien le cas, adressez-vous à votre enseignant.";

const PUPIL_A = { firstName: 'Lina', lastName: 'Moreau', birthdate: '2010-04-12' };
const PUPIL_B = { firstName: 'Hugo', lastName: 'Bernard', birthdate: '2009-11-03', email: 'hugo.bernard@example.net' };
const PUPIL_C = { firstName: 'Jade', lastName: 'Petit', birthdate: '2010-07-21', email: 'jade.petit@example.net' };

/** A minimal reader of the export: `;` separated, cells maybe quoted ("" inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * A teacher of a lycée creates an assessment campaign in Pix Orga; three pupils join it with its code
 * (one creates an account with a username and sends results, one reconciles an e-mail account and
 * stops midway, one mistypes a birth date); the teacher follows the activity, the participants, the
 * collective results and exports the CSV — in Debian's Chromium, against the platform as `npm start` runs it.
 */
describe('an assessment campaign from Pix Orga to the pupils and back, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContent;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let teacher: { email: string; password: string };
  let orga: OrgaCampaigns;
  let code: string;
  let campaignId: string;

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    content = await loadLearningContent(orm.em.fork());
    const em = orm.em.fork();
    const school = await buildOrganization(em, { name: 'Lycée Victor Hugo', type: 'SCO', uai: '0754321B' });
    const user = await buildUser(em, { firstName: 'Claire', lastName: 'Fontaine', email: 'claire.fontaine@ac-paris.fr', password: PASSWORD });
    await buildMembership(em, school.id, user.id, 'MEMBER');
    teacher = { email: user.email!, password: PASSWORD };
    await buildTargetProfile(em, { name: PARCOURS_NAME, ownerOrganizationId: school.id, category: 'CUSTOM', tubes: TUBES });
    for (const pupil of [PUPIL_A, PUPIL_B, PUPIL_C]) {
      await buildOrganizationLearner(em, school.id, { ...pupil, division: '2NDE3' });
    }
    await buildOrganizationLearner(em, school.id, { firstName: 'Tom', lastName: 'Garnier', birthdate: '2010-01-30', division: '2NDE3' });
    await buildUser(em, { firstName: PUPIL_B.firstName, lastName: PUPIL_B.lastName, email: PUPIL_B.email, password: PASSWORD });
    await buildUser(em, { firstName: PUPIL_C.firstName, lastName: PUPIL_C.lastName, email: PUPIL_C.email, password: PASSWORD });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  const assessmentIdOf = (page: Page) => /\/evaluation\/(\d+)/.exec(page.url())![1];
  const assessmentState = async (token: string, assessmentId: string) =>
    (await gql(platform.url, 'query A($id: ID!) { assessment(id: $id) { state answeredCount currentChallenge { id } } }', { id: assessmentId }, token)).assessment;

  async function untilAnswered(token: string, assessmentId: string, count: number) {
    for (let i = 0; i < 100; i += 1) {
      if ((await assessmentState(token, assessmentId)).answeredCount >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`answer ${count} never reached the server`);
  }

  /** Answers correctly until the test ends ("Voir mes résultats"), or `limit` answers. */
  async function answer(page: Page, token: string, limit = 60): Promise<number> {
    const test = new AssessmentPage(page);
    await page.waitForURL(/\/campagnes\/[A-Z0-9]+\/evaluation\/\d+/);
    const assessmentId = assessmentIdOf(page);
    let answered = 0;
    while (answered < limit) {
      const seeResults = page.getByRole('button', { name: 'Voir mes résultats' });
      const next = page.getByRole('button', { name: 'Continuer mon parcours' });
      await page.getByRole('button', { name: 'Je passe' }).or(next).or(seeResults).first().waitFor();
      if (await seeResults.isVisible()) break;
      if (await next.isVisible()) {
        await next.click();
        continue;
      }
      const state = await assessmentState(token, assessmentId);
      await test.answerCorrectly(content.challengeOfPublicId(state.currentChallenge.id)!);
      await untilAnswered(token, assessmentId, state.answeredCount + 1);
      answered += 1;
    }
    return answered;
  }

  it('1. the teacher creates the campaign in Pix Orga and reads its code', async () => {
    orga = new OrgaCampaigns(await newPage(), platform.url);
    await orga.logIn(teacher.email, teacher.password);
    await orga.openCampaigns();
    await orga.createAssessmentCampaign(CAMPAIGN_NAME, PARCOURS_NAME);
    await orga.page.waitForURL(/\/orga\/organisations\/\d+\/campagnes\/\d+/);
    campaignId = /\/campagnes\/(\d+)/.exec(orga.page.url())![1];
    await orga.page.getByRole('heading', { level: 1, name: CAMPAIGN_NAME }).waitFor();
    const notice = await orga.createdNotice().innerText();
    code = /code ([A-Z0-9]{9})/.exec(notice)![1];
    expect(await orga.page.locator('main code').first().innerText()).toBe(code);
  });

  let pupilA: { username: string };

  it('2a. a pupil without an account follows the direct link, creates one with a username, ends the test and sends the results', async () => {
    const page = await newPage();
    const campaign = new CampaignPages(page, platform.url);
    await campaign.openDirectLink(code);
    await campaign.landingHeading(CAMPAIGN_NAME).waitFor();
    await campaign.start();
    await page.getByRole('link', { name: "Je n'ai pas de compte" }).click();
    await campaign.reconcile(PUPIL_A, 'Je continue');
    await page.getByRole('heading', { name: 'Je crée mon compte' }).waitFor();
    await page.getByRole('radio', { name: 'Avec un identifiant (recommandé)' }).check();
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }).check();
    await page.getByRole('button', { name: 'Je crée mon compte' }).click();
    await page.getByRole('heading', { name: 'Votre compte est créé' }).waitFor();
    const username = (await page.getByRole('region', { name: 'Votre identifiant' }).locator('p').first().innerText()).trim();
    expect(username).toMatch(/^lina\.moreau\d{4}$/);
    pupilA = { username };
    await page.getByRole('button', { name: 'Continuer' }).click();

    const token = await logInToken(platform.url, username, PASSWORD);
    const answered = await answer(page, token);
    expect(answered).toBeGreaterThanOrEqual(3);
    await campaign.seeResults();
    await campaign.masteryHeading().waitFor();
    await campaign.shareResults();
    await campaign.confirmation().filter({ hasText: 'vos résultats ont bien été envoyés' }).waitFor();
  });

  it('2b. a pupil with an e-mail account types the code in lower case with spaces, reconciles, answers 2 challenges and stops', async () => {
    const page = await newPage();
    const app = new LearnerApp(page, platform.url);
    const campaign = new CampaignPages(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn(PUPIL_B.email, PASSWORD);
    await app.greeting(PUPIL_B.firstName).waitFor();
    await campaign.openCodeFromNavigation();
    const typed = `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`.toLowerCase();
    await campaign.typeCode(typed);
    await campaign.landingHeading(CAMPAIGN_NAME).waitFor();
    await campaign.start();
    await campaign.reconcile(PUPIL_B);
    const token = await logInToken(platform.url, PUPIL_B.email, PASSWORD);
    expect(await answer(page, token, 2)).toBe(2);
    const state = await assessmentState(token, assessmentIdOf(page));
    expect(state).toMatchObject({ state: 'STARTED', answeredCount: 2 });
    await page.close();
  });

  it('2c. a pupil who mistypes the birth date is told to check it, and nothing else', async () => {
    const page = await newPage();
    const app = new LearnerApp(page, platform.url);
    const campaign = new CampaignPages(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn(PUPIL_C.email, PASSWORD);
    await app.greeting(PUPIL_C.firstName).waitFor();
    await campaign.openDirectLink(code);
    await campaign.start();
    await campaign.reconcile({ ...PUPIL_C, birthdate: '2010-12-07' });
    const alert = campaign.reconciliationError();
    await alert.filter({ hasText: 'Vérifiez vos nom, prénom et date de naissance' }).waitFor();
    expect((await alert.innerText()).trim()).toBe(NO_MATCH);
    const main = await page.locator('main').innerText();
    for (const secret of ['21/07/2010', '2010-07-21', '2NDE3', 'Garnier', 'Moreau', 'Bernard']) expect(main).not.toContain(secret);
    expect(page.url()).toContain(`/campagnes/${code}/acces`);
  });

  it('3. the teacher sees the activity, the participants, the collective results, and exports the CSV', async () => {
    const token = await logInToken(platform.url, teacher.email, teacher.password);
    await orga.page.reload();
    await orga.page.getByRole('heading', { level: 1, name: CAMPAIGN_NAME }).waitFor();
    // The same numbers behind the page, with the teacher's token.
    const { campaign } = await gql(platform.url, 'query C($id: ID!) { campaign(id: $id) { participationStats { total shared started toShare } } }', { id: campaignId }, token);
    expect(campaign.participationStats).toEqual({ total: 2, shared: 1, started: 1, toShare: 0 });
    await orga.openTab('Activité');
    // At 1280 px every tab fits: no scroll arrow.
    expect(await orga.page.getByRole('tablist').locator('.MuiTabScrollButton-root').count()).toBe(0);
    const activity = orga.panel();
    /** The value (dd) after a term (dt) of the numbers ("1 (50 %)"). */
    const valueOf = (term: string) => activity.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();
    await activity.locator('dt', { hasText: 'Parcours terminés et résultats envoyés' }).waitFor();
    expect(await valueOf('Parcours terminés et résultats envoyés')).toMatch(/^1\b/);
    expect(await valueOf('Parcours non terminés')).toMatch(/^1\b/);
    expect(await valueOf('Parcours terminés et résultats NON envoyés')).toMatch(/^0\b/);

    await orga.openTab('Participants');
    const participants = orga.panel();
    await participants.getByText('2 participants').waitFor();
    const rowOf = (lastName: string) => participants.getByRole('row').filter({ hasText: lastName });
    expect(await rowOf(PUPIL_A.lastName).innerText()).toContain('Envoyé');
    expect(await rowOf(PUPIL_B.lastName).innerText()).toContain('En cours');
    expect(await participants.getByRole('row').filter({ hasText: PUPIL_C.lastName }).count()).toBe(0);

    await orga.openTab('Résultats collectifs');
    const collective = orga.panel();
    await collective.getByRole('table', { name: 'Résultats par compétence' }).or(collective.getByRole('table')).first().waitFor();
    expect(await collective.getByRole('row').filter({ hasText: 'Mener une recherche et une veille d' }).count()).toBeGreaterThan(0);
    // The chart names each competence by its code and its name.
    expect(await collective.locator('svg').first().textContent()).toContain('1.1 Mener une recherche');

    const [download] = await Promise.all([orga.page.waitForEvent('download'), orga.exportButton().click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Resultats-${CAMPAIGN_NAME}-${campaignId}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.csv$`));
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1).trim());
    expect(header.slice(0, 12)).toEqual([
      "Nom de l'organisation",
      'ID Campagne',
      'Code',
      'Nom de la campagne',
      'Parcours',
      'Nom du Participant',
      'Prénom du Participant',
      'Classe',
      '% de progression',
      'Date de début',
      'Partage (O/N)',
      'Date du partage',
    ]);
    expect(header[12]).toBe("% maitrise de l'ensemble des acquis du profil");
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const column = (name: string) => header.indexOf(name);
    const byName = Object.fromEntries(rows.map((row) => [row[column('Nom du Participant')], row]));
    expect(byName[PUPIL_A.lastName][column('Partage (O/N)')]).toBe('Oui');
    expect(byName[PUPIL_B.lastName][column('Partage (O/N)')]).toBe('Non');
    expect(byName[PUPIL_A.lastName].slice(0, 8)).toEqual(['Lycée Victor Hugo', campaignId, code, CAMPAIGN_NAME, PARCOURS_NAME, PUPIL_A.lastName, PUPIL_A.firstName, '2NDE3']);
    expect(byName[PUPIL_A.lastName][column('% de progression')]).toBe('1');
    expect(pupilA.username).toBeTruthy();

    // The campaigns list: 2 participants, 1 of whom sent the results.
    await orga.openCampaigns();
    const row = orga.page.getByRole('row').filter({ hasText: CAMPAIGN_NAME });
    await row.waitFor();
    const cellOf = async (header: string) => {
      const column = await orga.page.getByRole('columnheader', { name: header, exact: true }).getAttribute('aria-colindex');
      return (await row.locator(`[aria-colindex="${column}"]`).innerText()).trim();
    };
    expect(await cellOf('Participants')).toBe('2');
    expect(await cellOf('Résultats reçus')).toBe('1');
  });

  it('4. a pupil sends their profile twice to a profiles collection, and the teacher sees them certifiable', async () => {
    const em = orm.em.fork();
    const { id: schoolId } = await em.getConnection().execute('select id from organizations where uai = ?', ['0754321B']).then((rows: any[]) => rows[0]);
    const user = await buildUser(em, { firstName: 'Emma', lastName: 'Roux', email: 'emma.roux@example.net', password: PASSWORD });
    await buildOrganizationLearner(em, schoolId, { firstName: 'Emma', lastName: 'Roux', birthdate: '2010-02-14', division: '2NDE3', userId: user.id });
    const competences = content.competences.slice(0, 5);
    await buildKnowledgeElements(em, content, competences.flatMap((c) => skillsUpToLevel(content, c.id, 1)).map((skillId) => ({ userId: user.id, skillId })));

    await orga.openCampaigns();
    await orga.page.getByRole('link', { name: 'Créer une campagne' }).or(orga.page.getByRole('button', { name: 'Créer une campagne' })).first().click();
    await orga.page.getByLabel('Nom de la campagne').fill('Profils des secondes');
    await orga.page.getByRole('radio', { name: 'Collecter les profils Pix des participants' }).check();
    await orga.page.getByRole('group', { name: /plusieurs fois leur profil/ }).getByRole('radio', { name: 'Oui' }).check();
    await orga.page.getByRole('group', { name: 'Souhaitez-vous demander un identifiant externe ?' }).getByRole('radio', { name: 'Non' }).check();
    await orga.page.getByRole('button', { name: 'Créer la campagne' }).click();
    const profilesCode = /code ([A-Z0-9]{9})/.exec(await orga.createdNotice().innerText())![1];

    const page = await newPage();
    const app = new LearnerApp(page, platform.url);
    const campaign = new CampaignPages(page, platform.url);
    await page.goto(`${platform.url}/connexion`);
    await app.logIn('emma.roux@example.net', PASSWORD);
    await app.greeting('Emma').waitFor();
    await campaign.openDirectLink(profilesCode);
    await campaign.start();
    // Her account is already linked to her school record: the landing page does not ask who she is again.
    await campaign.sendProfile();
    await campaign.confirmation().first().waitFor();
    await campaign.openDirectLink(profilesCode);
    await campaign.sendProfileAgain();
    await campaign.sendProfile();
    await campaign.confirmation().first().waitFor();

    await orga.page.reload();
    await orga.openTab('Participants');
    const row = orga.panel().getByRole('row').filter({ hasText: 'Roux' });
    await row.waitFor();
    const certifiableColumn = await orga.panel().getByRole('columnheader', { name: 'Certifiable', exact: true }).getAttribute('aria-colindex');
    expect((await row.locator(`[aria-colindex="${certifiableColumn}"]`).innerText()).trim()).toBe('Oui');
    expect(await row.innerText()).toContain('Envoyé');
    expect(await orga.panel().getByRole('row').filter({ hasText: 'Roux' }).count()).toBe(1);
  });
});
