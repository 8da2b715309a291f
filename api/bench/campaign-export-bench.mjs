// The results export benchmark: assessment campaigns of 2 000 and 20 000 participations
// (campaign-results-seed.mjs), each downloaded through `csvExportUrl` from the API in its own process
// (`api/dist/src/main.js`), the body consumed and counted without being kept. Peak RSS of the API
// process (VmHWM, reset through /proc/<pid>/clear_refs before each download) against its RSS just
// before; rows per second. Then a download cut after its first chunk: the API must give its database
// connection back and serve the next export. Floor of the same run: the same SQL read through the same
// cursor in this process and written by csv-stringify without the domain's cell formats, no HTTP.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import { repositoryRoot } from './lib.mjs';
import { seedResultsCampaign } from './campaign-results-seed.mjs';
import { graphql, memoryOf, resetPeak, startApi } from './siecle-import-bench.mjs';
import { stop } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));
const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '2000,20000').split(',').map(Number);
const TARGET_MB = 50;
const URL_OF = 'query U($id: ID!) { campaign(id: $id) { csvExportUrl } }';

/** A fresh link, then the download: bytes and rows counted as they arrive, nothing kept. */
async function downloadOnce(api, campaign) {
  const { data } = await graphql(api.url, campaign.tokens[1], URL_OF, { id: String(campaign.campaignId) });
  const link = new URL(data.campaign.csvExportUrl);
  const started = performance.now();
  const response = await fetch(`${api.url}${link.pathname}${link.search}`);
  if (response.status !== 200) throw new Error(`export: HTTP ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  let firstByte = null;
  for await (const chunk of response.body) {
    firstByte ??= performance.now() - started;
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  return { ms: performance.now() - started, firstByte, bytes, rows: lines - 1 };
}

async function measured(api, campaign) {
  const pid = api.child.pid;
  const peakReset = resetPeak(pid);
  const before = memoryOf(pid);
  const run = await downloadOnce(api, campaign);
  const after = memoryOf(pid);
  if (run.rows !== campaign.participants) throw new Error(`export: ${run.rows} rows for ${campaign.participants} participations`);
  return { ...run, rssBefore: before.rss, peak: peakReset ? after.peak : null, rssAfter: after.rss };
}

/** A download cut after its first chunk; then the connections the API holds, and a whole export again. */
async function cutShort(api, campaign, databaseUrl) {
  const { data } = await graphql(api.url, campaign.tokens[2], URL_OF, { id: String(campaign.campaignId) });
  const link = new URL(data.campaign.csvExportUrl);
  const controller = new AbortController();
  const response = await fetch(`${api.url}${link.pathname}${link.search}`, { signal: controller.signal });
  const reader = response.body.getReader();
  await reader.read();
  controller.abort();
  await new Promise((r) => setTimeout(r, 500));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const busy = (await client.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`)).rows[0].n;
  await client.end();
  const again = await downloadOnce(api, campaign);
  return { busy, againRows: again.rows };
}

/** The same SQL through the same kind of cursor, raw values written by csv-stringify, in this process. */
async function floor(databaseUrl, campaign) {
  const { PARTICIPATIONS_SQL } = dist('prescription/campaign-results/infrastructure/results-export.repository.js');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    let rows = 0;
    const stream = client.query(new QueryStream(PARTICIPATIONS_SQL, [campaign.campaignId], { batchSize: 250 }));
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    await pipeline(
      stream,
      async function* (source) {
        for await (const row of source) {
          rows += 1;
          yield [row.last_name, row.first_name, row.division, row.participant_external_id, row.status, String(row.created_at), String(row.mastery_rate), JSON.stringify(row.competences), String(row.settled)];
        }
      },
      stringify({ delimiter: ';' }),
      sink,
    );
    return { ms: performance.now() - started, rows };
  } finally {
    await client.end();
  }
}

export async function campaignExportBenchmark(databaseUrl) {
  const campaigns = [];
  for (const [i, participants] of SIZES.entries()) campaigns.push({ participants, ...(await seedResultsCampaign(databaseUrl, participants, 20 + i)) });
  const api = await startApi(databaseUrl, 'warn');
  let runs;
  let cut;
  try {
    await downloadOnce(api, campaigns[0]); // warm-up (code loaded, JIT), not counted
    runs = [];
    for (const campaign of campaigns) runs.push({ participants: campaign.participants, ...(await measured(api, campaign)) });
    cut = await cutShort(api, campaigns.at(-1), databaseUrl);
  } finally {
    await stop(api.child);
  }
  const floors = [];
  for (const campaign of campaigns) floors.push(await floor(databaseUrl, campaign));

  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} Mo`;
  const verdict = (ok) => (ok ? 'atteinte' : '**non atteinte**');
  const perSecond = (rows, ms) => `${Math.round(rows / (ms / 1000)).toLocaleString('fr-FR')} lignes/s`;
  return [
    'Campagnes : export CSV des résultats',
    [
      `Campagnes d'évaluation « [LGT] Parcours de rentrée 2nde » (${campaigns[0].skillCount} acquis) : 70 % des participations partagées (instantané), 15 % à envoyer, 15 % en cours ; lien \`csvExportUrl\` puis GET en flux, corps lu et compté sans être gardé ; API seule dans son processus (\`api/dist/src/main.js\`), un premier export de chauffe non compté.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      ...runs.flatMap((run, i) => [
        `| ${run.participants.toLocaleString('fr-FR')} participations : durée (premier octet) / débit | ${(run.ms / 1000).toFixed(2)} s (${run.firstByte.toFixed(0)} ms) / ${perSecond(run.rows, run.ms)}, ${mb(run.bytes)} | |`,
        `| ${run.participants.toLocaleString('fr-FR')} participations : RSS du processus API avant / pic (VmHWM) / après ; croissance du pic | ${mb(run.rssBefore)} / ${run.peak === null ? 'n.d.' : mb(run.peak)} / ${mb(run.rssAfter)} ; ${run.peak === null ? 'n.d.' : `+${mb(run.peak - run.rssBefore)}`} | ≤ ${TARGET_MB} Mo : ${run.peak === null ? 'n.d.' : verdict(run.peak - run.rssBefore <= TARGET_MB * 1e6)} |`,
        `| plancher : même SQL, même curseur, valeurs brutes par csv-stringify, sans HTTP (processus du banc) | ${(floors[i].ms / 1000).toFixed(2)} s / ${perSecond(floors[i].rows, floors[i].ms)} | |`,
      ]),
      `| téléchargement coupé après le premier morceau : connexions PostgreSQL encore actives 0,5 s après ; export complet suivant | ${cut.busy} ; ${cut.againRows.toLocaleString('fr-FR')} lignes | 0 : ${verdict(cut.busy === 0)} |`,
    ],
  ];
}
