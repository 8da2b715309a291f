// `npm run bench:engine [--quick | --learners=N]` (or `node api/bench/engine/run.mjs --quick`): the
// positioning engine against the literal baseline of domain.md §3, on simulated learners of every
// competence of the content release, over 2 workers. Appends its figures to docs/benchmarks.md.
// Needs the compiled API (cd api && npx tsc -p tsconfig.build.json).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { machine, percentile, report } from '../lib.mjs';
import { competenceTarget, engine, learner, loadContent, loadRelease } from './simulation.mjs';

// Through `npm run`, npm keeps unknown flags for itself and hands them over as npm_config_* variables.
const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.npm_config_quick === 'true';
const learnersArg = args.find((a) => a.startsWith('--learners='))?.split('=')[1] ?? process.env.npm_config_learners;
const LEARNERS = learnersArg ? Number(learnersArg) : quick ? 500 : 5000;
const WORKERS = Math.max(1, Math.min(2, os.cpus().length));

export const NOISES = [
  { name: 'glissement 10 % / chance 15 %', slip: 0.1, guess: 0.15, main: true },
  { name: 'glissement 5 % / chance 10 %', slip: 0.05, guess: 0.1 },
  { name: 'sans bruit', slip: 0, guess: 0 },
];

export const RUNNERS = [
  { name: 'baseline', kind: 'baseline', label: 'référence « smart random » littérale (domain.md §3)' },
  { name: 'engine', kind: 'engine', settings: {}, label: 'moteur, réglages par défaut' },
  {
    name: 'literal',
    kind: 'engine',
    settings: { crossTubeInference: false, reask: false, distrustAbove: 1 },
    label: 'moteur sans les écarts permis (ni inférence hors du sujet, ni re-question, inférence dans le sujet littérale)',
  },
  { name: 'short', kind: 'engine', settings: { confidence: 0.7, farConfidence: 0.9, maxQuestions: 5 }, label: 'moteur court (`confidence` 0,7, `farConfidence` 0,9, `maxQuestions` 5)' },
];

const pct = (x) => `${(100 * x).toFixed(1).replace('.', ',')} %`;
const num = (x, d = 2) => x.toFixed(d).replace('.', ',');

function runJobs(jobs) {
  return new Promise((resolve, reject) => {
    const results = [];
    let next = 0;
    let running = 0;
    const workers = Array.from({ length: WORKERS }, () => new Worker(new URL('./worker.mjs', import.meta.url)));
    const feed = (worker) => {
      if (next >= jobs.length) {
        worker.postMessage('stop');
        if (running === 0 && results.length === jobs.length) resolve(results);
        return;
      }
      running += 1;
      worker.postMessage(jobs[next++]);
    };
    for (const worker of workers) {
      worker.on('message', (message) => {
        running -= 1;
        results.push(message);
        if (process.stdout.isTTY) process.stdout.write(`\r${results.length}/${jobs.length} lots simulés`);
        if (results.length === jobs.length) {
          if (process.stdout.isTTY) process.stdout.write('\n');
          for (const w of workers) w.postMessage('stop');
          resolve(results);
          return;
        }
        feed(worker);
      });
      worker.on('error', reject);
      feed(worker);
    }
  });
}

function merge(results) {
  const merged = {};
  for (const { job, stats } of results) {
    for (const [name, s] of Object.entries(stats)) {
      const key = `${job.noiseIndex}/${name}`;
      const m = (merged[key] ??= { learners: Array(7).fill(0), exact: Array(7).fill(0), within1: Array(7).fill(0), questions: [], exposure: 0, exposureAt: '', decisions: 0, decisionMs: 0, above: {} });
      for (const [n, [sum, learners]] of Object.entries(s.above)) {
        const entry = (m.above[n] ??= [0, 0]);
        entry[0] += sum;
        entry[1] += learners;
      }
      for (let l = 0; l < 7; l += 1) {
        m.learners[l] += s.learners[l];
        m.exact[l] += s.exact[l];
        m.within1[l] += s.within1[l];
      }
      m.questions.push(...s.questions);
      m.decisions += s.decisions;
      m.decisionMs += s.decisionMs;
      if (s.exposure > m.exposure) {
        m.exposure = s.exposure;
        m.exposureAt = `${job.competenceCode} ${s.exposureAt}`;
      }
    }
  }
  for (const m of Object.values(merged)) {
    m.questions.sort((a, b) => a - b);
    const total = m.learners.reduce((a, b) => a + b, 0);
    m.total = total;
    m.exactShare = m.exact.reduce((a, b) => a + b, 0) / total;
    m.within1Share = m.within1.reduce((a, b) => a + b, 0) / total;
    m.meanQuestions = m.questions.reduce((a, b) => a + b, 0) / m.questions.length;
    m.p95Questions = percentile(m.questions, 95);
  }
  return merged;
}

/**
 * The engine's own time per decision for a learner with 60 answers. One competence has at most 36
 * challenges, so the target is the whole release (a campaign over the 16 competences), without
 * inference beyond the tubes so that the test runs that long.
 */
function decisionTime(release, content) {
  const targets = content.competences.map((competence) => competenceTarget(release, competence.id));
  const skills = targets.flatMap((t) => t.skills);
  const challenges = targets.flatMap((t) => t.challenges);
  const levelOf = new Map(skills.map((s) => [s.id, s.level]));
  const settings = { maxQuestions: 200, crossTubeInference: false };
  const who = learner('timing', 3, { slip: 0.1, guess: 0.15 });
  const answers = [];
  while (answers.length < 60) {
    const decision = engine.nextChallenge({ skills, challenges, answers, prior: [], seed: 'timing', locale: 'fr', settings });
    if (decision.kind === 'end') throw new Error(`the timing test ended after ${answers.length} answers`);
    answers.push({ challengeId: decision.challengeId, skillId: decision.skillId, result: who.answer(decision.challengeId, levelOf.get(decision.skillId)) });
  }
  const input = { skills, challenges, answers, prior: [], seed: 'timing', locale: 'fr', settings };
  const measure = (fn) => {
    for (let i = 0; i < 200; i += 1) fn();
    const times = [];
    for (let i = 0; i < 2000; i += 1) {
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p99: percentile(times, 99) };
  };
  return {
    skills: skills.length,
    challenges: challenges.length,
    next: measure(() => engine.nextChallenge(input)),
    elements: measure(() => engine.knowledgeElementsOf(input)),
  };
}

async function main() {
  const started = performance.now();
  const release = loadRelease();
  const content = loadContent();
  const jobs = [];
  NOISES.forEach((noise, noiseIndex) => {
    for (const competence of content.competences) {
      jobs.push({ id: jobs.length, noiseIndex, competenceId: competence.id, competenceCode: competence.code, noise, count: LEARNERS, runnerSpecs: RUNNERS });
    }
  });
  console.log(`${LEARNERS} apprenants simulés par compétence × ${content.competences.length} compétences × ${NOISES.length} bruits, ${WORKERS} workers (${machine()})`);
  const results = await runJobs(jobs);
  const merged = merge(results);
  const timing = decisionTime(release, content);
  const minutes = (performance.now() - started) / 60000;

  const lines = [
    `${LEARNERS} apprenants simulés par compétence (${LEARNERS * content.competences.length} par bruit), niveaux réels uniformes sur 0–6, ` +
      `mêmes apprenants et mêmes graines pour chaque moteur ; niveau placé = règle des pix (domain.md §2) sur les éléments de connaissance ` +
      `(scoreCompetence, pixValueOf). Exposition : part des apprenants d'un même niveau réel qui ont vu une épreuve, au plus haut. ` +
      `Durée : ${num(minutes, 1)} min sur ${WORKERS} workers.`,
    '',
    '| bruit | moteur | niveau exact | à ±1 | questions : moyenne / p95 | exposition max |',
    '|---|---|---|---|---|---|',
  ];
  NOISES.forEach((noise, noiseIndex) => {
    for (const runner of RUNNERS) {
      const m = merged[`${noiseIndex}/${runner.name}`];
      lines.push(`| ${noise.name} | ${runner.label} | ${pct(m.exactShare)} | ${pct(m.within1Share)} | ${num(m.meanQuestions)} / ${m.p95Questions} | ${pct(m.exposure)} (${m.exposureAt}) |`);
    }
  });
  const main = NOISES.findIndex((n) => n.main);
  const base = merged[`${main}/baseline`];
  const eng = merged[`${main}/engine`];
  const short = merged[`${main}/short`];
  const ok = (b) => (b ? 'atteinte' : '**non atteinte**');
  lines.push(
    '',
    `Cibles (glissement 10 % / chance 15 %) :`,
    '',
    '| cible | mesure | |',
    '|---|---|---|',
    `| ≥ 90 % au niveau exact | ${pct(eng.exactShare)} (référence ${pct(base.exactShare)}) | ${ok(eng.exactShare >= 0.9)} |`,
    `| ≥ 99 % à ±1 | ${pct(eng.within1Share)} (référence ${pct(base.within1Share)}) | ${ok(eng.within1Share >= 0.99)} |`,
    `| questions en moyenne ≤ référence | ${num(eng.meanQuestions)} pour ${num(base.meanQuestions)} | ${ok(eng.meanQuestions <= base.meanQuestions)} |`,
    `| réglage court : niveau exact ≥ référence avec ≤ 0,6 × ses questions | ${pct(short.exactShare)} pour ${pct(base.exactShare)}, ${num(short.meanQuestions)} questions = ${num(short.meanQuestions / base.meanQuestions)} × | ${ok(short.exactShare >= base.exactShare && short.meanQuestions <= 0.6 * base.meanQuestions)} |`,
    `| exposition ≤ 25 % | défaut ${pct(eng.exposure)} ; court ${pct(short.exposure)} ; référence ${pct(base.exposure)} | ${ok(eng.exposure <= 0.25)} |`,
    '',
    `D'où vient l'exposition : pour séparer le niveau réel du niveau juste au-dessus, le test interroge les acquis de ce niveau ` +
      `(a réponses en moyenne pour n acquis, soit a / n par acquis), et pour chaque question il tire l'une des variantes de l'acquis ; ` +
      `une épreuve d'un acquis de k variantes est donc vue par environ a / (n × k) des apprenants de ce niveau. Mesuré (même bruit) : ${['baseline', 'engine', 'short']
        .map((name) => {
          const m = merged[`${main}/${name}`];
          const parts = Object.entries(m.above).map(([n, [sum, learners]]) => `n = ${n} : a = ${num(sum / learners)} (${num(sum / learners / Number(n))} par acquis)`);
          return `${RUNNERS.find((r) => r.name === name).label.split(' (')[0]} ${parts.join(', ')}`;
        })
        .join(' ; ')}. ` +
      `Avec k = 2 (contenu des versions 1 et 2), 25 % était hors de portée ; le contenu donne à chaque acquis le nombre de variantes ` +
      `qu'il lui faut, d'après le nombre de fois où ce test le pose (api/content/CHANGELOG.md). La première question (niveau 2, non minutée) ` +
      `est tirée parmi les variantes des acquis de niveau 2 : chacune est vue, dès ce premier tirage, par 1 / (leur nombre) des apprenants.`,
    '',
    `Niveau exact par niveau réel 0…6 (même bruit) : référence ${base.exact.map((e, l) => Math.round((100 * e) / base.learners[l])).join(' / ')} % ; ` +
      `moteur ${eng.exact.map((e, l) => Math.round((100 * e) / eng.learners[l])).join(' / ')} %.`,
    '',
    `Temps propre du moteur par décision (${num(eng.decisionMs / eng.decisions, 3)} ms en moyenne dans la simulation) ; ` +
      `pour un apprenant à 60 réponses (cible des 16 compétences, ${timing.skills} acquis, ${timing.challenges} épreuves) : ` +
      `nextChallenge p50 ${num(timing.next.p50, 3)} ms / p99 ${num(timing.next.p99, 3)} ms, knowledgeElementsOf p50 ${num(timing.elements.p50, 3)} ms / p99 ${num(timing.elements.p99, 3)} ms.`,
  );
  report(`Moteur de positionnement : simulation${quick ? ' (rapide)' : ''}`, lines);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
