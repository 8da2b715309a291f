// The collective-results benchmark: an assessment campaign of PARTICIPANTS participations (and one of a
// tenth of it, to show the SQL statements do not grow with the campaign) — campaign-results-seed.mjs.
// SQL statements of `campaign(id) { collectiveResults }` and of `analysis`; then p50/p99 of
// collectiveResults at STAFF concurrent members × REQUESTS requests, beside a hand-written floor
// (results-floor-server.mjs) under the same load in the same run. For the record, the sum alone in
// SQL, from the read model written at sharing and from the jsonb snapshots (same figures), 1 client.
import path from 'node:path';
import pg from 'pg';
import { freePort, load, ms, percentile, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { seedResultsCampaign } from './campaign-results-seed.mjs';
import { graphql, startApi } from './siecle-import-bench.mjs';

const PARTICIPANTS = Number(process.env.BENCH_RESULTS_PARTICIPANTS ?? 2000);
const STAFF = 20;
const REQUESTS = Number(process.env.BENCH_RESULTS_REQUESTS ?? 25);

const COLLECTIVE = `query C($id: ID!) { campaign(id: $id) { id collectiveResults { sharedParticipationsCount
  competences { competence { code name } areaCode areaName targetedSkillsCount validatedSkillsCount averageValidatedSkills masteryRate } } } }`;
const ANALYSIS = `query A($id: ID!) { campaign(id: $id) { id analysis { tubes { tube { id name practicalTitle } competence { code name } averageScore level levelLabel tutorials { id title } } } } }`;

const READ_MODEL_SQL = `select r.competence_id, sum(r.validated_skills_count)::int from campaign_participation_competences r where r.campaign_id = $1 group by r.competence_id order by 1`;
const JSONB_SQL = `select c->>'competenceId' as competence_id, sum((c->>'validatedSkillsCount')::int)::int from campaign_participations p, jsonb_array_elements(p.knowledge_snapshot->'competences') c
  where p.campaign_id = $1 and p.status = 'SHARED' and not p.is_improved and p.deleted_at is null group by 1 order by 1`;

async function sqlAlone(databaseUrl, campaignId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const timings = {};
    const results = {};
    for (const [label, sql] of [['modèle de lecture', READ_MODEL_SQL], ['instantanés jsonb', JSONB_SQL]]) {
      for (let i = 0; i < 5; i += 1) await client.query(sql, [campaignId]);
      const runs = [];
      for (let i = 0; i < 50; i += 1) {
        const started = performance.now();
        results[label] = (await client.query(sql, [campaignId])).rows;
        runs.push(performance.now() - started);
      }
      timings[label] = percentile(runs.sort((a, b) => a - b), 50);
    }
    const same = JSON.stringify(results['modèle de lecture']) === JSON.stringify(results['instantanés jsonb']);
    return { timings, same };
  } finally {
    await client.end();
  }
}

const checked = (json) => json?.data?.campaign?.collectiveResults?.sharedParticipationsCount > 0 && json.data.campaign.collectiveResults.competences.length > 0;

export async function campaignResultsBenchmark(databaseUrl) {
  const big = await seedResultsCampaign(databaseUrl, PARTICIPANTS, 30);
  const small = await seedResultsCampaign(databaseUrl, Math.round(PARTICIPANTS / 10), 31);
  const api = await startApi(databaseUrl, 'warn');
  let statements;
  let apiFigures;
  let apiAnswer;
  try {
    statements = {};
    for (const [label, query] of [['collectiveResults', COLLECTIVE], ['analysis', ANALYSIS]]) {
      statements[label] = [];
      for (const campaign of [small, big]) {
        const { data, headers } = await graphql(api.url, campaign.tokens[1], query, { id: String(campaign.campaignId) });
        if (label === 'collectiveResults') apiAnswer = data;
        statements[label].push(Number(headers.get('x-sql-statements')));
      }
    }
    const send = async (user) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${big.tokens[user]}` },
        body: JSON.stringify({ query: COLLECTIVE, variables: { id: String(big.campaignId) } }),
      });
      return response.ok && checked(await response.json());
    };
    await load(STAFF, 3, send);
    apiFigures = await load(STAFF, REQUESTS, send);
  } finally {
    await stop(api.child);
  }

  const port = await freePort();
  const floorServer = await startAndWait(path.join(repositoryRoot, 'api/bench/results-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(port), DATABASE_POOL_MAX: '20' }, `http://127.0.0.1:${port}/healthz`);
  let floorFigures;
  let floorAnswer;
  try {
    const send = async (user) => {
      const response = await fetch(`http://127.0.0.1:${port}/?campaign=${big.campaignId}`, { headers: { 'x-user-id': String(big.staff[user]) } });
      const json = response.ok ? await response.json() : null;
      floorAnswer = json?.data;
      return checked(json);
    };
    await load(STAFF, 3, send);
    floorFigures = await load(STAFF, REQUESTS, send);
  } finally {
    await stop(floorServer.child);
  }
  const sameAnswer = JSON.stringify(apiAnswer.campaign.collectiveResults) === JSON.stringify(floorAnswer.campaign.collectiveResults);
  const sql = await sqlAlone(databaseUrl, big.campaignId);
  const constant = (list) => list.every((n) => n === list[0]);
  return [
    'Campagnes : résultats collectifs',
    [
      `Campagne d'évaluation « [LGT] Parcours de rentrée 2nde » (${big.skillCount} acquis) de ${PARTICIPANTS.toLocaleString('fr-FR')} participations (70 % partagées), et une de ${small.campaignId ? Math.round(PARTICIPANTS / 10) : 0} pour comparer ; ${STAFF} membres de l'établissement.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      ...Object.entries(statements).map(
        ([label, counts]) => `| requêtes SQL de \`campaign(id) { ${label} }\`, campagne de ${Math.round(PARTICIPANTS / 10)} / ${PARTICIPANTS} participations | ${counts.join(' / ')} | constantes : ${constant(counts) ? 'atteinte' : '**non atteinte**'} |`,
      ),
      `| \`collectiveResults\`, ${STAFF} membres simultanés × ${REQUESTS} requêtes : p50 / p99 | ${ms(apiFigures.p50)} / ${ms(apiFigures.p99)} (${apiFigures.perSecond.toFixed(0)} req/s, ${apiFigures.failures} échecs) | |`,
      `| plancher SQL écrit à la main (mêmes lectures, même réponse${sameAnswer ? ', vérifiée identique' : ' **différente**'} ; pg + node:http), même charge : p50 / p99 | ${ms(floorFigures.p50)} / ${ms(floorFigures.p99)} (${floorFigures.perSecond.toFixed(0)} req/s, ${floorFigures.failures} échecs) | |`,
      `| p99 API / p99 plancher | ${(apiFigures.p99 / floorFigures.p99).toFixed(2)} × | |`,
      `| la somme seule en SQL, 1 client, médiane : modèle de lecture écrit au partage / \`jsonb_array_elements\` des instantanés (${sql.same ? 'mêmes résultats' : '**résultats différents**'}) | ${ms(sql.timings['modèle de lecture'])} / ${ms(sql.timings['instantanés jsonb'])} | |`,
    ],
  ];
}
