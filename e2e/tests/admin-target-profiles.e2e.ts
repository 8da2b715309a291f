import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { AdminConsole } from '../pages/admin-console';
import { AdminTargetProfiles } from '../pages/admin-target-profiles';
import { OrgaCampaigns } from '../pages/orga-campaigns';
import { openOrm } from '../../api/src/database';
import { buildMembership, buildOrganization, buildUser } from '../../api/src/seeds/database-builder';
import { knexOf } from '../../api/src/shared/infrastructure/database/knex-of';

const PASSWORD = 'Contenus2026';
const SCHOOL = 'Lycée Olympe de Gouges';
const PROFILE = 'Seconde – Rechercher et trier';

/**
 * Pix Admin (issue 16): a member of the content team (METIER) builds a parcours from three tubes and
 * attaches it to a school; a teacher of that school then creates a campaign with it in Pix Orga — in
 * Debian's Chromium, axe on every page.
 */
describe('a target profile built in Pix Admin, used by a school in Pix Orga, in the browser', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    await buildUser(em, { firstName: 'Nadia', lastName: 'Contenu', email: 'nadia.contenu@pix.example', password: PASSWORD, platformRole: 'METIER' });
    const school = await buildOrganization(em, { name: SCHOOL, type: 'SCO', uai: '0931234F' });
    const teacher = await buildUser(em, { firstName: 'Louis', lastName: 'Prof', email: 'louis.prof@ac-creteil.fr', password: PASSWORD });
    await buildMembership(em, school.id, teacher.id, 'MEMBER');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close(true);
    await platform?.stop();
  });

  it('builds the parcours from three tubes and attaches it to the school', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const admin = new AdminConsole(await context.newPage(), platform.url);
    await admin.logIn('nadia.contenu@pix.example', PASSWORD);
    const profiles = new AdminTargetProfiles(admin.page);
    await profiles.openFromNavigation();
    const totals = await profiles.create({
      name: PROFILE,
      description: 'Recherche d’information et tableur, pour la seconde.',
      tubes: { 'Fiabilité des sources': 3, 'Moteur de recherche': 2, 'Tri et filtre': 4 },
    });
    expect(totals).toBe('3 sujet(s), 9 acquis, environ 8 question(s)');
    await profiles.attachTo(SCHOOL);
    const knex = knexOf(orm.em.fork());
    const profile = await knex('target_profiles').where({ name: PROFILE }).first('id', 'is_public');
    expect(profile.is_public).toBe(false);
    expect(await knex('target_profile_tubes').where({ target_profile_id: profile.id }).orderBy('tube_id').select('tube_id', 'level')).toEqual([
      { tube_id: 'fiabiliteSource', level: 3 },
      { tube_id: 'moteurRecherche', level: 2 },
      { tube_id: 'triFiltre', level: 4 },
    ]);
    expect(await knex('audit_log').orderBy('id').pluck('action')).toEqual(['TARGET_PROFILE_CREATED', 'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS']);
    await context.close();
  });

  it('lets a teacher of the school create a campaign with it in Pix Orga', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const orga = new OrgaCampaigns(await context.newPage(), platform.url);
    await orga.logIn('louis.prof@ac-creteil.fr', PASSWORD);
    await orga.page.getByRole('heading', { name: SCHOOL, level: 1 }).waitFor();
    await orga.openCampaigns();
    await orga.createAssessmentCampaign('Seconde 4 – rentrée', PROFILE);
    await orga.createdNotice().waitFor();
    const knex = knexOf(orm.em.fork());
    const campaign = await knex('campaigns as c').join('target_profiles as tp', 'tp.id', 'c.target_profile_id').where('c.name', 'Seconde 4 – rentrée').first('tp.name');
    expect(campaign).toEqual({ name: PROFILE });
    await context.close();
  });
});
