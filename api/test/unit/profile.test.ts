import { scoreCompetence, scoreProfile } from '../../src/evaluation/domain/profile';

describe('scoring a competence (domain.md §2)', () => {
  it('makes exactly one level of three skills worth 8/3 each', () => {
    expect(scoreCompetence('1.1', [8 / 3, 8 / 3, 8 / 3])).toMatchObject({ pixScore: 8, level: 1, pixToNextLevel: 8 });
  });

  it('makes exactly one level of six skills worth 8/6 each, where a float sum gives 7.999…', () => {
    const sixths = Array(6).fill(8 / 6);
    expect(sixths.reduce((a: number, b: number) => a + b, 0)).toBeLessThan(8);
    expect(scoreCompetence('1.1', sixths)).toMatchObject({ pixScore: 8, level: 1 });
  });

  it('floors the pix and tells how many remain to the next level', () => {
    expect(scoreCompetence('1.1', [4, 4, 4, 2.5])).toEqual({
      competenceId: '1.1',
      pixScore: 14,
      level: 1,
      pixToNextLevel: 2,
      maxLevel: 6,
    });
  });

  it('caps pix and level at the maximum reachable level', () => {
    expect(scoreCompetence('1.1', Array(30).fill(4))).toMatchObject({ pixScore: 48, level: 6, pixToNextLevel: 0 });
    expect(scoreCompetence('1.1', Array(30).fill(4), 5)).toMatchObject({ pixScore: 40, level: 5 });
  });

  it('gives 0 pix and level 0 without any validated skill', () => {
    expect(scoreCompetence('1.1', [])).toMatchObject({ pixScore: 0, level: 0, pixToNextLevel: 8 });
  });
});

describe('scoring a profile', () => {
  it('sums the competences and ignores invalidated knowledge elements', () => {
    const profile = scoreProfile(
      ['1.1', '1.2'],
      [
        { skillId: 'a1', competenceId: '1.1', status: 'validated', earnedPix: 4, createdAt: new Date('2026-12-01T08:00:00Z'), assessmentId: 1 },
        { skillId: 'a2', competenceId: '1.1', status: 'validated', earnedPix: 4, createdAt: new Date('2026-12-01T08:00:00Z'), assessmentId: 1 },
        { skillId: 'b1', competenceId: '1.2', status: 'invalidated', earnedPix: 0, createdAt: new Date('2026-12-01T08:00:00Z'), assessmentId: 1 },
        { skillId: 'b2', competenceId: '1.2', status: 'validated', earnedPix: 2, createdAt: new Date('2026-12-01T08:00:00Z'), assessmentId: 1 },
      ],
    );
    expect(profile.pixScore).toBe(10);
    expect(profile.maxPixScore).toBe(96);
    expect(profile.competences.map((c) => [c.competenceId, c.level, c.pixScore])).toEqual([
      ['1.1', 1, 8],
      ['1.2', 0, 2],
    ]);
  });

  it('is worth 768 pix at most over the 16 competences', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `c${i}`);
    expect(scoreProfile(ids, []).maxPixScore).toBe(768);
  });
});
