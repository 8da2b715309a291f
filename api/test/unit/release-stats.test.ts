import { formatReleaseStats, releaseStats } from '../../src/learning-content/domain/release-stats';
import type { Challenge, ContentRelease, Skill } from '../../src/learning-content/domain/learning-content';

const skill = (id: string, competenceId: string, level: number): Skill => ({
  id, name: `@${id}`, tubeId: id.replace(/\d+$/, ''), competenceId, level, hint: 'h', status: 'active', tutorialIds: [], learnMoreTutorialIds: [],
});
const challenge = (id: string, skillId: string, extra: Partial<Challenge> = {}): Challenge => ({
  id, skillId, type: 'QCU', status: 'validated', locales: ['fr'], instruction: 'i', instructionEn: null, proposals: ['a', 'bb'], fields: null,
  solution: '1', tolerancesOff: [], timer: null, illustration: null, attachment: null, ...extra,
});

describe('the figures of a release', () => {
  const release: ContentRelease = {
    version: 'v',
    areas: [],
    competences: [{ id: '1.1', code: '1.1', areaId: '1', name: 'n', nameEn: 'n', description: 'd', descriptionEn: 'd' }],
    tubes: [],
    tutorials: [],
    skills: [skill('web1', '1.1', 1), skill('web2', '1.1', 2), skill('moteur1', '1.1', 1)],
    challenges: [
      challenge('web1-a', 'web1', { embed: { file: 'assets/simulateurs/a.html', title: 't', titleEn: null, height: 400 }, type: 'QROC', reviewed: true }),
      challenge('web1-b', 'web1', { instructionEn: 'en', proposalsEn: ['a', 'bb'], solution: '2' }),
      challenge('moteur1-a', 'moteur1', { attachment: { file: 'assets/f.csv', name: 'f.csv', size: 10 } }),
      challenge('moteur1-b', 'moteur1', { status: 'archived', illustration: { file: 'assets/i.svg', alt: 'a', altEn: null } }),
      challenge('web2-a', 'web2', { type: 'QCM', solution: '1,2' }),
    ],
  };

  it('counts skills, challenges, tasks, non-QCU and English per competence and level, served challenges only', () => {
    const stats = releaseStats(release);
    expect(stats.rows).toEqual([
      { competence: '1.1', level: 1, skills: 2, challenges: 3, tasks: 2, nonQcu: 1, english: 1 },
      { competence: '1.1', level: 2, skills: 1, challenges: 1, tasks: 0, nonQcu: 1, english: 0 },
    ]);
    expect(stats.total).toEqual({ competence: 'total', level: null, skills: 3, challenges: 4, tasks: 2, nonQcu: 2, english: 1 });
    expect(stats).toMatchObject({ simulators: 1, files: 1, illustrations: 0, openChallenges: 1, reviewedOpenChallenges: 1, qcu: 2, qcuRightLongest: 1, archived: 1 });
  });

  it('prints them as a Markdown table in French', () => {
    const text = formatReleaseStats(releaseStats(release));
    expect(text).toContain('| 1.1 | 1 | 2 | 3 | 1,5 | 67 % | 33 % | 33 % |');
    expect(text).toContain('| total | tous | 3 | 4 | 1,3 | 50 % | 50 % | 25 % |');
    expect(text).toContain('QCU dont la bonne réponse est la plus longue : 1 sur 2 (50 %');
  });

  it('counts as English only a challenge complete in English, and sums each competence up against the targets', () => {
    const incomplete = { ...release, challenges: [...release.challenges, challenge('web2-b', 'web2', { instructionEn: 'en', solution: '2' })] };
    const stats = releaseStats(incomplete);
    expect(stats.rows[1]).toMatchObject({ level: 2, challenges: 2, english: 0 });
    expect(stats.competences).toEqual([
      {
        competence: '1.1',
        skills: 3,
        challenges: 5,
        fewestPerSkill: 1,
        fewestPerSkillLevel6: null,
        tasksLevels2to6: { tasks: 0, total: 2 },
        englishSkills: { covered: 0, total: 3 },
        fewestFrenchTutorials: 0,
        practicalTutorials: 0,
      },
    ]);
  });
});
