import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { auditAccessibility } from '../support/accessibility';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { AdminConsole } from '../pages/admin-console';
import { openOrm } from '../../api/src/database';
import { buildUser } from '../../api/src/seeds/database-builder';

const PASSWORD = 'Contenu2026';

/**
 * A member of the content team opens "Difficulté mesurée" in Pix Admin, asks for a refresh (the
 * job queue of the platform process runs it) and finds the challenge that level-1 learners already
 * succeed, flagged first, with the reason — in Debian's Chromium, axe-core on every page.
 */
describe('the content team reads the measured difficulty of the challenges, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;
  let admin: AdminConsole;
  let reference: string;

  beforeAll(async () => {
    platform = await startPlatformProcess({ CHALLENGE_STATISTICS_CRON: 'off' });
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    await buildUser(em, { firstName: 'Inès', lastName: 'Contenu', email: 'ines.contenu@pix-libre.example', password: PASSWORD, platformRole: 'METIER' });
    const learner = await buildUser(em, { firstName: 'Léo', lastName: 'Martin' });
    const knex = em.getKnex();
    const [challenge] = (
      await knex.raw(`select c.id, s.id as skill_id, s.competence_id, (select o.id from skills o where o.id <> s.id order by o.id limit 1) as other_skill_id from challenges c join skills s on s.id = c.skill_id
        where c.status = 'validated' and s.status = 'active' and s.level = 5 order by c.id limit 1`)
    ).rows;
    reference = challenge.id;
    // 30 completed tests of level-1 learners (8 pix elsewhere in the test), 27 of them succeeding.
    await knex.raw(
      `with tests as (
         insert into assessments (user_id, competence_id, type, state, completed_at)
         select ?, ?, 'COMPETENCE_EVALUATION', 'COMPLETED', now() from generate_series(1, 30) returning id
       ), answered as (
         insert into answers (assessment_id, challenge_id, value, result, time_spent_seconds, idempotency_key)
         select id, ?, 'x', case when id % 10 = 0 then 'ko' else 'ok' end, 30, 'k' || id from tests returning id, assessment_id, result
       ), anchors as (
         insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id)
         select ?, ?, ?, 'validated', 'direct', 8, id from tests
       )
       insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id)
       select ?, ?, ?, case when result = 'ok' then 'validated' else 'invalidated' end, 'direct', case when result = 'ok' then 2 else 0 end, assessment_id, id from answered`,
      [learner.id, challenge.competence_id, challenge.id, learner.id, challenge.other_skill_id, challenge.competence_id, learner.id, challenge.skill_id, challenge.competence_id],
    );
    browser = await launchChromium();
    admin = new AdminConsole(await (await browser.newContext({ locale: 'fr-FR' })).newPage(), platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('refreshes the figures on demand and lists the flagged challenge with its reason', async () => {
    await admin.logIn('ines.contenu@pix-libre.example', PASSWORD);
    await admin.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Difficulté mesurée', exact: true }).click();
    await admin.page.getByRole('heading', { name: 'Difficulté mesurée', level: 1 }).waitFor();
    await admin.page.getByText("Les chiffres n'ont pas encore été calculés").waitFor();
    await admin.page.getByRole('button', { name: 'Rafraîchir' }).click();
    await admin.page.getByText('Actualisation demandée').waitFor();
    await admin.page.getByRole('link', { name: reference }).waitFor({ timeout: 15_000 });
    await admin.page.getByText(/Plus facile que son niveau 5 : les apprenants de niveau 1 la réussissent déjà à 90 %/).waitFor();
    await admin.page.getByRole('table', { name: `Réussite de l'épreuve ${reference} par niveau estimé des apprenants` }).waitFor();
    await auditAccessibility(admin.page, 'measured difficulty listed');
    // The box follows the page's address (?signalees=1): its state changes once the address does, not
    // at the click itself, so wait for it checked rather than asking Playwright's check() to see it at once.
    await admin.page.getByRole('checkbox', { name: 'Seulement les épreuves signalées' }).click();
    await admin.page.getByRole('checkbox', { name: 'Seulement les épreuves signalées', checked: true }).waitFor();
    await admin.page.getByText('Épreuves (1)').waitFor();
  });
});
