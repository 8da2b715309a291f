// Simulated learners and the measures of the engine benchmark (shared by the workers).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineKnowledgeElements, baselineNextChallenge } from './baseline.mjs';

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src');
const engine = require(path.join(dist, 'evaluation/domain/engine/index.js'));
const { hashString, randomFor } = require(path.join(dist, 'evaluation/domain/engine/prng.js'));
const { readReleaseFiles, DEFAULT_CONTENT_ROOT } = require(path.join(dist, 'learning-content/infrastructure/release-files.js'));
const { LearningContent } = require(path.join(dist, 'learning-content/domain/learning-content.js'));
const { scoreCompetence } = require(path.join(dist, 'evaluation/domain/profile.js'));

export { engine };

export function loadContent() {
  return new LearningContent(readReleaseFiles(DEFAULT_CONTENT_ROOT));
}

export function loadRelease() {
  return readReleaseFiles(DEFAULT_CONTENT_ROOT);
}

/** The engine's view of one competence: its active skills and their validated challenges. */
export function competenceTarget(release, competenceId) {
  const skills = release.skills
    .filter((s) => s.competenceId === competenceId && s.status === 'active')
    .map((s) => ({ id: s.id, tubeId: s.tubeId, level: s.level }));
  const ids = new Set(skills.map((s) => s.id));
  const challenges = release.challenges
    .filter((c) => ids.has(c.skillId) && c.status === 'validated')
    .map((c) => ({ id: c.id, skillId: c.skillId, timer: c.timer, locales: c.locales }));
  return { skills, challenges };
}

/** A learner of true level L: right on a skill of level ≤ L but for a slip, wrong above but for a guess. */
export function learner(competenceId, index, noise) {
  const level = index % 7;
  const seed = `${competenceId}/learner-${index}`;
  return {
    level,
    seed,
    answer(challengeId, skillLevel) {
      // Common random numbers: the same learner gives the same answer to a challenge whatever the engine.
      const u = hashString(`${seed}|${challengeId}`) / 4294967296;
      const ok = skillLevel <= level ? u >= noise.slip : u < noise.guess;
      return ok ? 'ok' : 'ko';
    },
  };
}

export const runners = {
  baseline: () => ({
    next: (input) => baselineNextChallenge(input, randomFor(input.seed, 'baseline', input.answers.length)),
    elements: (input) => baselineKnowledgeElements(input),
  }),
  engine: (settings) => ({
    next: (input) => engine.nextChallenge({ ...input, settings }),
    elements: (input) => engine.knowledgeElementsOf({ ...input, settings }),
  }),
};

/** Runs one test to its end; returns the placed level and the challenges seen. */
export function runTest(runner, target, content, competenceId, who, locale = 'fr', clock = null) {
  const levelOf = new Map(target.skills.map((s) => [s.id, s.level]));
  const answers = [];
  for (let guard = 0; guard < 200; guard += 1) {
    const t = clock ? performance.now() : 0;
    const decision = runner.next({ skills: target.skills, challenges: target.challenges, answers, prior: [], seed: who.seed, locale });
    if (clock) {
      clock.decisions += 1;
      clock.ms += performance.now() - t;
    }
    if (decision.kind === 'end') break;
    if (answers.some((a) => a.challengeId === decision.challengeId)) throw new Error(`challenge ${decision.challengeId} asked twice`);
    answers.push({ challengeId: decision.challengeId, skillId: decision.skillId, result: who.answer(decision.challengeId, levelOf.get(decision.skillId)) });
  }
  const elements = runner.elements({ skills: target.skills, challenges: target.challenges, answers, prior: [], seed: who.seed, locale });
  const earned = elements.filter((ke) => ke.status === 'validated').map((ke) => content.pixValueOf(ke.skillId));
  return { level: scoreCompetence(competenceId, earned).level, answers };
}

export function emptyStats() {
  return {
    learners: Array(7).fill(0),
    exact: Array(7).fill(0),
    within1: Array(7).fill(0),
    questions: [],
    exposure: 0,
    exposureAt: null,
    decisions: 0,
    decisionMs: 0,
    // Answers on the level just above the true level, by the number of skills of that level: [sum, learners].
    above: {},
  };
}

/** Simulates `count` learners of one competence under one noise with every runner. */
export function simulate({ competenceId, noise, count, runnerSpecs }, release, content) {
  const target = competenceTarget(release, competenceId);
  const stats = {};
  const seen = {};
  const runnersBuilt = runnerSpecs.map((spec) => [spec.name, spec.kind === 'baseline' ? runners.baseline() : runners.engine(spec.settings)]);
  for (const [name] of runnersBuilt) {
    stats[name] = emptyStats();
    seen[name] = Array.from({ length: 7 }, () => new Map());
  }
  const levelOf = new Map(target.skills.map((sk) => [sk.id, sk.level]));
  for (let i = 0; i < count; i += 1) {
    const who = learner(competenceId, i, noise);
    for (const [name, runner] of runnersBuilt) {
      const s = stats[name];
      const clock = { decisions: 0, ms: 0 };
      const { level, answers } = runTest(runner, target, content, competenceId, who, 'fr', clock);
      s.decisions += clock.decisions;
      s.decisionMs += clock.ms;
      s.learners[who.level] += 1;
      if (level === who.level) s.exact[who.level] += 1;
      if (Math.abs(level - who.level) <= 1) s.within1[who.level] += 1;
      s.questions.push(answers.length);
      const skillsAbove = target.skills.filter((sk) => sk.level === who.level + 1).length;
      if (skillsAbove) {
        const entry = (s.above[skillsAbove] ??= [0, 0]);
        entry[0] += answers.filter((a) => levelOf.get(a.skillId) === who.level + 1).length;
        entry[1] += 1;
      }
      const counts = seen[name][who.level];
      for (const a of answers) counts.set(a.challengeId, (counts.get(a.challengeId) ?? 0) + 1);
    }
  }
  for (const [name] of runnersBuilt) {
    const s = stats[name];
    for (let level = 0; level < 7; level += 1) {
      for (const [challengeId, n] of seen[name][level]) {
        const share = n / s.learners[level];
        if (share > s.exposure) {
          s.exposure = share;
          s.exposureAt = `${challengeId}, niveau ${level}`;
        }
      }
    }
  }
  return stats;
}
