import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../src/learning-content/infrastructure/release-files';
import { LearningContent } from '../../src/learning-content/domain/learning-content';
import { browseChallenges, contentTree, listingOf } from '../../src/learning-content/domain/content-browse';

/** Pix Admin's "Contenu": the release's challenges filtered and sorted, and its tree, on the real release. */
const content = new LearningContent(readReleaseFiles(DEFAULT_CONTENT_ROOT));

describe("browsing the release's challenges", () => {
  it('lists every challenge, archived ones included, by competence, tube, level and reference', () => {
    const all = browseChallenges(content);
    expect(all).toHaveLength(content.challenges.length);
    expect(all.some((l) => l.challenge.status === 'archived')).toBe(true);
    const keys = all.map((l) => [l.competence.code, l.tube.name, l.skill.level]);
    expect(keys[0][0]).toBe('1.1');
    expect(keys.at(-1)![0]).toBe('5.2');
  });

  it('combines the filters, and finds words accents and case aside, in the solution too', () => {
    const found = browseChallenges(content, { search: 'WHOÎS annuaire', types: ['QROC'], level: 6, competenceId: '1.1', status: 'validated', hasEnglish: null });
    expect(found.map((l) => l.challenge.id)).toEqual(expect.arrayContaining(['fiabiliteSource6-a']));
    expect(found.every((l) => l.challenge.type === 'QROC' && l.skill.level === 6 && l.competence.id === '1.1')).toBe(true);
    expect(browseChallenges(content, { hasFile: true }).every((l) => l.challenge.attachment !== null)).toBe(true);
    expect(browseChallenges(content, { timed: false }).every((l) => l.challenge.timer === null)).toBe(true);
    expect(browseChallenges(content, { skillId: 'fiabiliteSource6', tubeId: 'autreTube' })).toEqual([]);
  });

  it('finds a challenge by its reference, and gives the tree with each skill by level', () => {
    expect(listingOf(content, 'fiabiliteSource6-a')?.tube.name).toBe('@fiabiliteSource');
    expect(listingOf(content, 'inconnu')).toBeNull();
    const tree = contentTree(content);
    expect(tree.map((a) => a.areaId)).toEqual(['1', '2', '3', '4', '5']);
    const tubes = tree.flatMap((a) => a.competences.flatMap((c) => c.tubes));
    expect(tubes.every((t) => t.skills.every((s, i) => i === 0 || t.skills[i - 1].skill.level < s.skill.level))).toBe(true);
    expect(tubes.flatMap((t) => t.skills).reduce((sum, s) => sum + s.challengeCount, 0)).toBe(content.challenges.length);
  });
});
