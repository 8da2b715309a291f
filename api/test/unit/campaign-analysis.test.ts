import { recommendTopics, recommendationLevel, tubeScore } from '../../src/prescription/campaign-results/domain/recommended-topics';
import { collectiveResults, masteryRate } from '../../src/prescription/campaign-results/domain/collective-results';

const tubeA = { id: 'tubeA', maxLevel: 3, skills: [1, 2, 3].map((level) => ({ id: `a${level}`, tubeId: 'tubeA', level })) };

describe('recommended topics (Analyse)', () => {
  it('scores a tube out of 100 as the rules say', () => {
    // reached 40/3×1 + difficulty 30/6×3 + progress 20/3×1 + next step 10/2×1
    expect(tubeScore(tubeA, 6, new Set(['a1']))).toBeCloseTo(13.333 + 15 + 6.667 + 5, 3);
    // nothing validated: the difficulty alone
    expect(tubeScore(tubeA, 6, new Set())).toBe(15);
    // everything validated: the next level is the tube's maximum
    expect(tubeScore(tubeA, 6, new Set(['a1', 'a2', 'a3']))).toBeCloseTo(40 + 15 + 20 + 10, 6);
  });

  it('turns the average into dots, boundaries included', () => {
    expect([25, 25.01, 50, 50.01, 75, 75.01].map(recommendationLevel)).toEqual([4, 3, 3, 2, 2, 1]);
  });

  it('ranks the tubes by their average over participants, most recommended first', () => {
    const skills = [...tubeA.skills, { id: 'b1', tubeId: 'tubeB', level: 1 }, { id: 'b2', tubeId: 'tubeB', level: 6 }];
    const participants = [new Set(['a1']), new Set<string>(), new Set(['a1', 'a2', 'a3', 'b1'])];
    const ranking = recommendTopics(skills, participants);
    expect(ranking.map((t) => t.tubeId)).toEqual(['tubeB', 'tubeA']);
    expect(ranking[1].averageScore).toBeCloseTo((40 + 15 + 85) / 3, 6);
    expect(ranking[1].level).toBe(3);
    expect(recommendTopics(skills, [])).toEqual([]);
  });
});

describe('collective results', () => {
  it('sums validated skills per competence over shared participations, sorted by code', () => {
    const targets = [
      { competenceId: 'c10', code: '1.10', targetedSkillsCount: 4 },
      { competenceId: 'c2', code: '1.2', targetedSkillsCount: 5 },
      { competenceId: 'c31', code: '3.1', targetedSkillsCount: 0 },
    ];
    const results = collectiveResults(targets, new Map([['c2', 6], ['c10', 2]]), 2);
    expect(results.map((r) => r.code)).toEqual(['1.2', '1.10', '3.1']);
    expect(results[0]).toMatchObject({ validatedSkillsCount: 6, averageValidatedSkills: 3, masteryRate: 0.6 });
    expect(results[2]).toMatchObject({ validatedSkillsCount: 0, masteryRate: 0 });
    expect(collectiveResults(targets, new Map(), 0).every((r) => r.averageValidatedSkills === 0)).toBe(true);
    expect(masteryRate(3, 4)).toBe(0.75);
  });
});
