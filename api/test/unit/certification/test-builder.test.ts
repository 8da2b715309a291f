import {
  buildCertificationTest,
  challengesOfCompetence,
  type CandidateChallenge,
  type CompetenceSnapshot,
  type DirectlyValidatedSkill,
  type TestBuilderInput,
} from '../../../src/certification/evaluation/domain/test-builder';

/** Skill `<tube><level>` of competence `c`, with challenges `<skill>-a`, `<skill>-b` (validated, French). */
function skill(competenceId: string, tubeId: string, level: number, succeeded: string | null = null): DirectlyValidatedSkill {
  return { skillId: `${competenceId}.${tubeId}${level}`, competenceId, tubeId, level, succeededChallengeId: succeeded };
}

function input(competences: CompetenceSnapshot[], skills: DirectlyValidatedSkill[], challenges?: Record<string, CandidateChallenge[]>): TestBuilderInput {
  return {
    competences,
    skills,
    challengesOf: (skillId) =>
      challenges?.[skillId] ?? [
        { id: `${skillId}-a`, skillId, status: 'validated', locales: ['fr'] },
        { id: `${skillId}-b`, skillId, status: 'validated', locales: ['fr', 'en'] },
      ],
    locale: 'fr',
    pick: () => 0,
  };
}

const level = (competenceId: string, value: number): CompetenceSnapshot => ({ competenceId, level: value, pix: value * 8 });

describe('the certification test builder: one competence', () => {
  it('takes the highest levels first, a new tube before a second skill of a tube', () => {
    const skills = [skill('1.1', 'a', 1), skill('1.1', 'a', 2), skill('1.1', 'a', 3), skill('1.1', 'b', 1), skill('1.1', 'c', 2)];
    expect(challengesOfCompetence(input([], skills), '1.1').map((c) => c.skillId)).toEqual(['1.1.a3', '1.1.c2', '1.1.b1']);
  });

  it('fills up with a second skill of a tube when tubes run out', () => {
    const skills = [skill('1.1', 'a', 1), skill('1.1', 'a', 2), skill('1.1', 'a', 3), skill('1.1', 'b', 1)];
    expect(challengesOfCompetence(input([], skills), '1.1').map((c) => c.skillId)).toEqual(['1.1.a3', '1.1.b1', '1.1.a2']);
  });

  it.each<[string, CandidateChallenge[], string | null, string | null]>([
    ['another challenge than the one succeeded', [{ id: 'x-a', skillId: 's', status: 'validated', locales: ['fr'] }, { id: 'x-b', skillId: 's', status: 'validated', locales: ['fr'] }], 'x-a', 'x-b'],
    ['none when the only one is the one succeeded', [{ id: 'x-a', skillId: 's', status: 'validated', locales: ['fr'] }], 'x-a', null],
    ['never an archived one', [{ id: 'x-a', skillId: 's', status: 'archived', locales: ['fr'] }, { id: 'x-b', skillId: 's', status: 'validated', locales: ['fr'] }], 'x-b', null],
    ['only in the learner’s language', [{ id: 'x-a', skillId: 's', status: 'validated', locales: ['en'] }, { id: 'x-b', skillId: 's', status: 'validated', locales: ['fr'] }], null, 'x-b'],
    ['any when the succeeded one is unknown', [{ id: 'x-a', skillId: 's', status: 'validated', locales: ['fr'] }], null, 'x-a'],
  ])('asks %s', (_name, challenges, succeeded, expected) => {
    const s = { ...skill('1.1', 'a', 2, succeeded), skillId: 's' };
    const chosen = challengesOfCompetence(input([], [s], { s: challenges }), '1.1');
    expect(chosen.map((c) => c.challengeId)).toEqual(expected ? [expected] : []);
  });

  it('passes over a skill without an alternative for the next one', () => {
    const skills = [skill('1.1', 'a', 3, '1.1.a3-a'), skill('1.1', 'b', 2), skill('1.1', 'c', 1)];
    const challenges = { '1.1.a3': [{ id: '1.1.a3-a', skillId: '1.1.a3', status: 'validated', locales: ['fr'] }] };
    expect(challengesOfCompetence(input([], skills, challenges as never), '1.1').map((c) => c.skillId)).toEqual(['1.1.b2', '1.1.c1']);
  });

  it('picks among the alternatives with the injected choice', () => {
    const s = skill('1.1', 'a', 2);
    expect(challengesOfCompetence({ ...input([], [s]), pick: (n) => n - 1 }, '1.1')[0].challengeId).toBe('1.1.a2-b');
  });
});

describe('the certification test builder: the profile', () => {
  const competences = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'];
  const threeSkillsEach = (ids: string[]) => ids.flatMap((c) => [skill(c, 'a', 2), skill(c, 'b', 2), skill(c, 'c', 1)]);

  it.each([
    [4, 'not-certifiable'],
    [5, 'test'],
    [6, 'test'],
  ])('%p competences at level 1 or more: %s', (count, kind) => {
    const profile = competences.map((c, i) => level(c, i < count ? 2 : 0));
    const built = buildCertificationTest(input(profile, threeSkillsEach(competences.slice(0, count))));
    expect(built.kind).toBe(kind);
    if (built.kind === 'test') {
      expect(built.challenges).toHaveLength(count * 3);
      expect(built.competences.map((c) => c.competenceId)).toEqual(competences.slice(0, count));
    } else {
      expect(built).toEqual({ kind: 'not-certifiable', certifiableCompetencesCount: count, reason: 'COMPETENCES' });
    }
  });

  it('asks nothing of a competence at level 0, even with skills validated', () => {
    const profile = [...competences.map((c) => level(c, 1)), level('4.1', 0)];
    const built = buildCertificationTest(input(profile, threeSkillsEach([...competences, '4.1'])));
    expect(built.kind === 'test' && built.challenges.some((c) => c.competenceId === '4.1')).toBe(false);
  });

  it('refuses a test of fewer than 15 questions', () => {
    const profile = competences.slice(0, 5).map((c) => level(c, 1));
    const skills = competences.slice(0, 5).flatMap((c) => [skill(c, 'a', 1), skill(c, 'b', 1)]);
    expect(buildCertificationTest(input(profile, skills))).toEqual({ kind: 'not-certifiable', certifiableCompetencesCount: 5, reason: 'QUESTIONS' });
  });

  it('asks 48 questions at most (16 competences × 3)', () => {
    const ids = Array.from({ length: 17 }, (_, i) => `c${i}`);
    const built = buildCertificationTest(input(ids.map((c) => level(c, 3)), threeSkillsEach(ids)));
    expect(built.kind === 'test' && built.challenges.length).toBe(48);
  });
});
