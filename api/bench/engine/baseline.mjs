// The baseline of the simulation: the real service's "smart random", following domain.md §3 literally,
// with its knowledge elements (direct, and inferred inside the tube only). Benchmark only.
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/** Chronological knowledge elements: an answer on a skill not yet known, then inference inside its tube. */
export function baselineKnowledgeElements({ skills, answers }) {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const known = new Map();
  answers.forEach((answer, answerIndex) => {
    const skill = byId.get(answer.skillId);
    if (!skill || known.has(skill.id)) return;
    const status = answer.result === 'ok' ? 'validated' : 'invalidated';
    known.set(skill.id, { skillId: skill.id, status, source: 'direct', answerIndex });
    for (const other of skills) {
      if (other.tubeId !== skill.tubeId || known.has(other.id)) continue;
      if ((status === 'validated' && other.level < skill.level) || (status === 'invalidated' && other.level > skill.level)) {
        known.set(other.id, { skillId: other.id, status, source: 'inferred', answerIndex });
      }
    }
  });
  return [...known.values()];
}

/** §3.4: among 0.5 … 7.5, the level minimising |Σ (outcome − σ(level − d))|, with d=0 ok and d=7 ko added. */
export function baselineEstimate(directElements, levelOf) {
  const observations = [
    { d: 0, outcome: 1 },
    { d: 7, outcome: 0 },
    ...directElements.map((ke) => ({ d: levelOf(ke.skillId), outcome: ke.status === 'validated' ? 1 : 0 })),
  ];
  let best = 0.5;
  let bestValue = Infinity;
  for (let level = 0.5; level <= 7.5; level += 0.5) {
    const value = Math.abs(observations.reduce((sum, o) => sum + o.outcome - sigmoid(level - o.d), 0));
    if (value < bestValue - 1e-12) {
      best = level;
      bestValue = value;
    }
  }
  return best;
}

/** `random` is the seeded generator of this step (the same prng as the engine's). */
export function baselineNextChallenge({ skills, challenges, answers, locale }, random) {
  const elements = baselineKnowledgeElements({ skills, answers });
  const known = new Set(elements.map((ke) => ke.skillId));
  const asked = new Set(answers.map((a) => a.challengeId));
  const challengeById = new Map(challenges.map((c) => [c.id, c]));
  const playable = new Map();
  for (const c of challenges) {
    if (asked.has(c.id) || !c.locales.includes(locale)) continue;
    if (!playable.has(c.skillId)) playable.set(c.skillId, []);
    playable.get(c.skillId).push(c);
  }
  const tubeTop = new Map();
  for (const s of skills) tubeTop.set(s.tubeId, Math.max(tubeTop.get(s.tubeId) ?? 0, s.level));
  const isTimed = (skill) => playable.get(skill.id).every((c) => c.timer !== null);

  // 1. Candidates; 2. easy tubes first.
  let candidates = skills.filter((s) => playable.has(s.id) && !known.has(s.id));
  const easy = candidates.filter((s) => tubeTop.get(s.tubeId) <= 3);
  if (easy.length) candidates = easy;
  if (!candidates.length) return { kind: 'end' };

  let chosen;
  if (!answers.length) {
    // 3. First challenge: no timed skill if avoidable; level 2, else the lowest level.
    const untimed = candidates.filter((s) => !isTimed(s));
    if (untimed.length) candidates = untimed;
    const level2 = candidates.filter((s) => s.level === 2);
    const lowest = Math.min(...candidates.map((s) => s.level));
    chosen = level2.length ? level2 : candidates.filter((s) => s.level === lowest);
  } else {
    // 4. Estimated level over the direct knowledge elements.
    const levelOf = (id) => skills.find((s) => s.id === id).level;
    const estimate = baselineEstimate(elements.filter((ke) => ke.source === 'direct'), levelOf);
    // 5. Not two timed in a row if avoidable; drop skills more than 2 levels above the estimate.
    const last = challengeById.get(answers[answers.length - 1].challengeId);
    if (last && last.timer !== null) {
      const untimed = candidates.filter((s) => !isTimed(s));
      if (untimed.length) candidates = untimed;
    }
    candidates = candidates.filter((s) => s.level <= estimate + 2);
    if (!candidates.length) return { kind: 'end' };
    // 6. Reward.
    const untested = skills.filter((s) => !known.has(s.id));
    const reward = (s) => {
      const p = sigmoid(estimate - s.level);
      const sameTube = untested.filter((o) => o.tubeId === s.tubeId);
      return p * sameTube.filter((o) => o.level <= s.level).length + (1 - p) * sameTube.filter((o) => o.level >= s.level).length;
    };
    const rewards = candidates.map((s) => [s, reward(s)]);
    const best = Math.max(...rewards.map(([, r]) => r));
    chosen = rewards.filter(([, r]) => r >= best - 1e-9).map(([s]) => s);
  }
  chosen = [...chosen].sort((a, b) => (a.id < b.id ? -1 : 1));
  const skill = chosen[Math.floor(random() * chosen.length)];
  let options = playable.get(skill.id);
  const last = answers.length ? challengeById.get(answers[answers.length - 1].challengeId) : null;
  if (last && last.timer !== null && options.some((c) => c.timer === null)) options = options.filter((c) => c.timer === null);
  options = [...options].sort((a, b) => (a.id < b.id ? -1 : 1));
  const challenge = options[Math.floor(random() * options.length)];
  return { kind: 'challenge', challengeId: challenge.id, skillId: skill.id };
}
