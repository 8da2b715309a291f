import { knowledgeElementsOf, nextChallenge, type EngineAnswer, type EngineInput, type EngineSkill } from '../../../src/evaluation/domain/engine';
import { scoreCompetence } from '../../../src/evaluation/domain/profile';
import { LearningContent } from '../../../src/learning-content/domain/learning-content';
import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../../src/learning-content/infrastructure/release-files';

/** Tests on the real content release, levels computed by the platform's pix rule. */
const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);
const content = new LearningContent(release);

function target(code: string) {
  const competence = content.competences.find((c) => c.code === code)!;
  const skills = content.activeSkillsOf(competence.id).map((s) => ({ id: s.id, tubeId: s.tubeId, level: s.level }));
  const ids = new Set(skills.map((s) => s.id));
  const challenges = release.challenges
    .filter((c) => ids.has(c.skillId) && c.status === 'validated')
    .map((c) => ({ id: c.id, skillId: c.skillId, timer: c.timer, locales: c.locales }));
  return { competenceId: competence.id, skills, challenges };
}

function placement(competenceId: string, skills: EngineSkill[], answers: EngineAnswer[]): number {
  const earned = knowledgeElementsOf({ skills, answers, prior: [] })
    .filter((e) => e.status === 'validated')
    .map((e) => content.pixValueOf(e.skillId));
  return scoreCompetence(competenceId, earned).level;
}

/** A whole test: `answer` decides each result from the skill's level and the answer's index. */
function run(code: string, seed: string, answer: (skillLevel: number, index: number) => boolean, locale = 'fr') {
  const { competenceId, skills, challenges } = target(code);
  const levelOf = new Map(skills.map((s) => [s.id, s.level]));
  const answers: EngineAnswer[] = [];
  for (;;) {
    const decision = nextChallenge({ skills, challenges, answers, prior: [], seed, locale } satisfies EngineInput);
    if (decision.kind === 'end') break;
    answers.push({ challengeId: decision.challengeId, skillId: decision.skillId, result: answer(levelOf.get(decision.skillId)!, answers.length) ? 'ok' : 'ko' });
  }
  return { answers, level: placement(competenceId, skills, answers) };
}

describe('placing learners on the real content', () => {
  it.each(content.competences.map((c) => c.code))('%s: a learner who succeeds everywhere reaches level 6, one who fails everywhere ends at 0', (code) => {
    expect(run(code, `perfect-${code}`, () => true).level).toBe(6);
    expect(run(code, `nothing-${code}`, () => false).level).toBe(0);
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('places a consistent learner of level %i exactly, in few questions', (level) => {
    for (const code of ['1.1', '2.4', '4.3']) {
      const { answers, level: placed } = run(code, `consistent-${code}-${level}`, (d) => d <= level);
      expect(placed).toBe(level);
      expect(answers.length).toBeLessThanOrEqual(9);
    }
  });

  it('places English-speaking learners where every level has English challenges', () => {
    for (const code of ['2.4', '4.1']) {
      for (const level of [0, 3, 6]) expect(run(code, `en-${level}`, (d) => d <= level, 'en').level).toBe(level);
    }
  });
});
