import { learnerProfileOf, scoreCompetence, scoreProfile } from '../../src/evaluation/domain/profile';

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

describe("the learner's profile (\"Mes compétences\")", () => {
  const now = new Date('2026-12-10T12:00:00Z');
  const ke = (skillId: string, competenceId: string, earnedPix: number, createdAt: string, status: 'validated' | 'invalidated' = 'validated') => ({
    skillId,
    competenceId,
    status,
    earnedPix,
    createdAt: new Date(createdAt),
    assessmentId: 1,
  });
  const ids = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3'];

  it("gives each competence its test's state, COMPLETED when only knowledge remains, NOT_STARTED otherwise", () => {
    const profile = learnerProfileOf(
      ids,
      [ke('a', '1.1', 8, '2026-12-01T08:00:00Z'), ke('b', '1.2', 4, '2026-12-09T08:00:00Z'), ke('c', '1.3', 4, '2026-11-01T08:00:00Z')],
      [
        { id: 41, competenceId: '1.1', state: 'COMPLETED' },
        { id: 42, competenceId: '1.2', state: 'STARTED' },
      ],
      now,
    );
    expect(profile.competences.map((c) => [c.competenceId, c.status, c.assessmentId])).toEqual([
      ['1.1', 'COMPLETED', 41],
      ['1.2', 'STARTED', 42],
      ['1.3', 'COMPLETED', null],
      ['2.1', 'NOT_STARTED', null],
      ['2.2', 'NOT_STARTED', null],
      ['2.3', 'NOT_STARTED', null],
    ]);
    expect(profile.pixScore).toBe(16);
  });

  it('offers "Retenter" 4 days and "Remettre à zéro" 7 days after the last knowledge element, and says in how many days', () => {
    const profile = learnerProfileOf(
      ids,
      // 1.1: last element 9 days ago; 1.2: 2 days ago (its earlier element does not count); 1.3: a test still running.
      [ke('a', '1.1', 8, '2026-12-01T12:00:00Z'), ke('b', '1.2', 8, '2026-11-01T12:00:00Z'), ke('b2', '1.2', 0, '2026-12-08T12:00:00Z', 'invalidated'), ke('c', '1.3', 8, '2026-12-09T12:00:00Z')],
      [{ id: 7, competenceId: '1.3', state: 'STARTED' }],
      now,
    );
    const [first, second, third, untouched] = profile.competences;
    expect(first).toMatchObject({ canRetry: true, retryAvailableInDays: null, canReset: true, resetAvailableInDays: null });
    expect(second).toMatchObject({ canRetry: false, retryAvailableInDays: 2, canReset: false, resetAvailableInDays: 5 });
    // A test in progress is resumed, not retried; reset only waits for its delay.
    expect(third).toMatchObject({ canRetry: false, retryAvailableInDays: null, canReset: false, resetAvailableInDays: 6 });
    expect(untouched).toMatchObject({ canRetry: false, retryAvailableInDays: null, canReset: false, resetAvailableInDays: null });
  });

  it('is certifiable with 5 competences at level 1 or more, and says how many it has', () => {
    const four = ['1.1', '1.2', '1.3', '2.1'].map((id, i) => ke(`s${i}`, id, 8, '2026-12-01T08:00:00Z'));
    expect(learnerProfileOf(ids, four, [], now)).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, requiredCertifiableCompetencesCount: 5 });
    const five = [...four, ke('s5', '2.2', 8, '2026-12-01T08:00:00Z')];
    expect(learnerProfileOf(ids, five, [], now)).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5 });
  });
});
