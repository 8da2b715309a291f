import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { gql, logInToken } from '../support/api-client';
import { LearnerApp } from '../pages/learner-app';
import { AssessmentPage } from '../pages/assessment-page';
import { openOrm } from '../../api/src/database';
import { buildUser } from '../../api/src/seeds/database-builder';
import { loadLearningContent } from '../../api/src/learning-content/infrastructure/learning-content.repository';
import type { LearningContent } from '../../api/src/learning-content/domain/learning-content';

/**
 * Log in → start a competence → 5 answers → checkpoint with results, expected answers and tutorials →
 * save a tutorial → continue → quit → resume on the same challenge → finish → new level on the
 * dashboard → "Mes tutos"; then a network cut during an answer, replayed when it comes back.
 */
describe('the positioning test, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContent;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    content = await loadLearningContent(orm.em.fork());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  async function loggedIn(firstName: string): Promise<{ context: BrowserContext; page: Page; token: string }> {
    const user = await buildUser(orm.em.fork(), { firstName });
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${platform.url}/connexion`);
    await new LearnerApp(page, platform.url).logIn(user.email!, user.password);
    await page.getByRole('heading', { name: `Bonjour ${firstName}` }).waitFor();
    return { context, page, token: await logInToken(platform.url, user.email!, user.password) };
  }

  const assessmentIdOf = (page: Page) => /\/evaluations\/(\d+)/.exec(page.url())![1];
  const currentChallenge = async (token: string, assessmentId: string) =>
    (await gql(platform.url, 'query A($id: ID!) { assessment(id: $id) { state answeredCount currentChallenge { id } } }', { id: assessmentId }, token))
      .assessment;

  /** Waits until the server has the answer: the current challenge moved on. */
  async function untilAnswered(token: string, assessmentId: string, count: number) {
    for (let i = 0; i < 100; i += 1) {
      if ((await currentChallenge(token, assessmentId)).answeredCount >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`answer ${count} never reached the server`);
  }

  it('goes from the first question to a new level, with a checkpoint, a saved tutorial and a resume', async () => {
    const { page, token } = await loggedIn('Inès');
    const test = new AssessmentPage(page);
    await page.goto(`${platform.url}/competences/4.3`);
    await page.getByRole('link', { name: 'Commencer' }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    const assessmentId = assessmentIdOf(page);

    for (let n = 1; n <= 5; n += 1) {
      await page.getByRole('button', { name: 'Je passe' }).waitFor();
      const { currentChallenge: current } = await currentChallenge(token, assessmentId);
      if (n === 2) await test.skip();
      else await test.answerCorrectly(content.challengeOfPublicId(current.id)!);
      await untilAnswered(token, assessmentId, n);
    }
    await test.checkpointHeading().waitFor();
    expect(await page.getByText('Bonne réponse').count()).toBe(4);
    expect(await page.getByText('Question passée').count()).toBe(1);

    await page.getByRole('button', { name: 'Réponses et tutos' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Réponse attendue').waitFor();
    await dialog.getByRole('button', { name: /^Enregistrer/ }).first().waitFor();
    const tutorialTitle = (await dialog.getByRole('link').first().innerText()).trim();
    await dialog.getByRole('button', { name: /^Enregistrer/ }).first().click();
    await dialog.getByRole('button', { name: /^Retirer/ }).first().waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    await page.getByRole('button', { name: 'Continuer mon parcours' }).click();

    await page.getByRole('button', { name: 'Je passe' }).waitFor();
    const before = (await currentChallenge(token, assessmentId)).currentChallenge.id;
    const instruction = await page.locator('main').innerText();
    await page.getByRole('link', { name: 'Quitter' }).click();
    await page.waitForURL(`${platform.url}/competences/4.3`);
    await page.getByRole('button', { name: 'Reprendre' }).or(page.getByRole('link', { name: 'Reprendre' })).click();
    await page.getByRole('button', { name: 'Je passe' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Je passe' }).waitFor();
    expect((await currentChallenge(token, assessmentId)).currentChallenge.id).toBe(before);
    expect(await page.locator('main').innerText()).toBe(instruction);

    for (let n = 6; n < 60; n += 1) {
      const seeResult = page.getByRole('button', { name: 'Voir mon résultat' });
      const next = page.getByRole('button', { name: 'Continuer mon parcours' });
      await page.getByRole('button', { name: 'Je passe' }).or(next).or(seeResult).first().waitFor();
      if (await seeResult.isVisible()) break;
      if (await next.isVisible()) {
        await next.click();
        await page.getByRole('button', { name: 'Je passe' }).waitFor();
      }
      const state = await currentChallenge(token, assessmentId);
      await test.answerCorrectly(content.challengeOfPublicId(state.currentChallenge.id)!);
      await untilAnswered(token, assessmentId, state.answeredCount + 1);
    }
    await page.getByRole('button', { name: 'Voir mon résultat' }).click();
    await page.waitForURL(`${platform.url}/competences/4.3`);
    const levelText = await page.locator('main').getByText(/^Niveau \d$/).first().innerText();
    const level = Number(levelText.replace('Niveau ', ''));
    expect(level).toBeGreaterThanOrEqual(4);

    await page.goto(`${platform.url}/`);
    const card = page.locator('li').filter({ has: page.getByRole('link', { name: "Protéger la santé, le bien-être et l'environnement" }) });
    expect(await card.innerText()).toContain(`Niveau ${level}`);
    await page.getByRole('link', { name: 'Mes tutos' }).first().click();
    await page.getByRole('heading', { name: 'Mes tutos', level: 1 }).waitFor();
    await page.getByText(tutorialTitle, { exact: true }).waitFor();
  });

  it('keeps an answer sent while the network is cut, and sends it when it comes back', async () => {
    const { context, page, token } = await loggedIn('Noé');
    const test = new AssessmentPage(page);
    await page.goto(`${platform.url}/competences/2.2`);
    await page.getByRole('link', { name: 'Commencer' }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    const assessmentId = assessmentIdOf(page);
    await page.getByRole('button', { name: 'Je passe' }).waitFor();
    const first = (await currentChallenge(token, assessmentId)).currentChallenge.id;

    await context.setOffline(true);
    await test.answerCorrectly(content.challengeOfPublicId(first)!, { waitForNext: false });
    await page.getByText('Connexion perdue, votre réponse sera envoyée').waitFor();
    expect((await currentChallenge(token, assessmentId)).answeredCount).toBe(0);

    await context.setOffline(false);
    await untilAnswered(token, assessmentId, 1);
    await page.getByRole('button', { name: 'Je passe' }).waitFor();
    await page.getByText('Connexion perdue, votre réponse sera envoyée').waitFor({ state: 'hidden' });
    const state = await currentChallenge(token, assessmentId);
    expect(state.answeredCount).toBe(1);
    expect(state.currentChallenge.id).not.toBe(first);
  });
});
