import {
  DEFAULT_ENGINE_SETTINGS,
  knowledgeElementsOf,
  nextChallenge,
  type EngineAnswer,
  type EngineChallenge,
  type EngineInput,
  type EngineSkill,
} from '../../../src/evaluation/domain/engine';
import { scoreCompetence } from '../../../src/evaluation/domain/profile';

/** The paths of the scenarios below (skills asked, + success, − failure), checked by hand. */
const PATHS = {
  consistent: 'B2+ D4- C3+ B4- B3+ A5-',
  // The slip on B2 does not invalidate B3…B6 (it is contradicted), and B2 is asked again.
  slip: 'B2- C1+ B2+ D4+ B5+ B6- D5+ D6- A4+',
  // The lucky B2 makes the failure on C2 look like a slip: C2 is asked again, then B2, which fails.
  guess: 'B2+ D4- C3- C2- B1+ C2- B2- C1+',
  // B2 fails twice: the latest answer stands and costs a level, but B3…B6 are not inferred from it.
  twice: 'B2- C1+ B2- B1+ C3+ C3+ D4+ D5+ D6+ A6+',
  all: 'B2+ D4+ D5+ D6+ A6+',
  none: 'B2- C1- B1-',
}

/**
 * A competence like the content's: tubes A and B from level 1 to 6, C from 1 to 3 and D from 4 to 6,
 * two challenges per skill; C2 is timed, B5's challenges are French only.
 */
function competence(): { skills: EngineSkill[]; challenges: EngineChallenge[] } {
  const skills: EngineSkill[] = [];
  const add = (tube: string, from: number, to: number) => {
    for (let level = from; level <= to; level += 1) skills.push({ id: `${tube}${level}`, tubeId: tube, level });
  };
  add('A', 1, 6);
  add('B', 1, 6);
  add('C', 1, 3);
  add('D', 4, 6);
  const challenges = skills.flatMap((s) =>
    ['a', 'b'].map((v) => ({
      id: `${s.id}-${v}`,
      skillId: s.id,
      timer: s.id === 'C2' ? 60 : null,
      locales: s.id === 'B5' ? ['fr'] : ['fr', 'en'],
    })),
  );
  return { skills, challenges };
}

const input = (answers: EngineAnswer[] = [], extra: Partial<EngineInput> = {}): EngineInput => ({
  ...competence(),
  answers,
  prior: [],
  seed: 'assessment-1',
  locale: 'fr',
  ...extra,
});

const levelOf = (skillId: string) => competence().skills.find((s) => s.id === skillId)!.level;

/** Runs a test to its end with a learner who succeeds on levels ≤ `level`, but for the `flips`. */
function runTest(
  level: number,
  extra: Partial<EngineInput> = {},
  flips: (answerIndex: number, skillId: string, answers: EngineAnswer[]) => boolean = () => false,
) {
  const answers: EngineAnswer[] = [];
  const decisions: Array<{ known: Set<string>; direct: Map<string, number>; decision: ReturnType<typeof nextChallenge> }> = [];
  for (;;) {
    const current = input([...answers], extra);
    const elements = knowledgeElementsOf(current);
    const direct = new Map<string, number>();
    for (const a of answers) direct.set(a.skillId, (direct.get(a.skillId) ?? 0) + 1);
    const decision = nextChallenge(current);
    decisions.push({ known: new Set([...elements.map((e) => e.skillId), ...(extra.prior ?? []).map((p) => p.skillId)]), direct, decision });
    if (decision.kind === 'end') break;
    const right = levelOf(decision.skillId) <= level;
    const ok = flips(answers.length, decision.skillId, answers) ? !right : right;
    answers.push({ challengeId: decision.challengeId, skillId: decision.skillId, result: ok ? 'ok' : 'ko' });
    if (answers.length > 60) throw new Error('the test does not end');
  }
  return { answers, decisions, elements: knowledgeElementsOf(input(answers, extra)) };
}

describe('the next challenge of a positioning test', () => {
  it('gives the same decision for the same input, and spreads first challenges over seeds', () => {
    const answers: EngineAnswer[] = [{ challengeId: 'A2-a', skillId: 'A2', result: 'ok' }];
    expect(nextChallenge(input(answers))).toEqual(nextChallenge(input(answers)));
    const firsts = new Set(Array.from({ length: 60 }, (_, i) => (nextChallenge(input([], { seed: `seed-${i}` })) as { challengeId: string }).challengeId));
    expect(firsts.size).toBeGreaterThanOrEqual(4);
  });

  it('starts on a skill of level 2 that is not timed', () => {
    for (let i = 0; i < 40; i += 1) {
      const decision = nextChallenge(input([], { seed: `first-${i}` }));
      expect(decision.kind).toBe('challenge');
      if (decision.kind === 'challenge') {
        expect(levelOf(decision.skillId)).toBe(2);
        expect(decision.skillId).not.toBe('C2');
      }
    }
  });

  it('starts on the lowest level when no untimed level-2 skill can be asked (no timed skill first if avoidable)', () => {
    const { skills, challenges } = competence();
    const noLevel2 = challenges.filter((c) => !['A2', 'B2'].includes(c.skillId));
    // C2, the only level-2 skill left, is timed: the lowest untimed level comes first.
    const first = nextChallenge({ ...input(), challenges: noLevel2 });
    expect(first.kind === 'challenge' && levelOf(first.skillId)).toBe(1);
    const onlyC2 = challenges.filter((c) => c.skillId === 'C2');
    expect(nextChallenge({ ...input(), challenges: onlyC2 })).toMatchObject({ skillId: 'C2' });
    const onlyHigh = challenges.filter((c) => levelOf(c.skillId) >= 4);
    const decision = nextChallenge({ ...input(), skills, challenges: onlyHigh });
    expect(decision.kind === 'challenge' && levelOf(decision.skillId)).toBe(4);
  });

  it('never gives two timed challenges in a row when it can avoid it', () => {
    const timed = competence().challenges.map((c) => ({ ...c, timer: c.skillId.startsWith('C') || c.skillId.startsWith('A') ? 30 : null }));
    for (let i = 0; i < 30; i += 1) {
      const answers: EngineAnswer[] = [{ challengeId: 'A2-a', skillId: 'A2', result: i % 2 ? 'ok' : 'ko' }];
      const decision = nextChallenge({ ...input(answers, { seed: `timed-${i}` }), challenges: timed });
      expect(decision.kind).toBe('challenge');
      if (decision.kind === 'challenge') expect(timed.find((c) => c.id === decision.challengeId)!.timer).toBeNull();
    }
    // When every challenge left is timed, a timed one follows all the same.
    const allTimed = competence().challenges.map((c) => ({ ...c, timer: 30 }));
    expect(nextChallenge({ ...input([{ challengeId: 'A2-a', skillId: 'A2', result: 'ok' }]), challenges: allTimed }).kind).toBe('challenge');
  });

  it('serves only challenges of the learner locale', () => {
    const challenges = competence().challenges.map((c) => ({ ...c, locales: c.id.endsWith('-a') ? ['fr'] : ['en'] }));
    for (let level = 0; level <= 6; level += 1) {
      const { answers } = runTest(level, { locale: 'en', challenges, seed: `en-${level}` });
      expect(answers.length).toBeGreaterThan(0);
      for (const a of answers) expect(a.challengeId.endsWith('-b')).toBe(true);
    }
  });

  it('never asks the prior knowledge, and does not return it', () => {
    const prior = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((skillId) => ({ skillId, status: 'validated' as const }));
    for (let level = 2; level <= 6; level += 1) {
      const { answers, elements } = runTest(level, { prior, seed: `prior-${level}` });
      for (const a of answers) expect(prior.map((p) => p.skillId)).not.toContain(a.skillId);
      for (const e of elements) expect(prior.map((p) => p.skillId)).not.toContain(e.skillId);
    }
  });

  it('ends at the question limit', () => {
    const { answers } = runTest(3, { settings: { maxQuestions: 3 } });
    expect(answers).toHaveLength(3);
  });

  it('ends when nothing is left to ask', () => {
    const answers = competence().challenges.map((c) => ({ challengeId: c.id, skillId: c.skillId, result: 'ok' as const }));
    expect(nextChallenge(input(answers))).toEqual({ kind: 'end' });
  });

  describe('over whole tests, at every level, with and without slips and lucky guesses', () => {
    const noises: Array<[string, (i: number) => boolean]> = [
      ['no noise', () => false],
      ['a wrong answer now and then', (i) => i % 4 === 1],
      ['two wrong answers in a row', (i) => i === 1 || i === 2],
    ];
    const cases = noises.flatMap(([name, flips]) => Array.from({ length: 7 }, (_, level) => [name, level, flips] as const));

    it.each(cases)('%s, level %i: no challenge twice, no known skill asked but one re-ask with another challenge', (_, level, flips) => {
      for (let s = 0; s < 5; s += 1) {
        const { answers, decisions } = runTest(level, { seed: `run-${level}-${s}` }, flips);
        expect(new Set(answers.map((a) => a.challengeId)).size).toBe(answers.length);
        for (const { known, direct, decision } of decisions) {
          if (decision.kind !== 'challenge' || !known.has(decision.skillId)) continue;
          // A known skill is asked again only once, after one direct answer on it.
          expect(direct.get(decision.skillId)).toBe(1);
        }
      }
    });

    it.each(cases)('%s, level %i: the test ends with every target skill known', (_, level, flips) => {
      const { elements } = runTest(level, { seed: `end-${level}` }, flips);
      expect(new Set(elements.map((e) => e.skillId))).toEqual(new Set(competence().skills.map((s) => s.id)));
    });
  });

  describe('hand-made scenarios (seed "scenario")', () => {
    /** The level the platform computes: 8 pix per level, shared by its 3 skills. */
    const placed = (answers: EngineAnswer[]) => {
      const validated = knowledgeElementsOf(input(answers)).filter((e) => e.status === 'validated');
      return scoreCompetence('X', validated.map(() => 8 / 3)).level;
    };
    const path = (answers: EngineAnswer[]) => answers.map((a) => `${a.skillId}${a.result === 'ok' ? '+' : '-'}`).join(' ');
    const first = (skillId: string, answers: EngineAnswer[]) => answers.length > 0 && answers[0].skillId === skillId;
    it.each([
      ['a consistent learner of level 3', 3, () => false, PATHS.consistent, 3],
      ['a slip on the first challenge, asked again and forgiven', 5, (i: number) => i === 0, PATHS.slip, 5],
      ['a lucky guess above the level, asked again and not kept', 1, (i: number, id: string, a: EngineAnswer[]) => levelOf(id) > 1 && !a.some((x) => levelOf(x.skillId) > 1), PATHS.guess, 1],
      ['the first skill failed twice: the latest answer stands, a level is lost', 6, (i: number, id: string, a: EngineAnswer[]) => i === 0 || first(id, a), PATHS.twice, 5],
      ['a learner who succeeds everywhere', 6, () => false, PATHS.all, 6],
      ['a learner who fails everywhere', 0, () => false, PATHS.none, 0],
    ] as const)('%s', (_, level, flips, expectedPath, expectedLevel) => {
      const { answers } = runTest(level, { seed: 'scenario' }, flips);
      expect(path(answers)).toBe(expectedPath);
      expect(placed(answers)).toBe(expectedLevel);
    });
  });

  it('has defaults a reader can check', () => {
    expect(DEFAULT_ENGINE_SETTINGS).toMatchObject({ maxLevel: 6, firstChallengeLevel: 2, reask: true, crossTubeInference: true });
  });
});
