// Seeds a school's assessment campaign of N participations for the export and results benchmarks,
// in bulk (generate_series, unnest), with the rows the application writes: pupils with accounts, the
// campaign's skills copied from "[LGT] Parcours de rentrée 2nde", 70 % SHARED (values and snapshot from
// the domain's own `assessmentValuesOf` for 64 simulated learners, the read model of collective results
// filled as sharing fills it), 15 % TO_SHARE, 15 % STARTED with a few knowledge elements each.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { repositoryRoot } from './lib.mjs';
import { SECRET, freshUai } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Noah', 'Inès', 'Lucas', 'Jade', 'Adam', 'Zoé', 'Éloi', 'Manon', 'Yanis', 'Anaïs', 'Théo', 'Sarah', 'Rayan'];
const LAST_NAMES = ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', "D'ARCY", 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'SIMON', 'LAURENT', 'LEFÈVRE', 'MICHEL', 'GARCIA', 'DAVID'];
const STAFF = 20;

/** Snapshots of simulated learners: a level per learner, ± 1 per tube, through the domain's mastery rule. */
function snapshotVariants(content, skillIds, count) {
  const { assessmentValuesOf } = dist('prescription/campaign-participation/domain/mastery.js');
  const skills = skillIds.map((id) => content.skill(id));
  const order = content.competences.map((c) => c.id);
  let state = 42;
  const random = (max) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % max);
  return Array.from({ length: count }, () => {
    const ability = random(6);
    const level = new Map();
    const facts = skills.map((s) => {
      if (!level.has(s.tubeId)) level.set(s.tubeId, ability + random(3) - 1);
      const status = s.level <= level.get(s.tubeId) ? 'validated' : 'invalidated';
      return { skillId: s.id, competenceId: s.competenceId, status, earnedPix: status === 'validated' ? content.pixValueOf(s.id) : 0 };
    });
    return assessmentValuesOf(skills.map((s) => ({ id: s.id, competenceId: s.competenceId })), facts, order);
  });
}

export async function seedResultsCampaign(databaseUrl, participants, salt = 1) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { buildCampaign, buildMembership, buildOrganization, buildTargetProfile, buildUser } = dist('seeds/database-builder.js');
  const { TARGET_PROFILE_CATALOGUE } = dist('seeds/target-profile-catalogue.js');
  const { skillsOfTargetProfile } = dist('prescription/target-profile/domain/target-profile.js');
  const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const em = orm.em.fork();
  const content = await loadLearningContent(em);
  const entry = TARGET_PROFILE_CATALOGUE.find((e) => e.name === '[LGT] Parcours de rentrée 2nde');
  const tubes = Object.entries(entry.tubes).map(([tubeId, level]) => ({ tubeId, level }));
  const skillIds = skillsOfTargetProfile(content, tubes).map((s) => s.id);
  const school = await buildOrganization(em, { name: `Lycée du banc ${participants}`, type: 'SCO', uai: freshUai(salt), isManagingStudents: true });
  const staff = [];
  for (let i = 0; i < STAFF; i += 1) {
    const user = await buildUser(em, { firstName: `Prof${i}`, lastName: 'Banc' });
    await buildMembership(em, school.id, user.id, i === 0 ? 'ADMIN' : 'MEMBER');
    staff.push(user.id);
  }
  const profile = await buildTargetProfile(em, { name: entry.name, category: 'PREDEFINED', ownerOrganizationId: school.id, tubes });
  const campaign = await buildCampaign(em, { organizationId: school.id, creatorId: staff[0], type: 'ASSESSMENT', name: `Rentrée – banc de ${participants}`, targetProfileId: profile.id, skillIds, idPixLabel: "Numéro d'élève" });
  await orm.close(true);

  const variants = snapshotVariants(content, skillIds, 64);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const users = await client.query(
      `insert into users (first_name, last_name, username, password_hash)
       select ($2::text[])[1 + g % 16], ($3::text[])[1 + (g / 16) % 16] || ' ' || g, 'banc.' || $1 || '.' || g, 'sans-mot-de-passe'
       from generate_series(1, $4) g returning id`,
      [`${school.id}`, FIRST_NAMES, LAST_NAMES, participants],
    );
    const userIds = users.rows.map((r) => r.id);
    await client.query(
      `insert into organization_learners (organization_id, user_id, first_name, last_name, birthdate, division)
       select $1, u.id, u.first_name, u.last_name, date '2010-01-01' + (u.id % 365), '2NDE' || (1 + u.id % 12) from users u where u.id = any($2)`,
      [school.id, userIds],
    );
    // Status by rank: 14 in 20 SHARED, 3 TO_SHARE, 3 STARTED; a snapshot variant per shared pupil.
    await client.query(
      `insert into campaign_participations (campaign_id, user_id, organization_learner_id, participant_external_id, status, created_at,
         shared_at, validated_skills_count, pix_score, mastery_rate, knowledge_snapshot)
       select $1, l.user_id, l.id, 'INE-' || l.id, s.status, now() - interval '20 days' + (r.n % 1000) * interval '1 minute',
         case when s.status = 'SHARED' then now() - interval '10 days' end,
         case when s.status = 'SHARED' then (v.value->>'validatedSkillsCount')::int end,
         case when s.status = 'SHARED' then (v.value->>'pixScore')::int end,
         case when s.status = 'SHARED' then (v.value->>'masteryRate')::float end,
         case when s.status = 'SHARED' then v.value->'snapshot' end
       from (select l.*, row_number() over (order by l.id) as n from organization_learners l where l.organization_id = $2) r
       join organization_learners l on l.id = r.id
       cross join lateral (select case when r.n % 20 < 14 then 'SHARED' when r.n % 20 < 17 then 'TO_SHARE' else 'STARTED' end as status) s
       cross join lateral (select value from jsonb_array_elements($3::jsonb) with ordinality e(value, i) where e.i = 1 + r.n % $4) v`,
      [campaign.id, school.id, JSON.stringify(variants), variants.length],
    );
    await client.query(
      `insert into campaign_participation_competences (campaign_participation_id, competence_id, campaign_id, validated_skills_count)
       select p.id, c->>'competenceId', p.campaign_id, (c->>'validatedSkillsCount')::int
       from campaign_participations p, jsonb_array_elements(p.knowledge_snapshot->'competences') c
       where p.campaign_id = $1 and p.status = 'SHARED'`,
      [campaign.id],
    );
    // Tests in progress: the first (id % 12) skills of the campaign settled, one in 4 invalidated.
    await client.query(
      `insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, created_at)
       select p.user_id, sk.skill_id, sk.competence_id, case when sk.k % 4 = 0 then 'invalidated' else 'validated' end, 'direct', 0, now() - interval '1 day'
       from campaign_participations p
       cross join lateral (select cs.skill_id, s.competence_id, row_number() over (order by cs.skill_id) as k
                           from campaign_skills cs join skills s on s.id = cs.skill_id where cs.campaign_id = p.campaign_id) sk
       where p.campaign_id = $1 and p.status = 'STARTED' and sk.k <= p.id % 12`,
      [campaign.id],
    );
    await client.query('commit');
    await client.query('analyze users; analyze organization_learners; analyze knowledge_elements');
    // As autovacuum leaves them a while after the writes: the visibility map lets the sum read the index alone.
    await client.query('vacuum analyze campaign_participations, campaign_participation_competences');
  } finally {
    await client.end();
  }
  const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
  const tokens = new TokenService(SECRET, 3600);
  return {
    campaignId: campaign.id,
    organizationId: school.id,
    skillCount: skillIds.length,
    staff,
    tokens: staff.map((userId) => tokens.issueAccessToken({ userId, platformRole: null }, new Date()).token),
  };
}
