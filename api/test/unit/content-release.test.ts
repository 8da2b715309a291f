import { readReleaseFiles, DEFAULT_CONTENT_ROOT } from '../../src/learning-content/infrastructure/release-files';
import { releaseRuleProblems } from '../../src/learning-content/domain/release-rules';
import { LearningContent, CHALLENGE_TYPES } from '../../src/learning-content/domain/learning-content';

/** The content lint: the release in api/content must respect the size and quality rules of the issue. */
describe('the content release', () => {
  const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);

  it('respects every rule of the content lint', () => {
    expect(releaseRuleProblems(release)).toEqual([]);
  });

  it('has 5 areas and 16 competences in CRCN order', () => {
    const content = new LearningContent(release);
    expect(content.areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(content.competences.map((c) => c.code)).toEqual([
      '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2',
    ]);
  });

  it('is worth 8 pix at each level 1 to 6 of each competence', () => {
    const content = new LearningContent(release);
    for (const competence of content.competences) {
      for (let level = 1; level <= 6; level += 1) {
        const worth = content
          .activeSkillsOf(competence.id)
          .filter((s) => s.level === level)
          .reduce((sum, s) => sum + content.pixValueOf(s.id), 0);
        expect([competence.code, level, Math.round(worth * 1e6) / 1e6]).toEqual([competence.code, level, 8]);
      }
    }
  });

  it('is of a size worth serving (about 400 challenges, all types)', () => {
    expect(release.challenges.length).toBeGreaterThanOrEqual(384);
    expect(new Set(release.challenges.map((c) => c.type))).toEqual(new Set(CHALLENGE_TYPES));
  });

  it('has no placeholder text', () => {
    const texts = [
      ...release.challenges.flatMap((c) => [c.instruction, ...(c.proposals ?? [])]),
      ...release.competences.map((c) => c.description),
      ...release.tutorials.map((t) => t.title),
    ];
    const placeholders = texts.filter((t) => /lorem|ipsum|TODO|TBD|xxx|à compléter/i.test(t));
    expect(placeholders).toEqual([]);
  });
});
