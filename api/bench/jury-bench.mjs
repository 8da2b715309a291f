// `node api/bench/run.mjs jury`: scoring a session at finalisation (certification/results), for a session
// of 30 and of 300 candidates (18 questions each): the whole finalisation (its transaction, the scoring of
// every course included) and the scoring alone (scoreFinalizedSession in a transaction), time and number of
// SQL statements. The scoring's statements must not grow with the number of candidates.
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { repositoryRoot } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const SIZES = (process.env.BENCH_JURY_SIZES ?? '30,300').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_JURY_ROUNDS ?? 5);

async function counted(work) {
  const { requestScope } = dist('shared/infrastructure/request-scope.js');
  const store = { requestId: 'bench', locale: 'fr', statements: 0 };
  const started = process.hrtime.bigint();
  await requestScope.run(store, work);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, statements: store.statements };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function juryBenchmark(databaseUrl) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');
  const { buildUser } = dist('seeds/database-builder.js');
  const { buildCertificationCenter, buildCertificationSession, buildCertificationCandidate } = dist('seeds/certification-builder.js');
  const { buildTakenCertification } = dist('seeds/certification-course-builder.js');
  const { finalizeSession } = dist('certification/evaluation/application/finalize-session.usecase.js');
  const { InvigilatorTokens } = dist('certification/evaluation/index.js');
  const { scoreFinalizedSession } = dist('certification/results/index.js');
  const { systemClock } = dist('shared/domain/clock.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const em = orm.em.fork();
  const content = await loadLearningContent(em);
  const results = { clock: systemClock, content: () => content, mailer: { send: async () => undefined }, publicUrl: 'http://localhost', randomInt };
  const certification = {
    clock: systemClock,
    content: () => content,
    throttle: { accountFailures: 10, addressFailures: 100, windowSeconds: 900 },
    tokens: new InvigilatorTokens('banc'),
    events: { publish: async () => undefined, subscribe: () => () => undefined, start: async () => undefined, stop: async () => undefined },
    pick: (n) => randomInt(n),
    scoreSession: (tem, request) => scoreFinalizedSession(tem, results, request),
  };
  const centre = await buildCertificationCenter(em, { name: 'Centre du banc (jury)', type: 'PRO' });
  const member = await buildUser(em, { firstName: 'Membre', lastName: 'Banc', email: `membre.jury.${Date.now()}@bench.example.net` });
  await em.getKnex()('certification_center_memberships').insert({ certification_center_id: centre.id, user_id: member.id, role: 'ADMIN' });
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  const rows = [];
  for (const size of SIZES) {
    const session = await buildCertificationSession(em, { certificationCenterId: centre.id, date: yesterday, time: '09:00' });
    const candidateIds = [];
    for (let i = 0; i < size; i += 1) {
      const user = await buildUser(em, { firstName: `Candidat${i}`, lastName: `Jury${size}`, email: `jury${size}.${i}.${Date.now()}@bench.example.net` });
      const candidate = await buildCertificationCandidate(em, { sessionId: session.id, firstName: `Candidat${i}`, lastName: `Jury${size}`, birthdate: '2008-01-01' });
      // Mostly right, some wrong, some unanswered: every branch of the scoring.
      await buildTakenCertification(em, content, { sessionId: session.id, candidateId: candidate.id, userId: user.id, answer: (n) => ((n + i) % 7 === 0 ? 'ko' : (n + i) % 11 === 0 ? null : 'ok') });
      candidateIds.push(candidate.id);
    }
    await em.getConnection().execute('analyze');
    const request = { userId: member.id, sessionId: session.id, comment: '', candidates: candidateIds.map((candidateId) => ({ candidateId, endScreenSeen: true, incidents: [] })) };
    const finalisation = await counted(() => finalizeSession(orm.em.fork(), certification, request));
    const scorings = [];
    for (let round = 0; round < ROUNDS; round += 1)
      scorings.push(await counted(() => orm.em.fork().transactional((tem) => scoreFinalizedSession(tem, results, { sessionId: session.id, userId: member.id, now: new Date() }))));
    const stored = await em.getKnex()('certification_scorings').join('certification_courses', 'certification_courses.id', 'certification_scorings.certification_course_id').where('certification_courses.session_id', session.id).count({ n: '*' });
    if (Number(stored[0].n) !== size * (ROUNDS + 1)) throw new Error(`expected ${size * (ROUNDS + 1)} scorings, found ${stored[0].n}`);
    rows.push({ size, finalisation, scoring: { ms: median(scorings.map((s) => s.ms)), statements: scorings[0].statements, all: scorings.map((s) => s.statements) } });
  }
  await orm.close(true);
  return [
    'Certification: scoring a session at finalisation (certification/results)',
    [
      `Sessions de ${SIZES.join(' et ')} candidats (18 questions chacun, réponses justes, fausses et absentes), finalisées par le cas d'usage (en processus, base PostgreSQL embarquée). « Notation seule » : scoreFinalizedSession dans une transaction, médiane de ${ROUNDS} passes.`,
      '',
      '| candidats | finalisation complète (notation comprise) | requêtes SQL de la finalisation | notation seule | requêtes SQL de la notation |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.size} | ${r.finalisation.ms.toFixed(0)} ms | ${r.finalisation.statements} | ${r.scoring.ms.toFixed(0)} ms | ${r.scoring.statements} |`),
      '',
      `La notation lit et écrit par lots : ${rows.map((r) => r.scoring.statements).join(' / ')} requêtes quel que soit le nombre de candidats (transaction comprise) ; la finalisation entière aussi (${rows.map((r) => r.finalisation.statements).join(' / ')}) : fin des tests, « écran de fin vu », incidents et neutralisation écrits en une requête chacun pour toute la session.`,
    ],
  ];
}
