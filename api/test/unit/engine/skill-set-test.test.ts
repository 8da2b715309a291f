import {
  nextSkillSetStep,
  skillSetKnowledgeElementsOf,
  type EngineAnswer,
  type EngineChallenge,
  type PriorKnowledge,
  type SkillSetInput,
  type SkillSetSkill,
} from '../../../src/evaluation/domain/engine';

/** A campaign over two competences: 1.1 with tubes R (levels 1–4) and S (1–3), 2.1 with tube D (1–4). */
function campaignSkills(): SkillSetSkill[] {
  const skills: SkillSetSkill[] = [];
  for (let level = 1; level <= 4; level += 1) skills.push({ id: `R${level}`, tubeId: 'R', level, competenceId: '1.1' });
  for (let level = 1; level <= 3; level += 1) skills.push({ id: `S${level}`, tubeId: 'S', level, competenceId: '1.1' });
  for (let level = 1; level <= 4; level += 1) skills.push({ id: `D${level}`, tubeId: 'D', level, competenceId: '2.1' });
  return skills;
}

const challengesOf = (skills: SkillSetSkill[]): EngineChallenge[] =>
  skills.flatMap((s) => ['a', 'b'].map((v) => ({ id: `${s.id}-${v}`, skillId: s.id, timer: null, locales: ['fr'] })));

const input = (answers: EngineAnswer[], prior: PriorKnowledge[] = []): SkillSetInput => {
  const skills = campaignSkills();
  return { skills, challenges: challengesOf(skills), answers, prior, seed: 'assessment-1', locale: 'fr' };
};

/** Runs the test to its end with a learner who masters levels up to `level`; returns the steps. */
function run(level: number, prior: PriorKnowledge[] = []) {
  const answers: EngineAnswer[] = [];
  const steps = [];
  for (let i = 0; i < 100; i += 1) {
    const step = nextSkillSetStep(input(answers, prior));
    steps.push(step);
    if (step.decision.kind === 'end') break;
    const skillLevel = Number(step.decision.skillId.slice(1));
    answers.push({ challengeId: step.decision.challengeId, skillId: step.decision.skillId, result: skillLevel <= level ? 'ok' : 'ko' });
  }
  return { steps, answers };
}

describe('the adaptive test over a campaign\'s skills (domain.md §6)', () => {
  it('tests one competence after the other, in the given order, until nothing is left to ask', () => {
    const { steps, answers } = run(2);
    const competences = steps.filter((s) => s.decision.kind === 'challenge').map((s) => s.competenceId);
    const firstOfSecond = competences.indexOf('2.1');
    expect(firstOfSecond).toBeGreaterThan(0);
    expect(competences.slice(0, firstOfSecond).every((c) => c === '1.1')).toBe(true);
    expect(competences.slice(firstOfSecond).every((c) => c === '2.1')).toBe(true);
    expect(steps[steps.length - 1]).toEqual({ decision: { kind: 'end' }, competenceId: null, progress: 100 });
    expect(new Set(answers.map((a) => a.challengeId)).size).toBe(answers.length);
  });

  it('gives a progress that grows to 100 only at the end', () => {
    const { steps } = run(3);
    const progress = steps.map((s) => s.progress);
    expect(progress[0]).toBe(0);
    expect(progress.slice(0, -1).every((p) => p < 100)).toBe(true);
    expect(progress[progress.length - 1]).toBe(100);
    for (let i = 1; i < progress.length; i += 1) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
  });

  it('never asks what the learner already proved: a competence settled by earlier knowledge is skipped', () => {
    const prior: PriorKnowledge[] = ['R1', 'R2', 'R3', 'R4', 'S1', 'S2', 'S3'].map((skillId) => ({ skillId, status: 'validated' }));
    const first = nextSkillSetStep(input([], prior));
    expect(first.competenceId).toBe('2.1');
    expect(first.progress).toBe(Math.floor((100 * 7) / 11));
    const { answers } = run(4, prior);
    expect(answers.every((a) => a.skillId.startsWith('D'))).toBe(true);
    const all = campaignSkills().map((s) => ({ skillId: s.id, status: 'validated' as const }));
    expect(nextSkillSetStep(input([], all))).toEqual({ decision: { kind: 'end' }, competenceId: null, progress: 100 });
  });

  it('gives one knowledge element per skill answered or inferred, pointing at the answers of the whole test', () => {
    const { answers } = run(2);
    const elements = skillSetKnowledgeElementsOf(input(answers));
    expect(new Set(elements.map((e) => e.skillId)).size).toBe(elements.length);
    for (const element of elements) {
      expect(answers[element.answerIndex]).toBeDefined();
      const answered = answers[element.answerIndex].skillId;
      // An element comes from an answer of its own competence.
      expect(answered[0] === 'D').toBe(element.skillId[0] === 'D');
    }
    const validated = elements.filter((e) => e.status === 'validated').map((e) => e.skillId);
    expect(validated).toEqual(expect.arrayContaining(['R1', 'R2', 'D1', 'D2']));
    expect(validated).not.toContain('R3');
    expect(validated).not.toContain('D4');
  });

  it('decides the same way for the same answers (reproducible, seeded by the assessment)', () => {
    const { answers } = run(3);
    const partial = answers.slice(0, 3);
    expect(nextSkillSetStep(input(partial))).toEqual(nextSkillSetStep(input(partial)));
  });
});
