import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { gql } from '../support/api-client';
import { AssessmentPage } from '../pages/assessment-page';
import { CampaignPages } from '../pages/campaign-pages';
import { openOrm } from '../../api/src/database';
import { buildCampaign, buildOrganization, buildOrganizationLearner, buildTargetProfile, buildUser } from '../../api/src/seeds/database-builder';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import type { LearningContent } from '../../api/src/learning-content/domain/learning-content';
import { skillsOfTargetProfile } from '../../api/src/prescription/target-profile/domain/target-profile';
import { TokenService } from '../../api/src/identity-access-management/infrastructure/token-service';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';
import { GarTestIdp } from '../../api/test/helpers/gar-idp';

const SECRET = 'secret-du-parcours-gar-e2e';
const PUPIL = { ido: 'ido-e2e-0001', firstName: 'Manon', lastName: 'LEROY' };
const TUBES = [
  { tubeId: 'moteurRecherche', level: 2 },
  { tubeId: 'tracesNumeriques', level: 1 },
];

/**
 * A pupil signs in from their ENT: the test identity provider (signing as the GAR does) sends them
 * to the platform with a campaign code; the first time they give their birth date and land in the
 * campaign, answer, and send their results; the next sign-in goes straight in, and the log-out ends
 * the GAR's session too (single log-out) — in Debian's Chromium,
 * against the platform as `npm start` runs it, axe-core auditing every page.
 */
describe('a pupil signs in through the GAR, in the browser', () => {
  let idp: GarTestIdp;
  let platform: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContent;
  let browser: Browser;
  let context: BrowserContext;
  let code: string;

  beforeAll(async () => {
    idp = await GarTestIdp.start([PUPIL]);
    platform = await startPlatformProcess({ GAR_IDP_METADATA: idp.metadata(), ACCESS_TOKEN_SECRET: SECRET });
    idp.trust({ entityId: `${platform.url}/saml/metadata`, acsUrl: `${platform.url}/saml/acs` });
    orm = await openOrm(platform.databaseUrl);
    content = await loadLearningContent(orm.em.fork());
    const em = orm.em.fork();
    const school = await buildOrganization(em, { name: 'Collège Jules Ferry', type: 'SCO', uai: '0331234F' });
    const teacher = await buildUser(em, { firstName: 'Paul', lastName: 'Prof' });
    const targetProfileId = (await buildTargetProfile(em, { ownerOrganizationId: school.id, category: 'CUSTOM', tubes: TUBES })).id;
    const skillIds = skillsOfTargetProfile(content, TUBES).map((s) => s.id);
    code = (await buildCampaign(em, { organizationId: school.id, creatorId: teacher.id, type: 'ASSESSMENT', targetProfileId, skillIds, name: 'Rentrée des 4e' })).code;
    await buildOrganizationLearner(em, school.id, { firstName: 'Manon', lastName: 'Leroy', birthdate: '2011-09-14', division: '4B' });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
    await idp?.stop();
  });

  /** An access token of the pupil's account, to read the test's state behind the browser. */
  async function tokenOfPupil(): Promise<string> {
    const row = await knexOf(orm.em.fork())('users').join('gar_identities as g', 'g.user_id', 'users.id').where('g.ido', PUPIL.ido).first('users.id', 'users.session_version');
    return new TokenService(SECRET, 900).issueAccessToken({ userId: row.id, platformRole: null }, new Date(), Number(row.session_version)).token;
  }

  async function signInAtIdp(page: Page) {
    await page.goto(`${platform.url}/saml/login?campaign=${code}`);
    await page.getByRole('heading', { level: 1, name: 'GAR de test – connexion' }).waitFor();
    await page.getByRole('button', { name: 'Manon LEROY' }).click();
  }

  it('the first time: the birth date, then the campaign, its test and the results sent', async () => {
    const page = await context.newPage();
    await signInAtIdp(page);
    await page.getByRole('heading', { level: 1, name: "Première connexion avec l'ENT" }).waitFor();
    expect(await page.getByLabel('Code de campagne').inputValue()).toBe(code);
    const birthdate = page.getByRole('group', { name: 'Date de naissance' });
    await birthdate.getByLabel('Jour').fill('14');
    await birthdate.getByLabel('Mois').fill('09');
    await birthdate.getByLabel('Année').fill('2011');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.waitForURL(/\/campagnes\/[A-Z0-9]+\/evaluation\/\d+/);
    const token = await tokenOfPupil();
    const assessmentId = /\/evaluation\/(\d+)/.exec(page.url())![1];
    const test = new AssessmentPage(page);
    for (let answered = 0; answered < 40; answered += 1) {
      const seeResults = page.getByRole('button', { name: 'Voir mes résultats' });
      const next = page.getByRole('button', { name: 'Continuer mon parcours' });
      await page.getByRole('button', { name: 'Je passe' }).or(next).or(seeResults).first().waitFor();
      if (await seeResults.isVisible()) break;
      if (await next.isVisible()) {
        await next.click();
        continue;
      }
      const state = (await gql(platform.url, 'query A($id: ID!) { assessment(id: $id) { answeredCount currentChallenge { id } } }', { id: assessmentId }, token)).assessment;
      await test.answerCorrectly(content.challengeOfPublicId(state.currentChallenge.id)!);
      for (let i = 0; i < 100; i += 1) {
        const now = (await gql(platform.url, 'query A($id: ID!) { assessment(id: $id) { answeredCount } }', { id: assessmentId }, token)).assessment;
        if (now.answeredCount > state.answeredCount) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const campaign = new CampaignPages(page, platform.url);
    await campaign.seeResults();
    await campaign.masteryHeading().waitFor();
    await campaign.shareResults();
    await campaign.confirmation().filter({ hasText: 'vos résultats ont bien été envoyés' }).waitFor();
    const shared = await knexOf(orm.em.fork())('campaign_participations').where({ status: 'SHARED' }).count({ n: '*' });
    expect(shared).toEqual([{ n: '1' }]);
  });

  it('the next time: straight in, to the campaign', async () => {
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await signInAtIdp(page);
    await page.waitForURL(/\/campagnes\/[A-Z0-9]+\/resultats\/\d+/);
    await page.getByText('vos résultats ont bien été envoyés').or(page.getByRole('heading', { level: 2, name: /^Vous maîtrisez/ })).first().waitFor();
    expect(page.url()).not.toContain('/connexion');

    // "Se déconnecter" ends the platform's session, then offers the ENT's: a LogoutRequest to the GAR,
    // whose signed answer brings the pupil back to the platform's home, logged out.
    await page.getByRole('button', { name: /^Menu de/ }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vous êtes déconnecté' }).waitFor();
    await page.getByRole('link', { name: "Me déconnecter aussi de l'ENT" }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(idp.loggedOut).toHaveLength(1);
    expect(idp.loggedOut[0]).toMatchObject({ nameId: idp.lastNameId, issuer: `${platform.url}/saml/metadata` });
    await page.context().close();
  });
});
