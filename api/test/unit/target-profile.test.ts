import { LearningContent, type ContentRelease, type Skill } from '../../src/learning-content/domain/learning-content';
import { readReleaseFiles, DEFAULT_CONTENT_ROOT } from '../../src/learning-content/infrastructure/release-files';
import {
  byCatalogueOrder,
  isAvailableTo,
  skillsOfTargetProfile,
  tubesInRelease,
} from '../../src/prescription/target-profile/domain/target-profile';
import { TARGET_PROFILE_CATALOGUE, tubesOfEntry } from '../../src/seeds/target-profile-catalogue';

const skill = (tubeId: string, level: number, status: Skill['status'] = 'active'): Skill => ({
  id: `${tubeId}${level}`,
  name: `@${tubeId}${level}`,
  tubeId,
  competenceId: '1.1',
  level,
  hint: '',
  status,
  tutorialIds: [],
  learnMoreTutorialIds: [],
});

/** Two tubes: @recherche 1 to 5 (3 archived), @source 2 and 4. */
const content = new LearningContent({
  version: 'test',
  areas: [],
  competences: [],
  tubes: [],
  skills: [
    skill('recherche', 5),
    skill('recherche', 1),
    skill('recherche', 2),
    skill('recherche', 3, 'archived'),
    skill('recherche', 4),
    skill('source', 4),
    skill('source', 2),
  ],
  challenges: [],
  tutorials: [],
} as ContentRelease);

const ids = (skills: Skill[]) => skills.map((s) => s.id);

describe("a target profile's skills (domain.md §6)", () => {
  it("takes each tube's active skills up to its level", () => {
    expect(ids(skillsOfTargetProfile(content, [{ tubeId: 'recherche', level: 4 }, { tubeId: 'source', level: 2 }]))).toEqual([
      'recherche1',
      'recherche2',
      'recherche4',
      'source2',
    ]);
  });

  it('leaves archived skills out, even under the cap', () => {
    expect(ids(skillsOfTargetProfile(content, [{ tubeId: 'recherche', level: 3 }]))).toEqual(['recherche1', 'recherche2']);
  });

  it('takes every level with a cap of 8, nothing under the lowest level', () => {
    expect(skillsOfTargetProfile(content, [{ tubeId: 'recherche', level: 8 }])).toHaveLength(4);
    expect(skillsOfTargetProfile(content, [{ tubeId: 'source', level: 1 }])).toEqual([]);
  });

  it('ignores a tube that left the release, and a tube listed twice', () => {
    const tubes = [{ tubeId: 'disparu', level: 5 }, { tubeId: 'source', level: 4 }, { tubeId: 'source', level: 2 }];
    expect(ids(skillsOfTargetProfile(content, tubes))).toEqual(['source2', 'source4']);
    expect(tubesInRelease(content, tubes).map((t) => t.tubeId)).toEqual(['source', 'source']);
  });

  it('offers public profiles to everyone and private ones to their owner', () => {
    expect(isAvailableTo({ isPublic: true, ownerOrganizationId: null, sharedWithOrganizationIds: [] }, 3)).toBe(true);
    expect(isAvailableTo({ isPublic: false, ownerOrganizationId: 3, sharedWithOrganizationIds: [] }, 3)).toBe(true);
    expect(isAvailableTo({ isPublic: false, ownerOrganizationId: 4, sharedWithOrganizationIds: [] }, 3)).toBe(false);
    expect(isAvailableTo({ isPublic: false, ownerOrganizationId: 4, sharedWithOrganizationIds: [2, 3] }, 3)).toBe(true);
  });

  it('orders a catalogue by category (predefined parcours first), then by name', () => {
    const profiles = [
      { category: 'THEMATIC' as const, name: 'Protéger ses données' },
      { category: 'PREDEFINED' as const, name: '[LGT] Parcours de rentrée 2nde' },
      { category: 'COMPETENCES' as const, name: 'Les 16 compétences' },
      { category: 'PREDEFINED' as const, name: '[CLG] Parcours de rentrée 6e' },
    ];
    expect(profiles.sort(byCatalogueOrder).map((p) => p.name)).toEqual([
      '[CLG] Parcours de rentrée 6e',
      '[LGT] Parcours de rentrée 2nde',
      'Les 16 compétences',
      'Protéger ses données',
    ]);
  });
});

describe('the demo catalogue of parcours', () => {
  const release = new LearningContent(readReleaseFiles(DEFAULT_CONTENT_ROOT));

  it('names at least 12 parcours as schools know them, once each', () => {
    const names = TARGET_PROFILE_CATALOGUE.map((e) => e.name);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['[LGT] Parcours de rentrée 2nde', '[CLG] Socle commun – Global', '[CLG] Parcours de rentrée 6e', 'Les 16 compétences']));
  });

  it('is built on tubes of the content release, with levels 1 to 8, each parcours targeting skills', () => {
    for (const entry of TARGET_PROFILE_CATALOGUE) {
      const tubes = tubesOfEntry(entry, release);
      expect([entry.name, tubes.filter((t) => !release.tube(t.tubeId)).map((t) => t.tubeId)]).toEqual([entry.name, []]);
      expect(tubes.every((t) => Number.isInteger(t.level) && t.level >= 1 && t.level <= 8)).toBe(true);
      expect(skillsOfTargetProfile(release, tubes).length).toBeGreaterThan(0);
    }
  });

  it('makes "Les 16 compétences" target every active skill of levels 1 to 6', () => {
    const entry = TARGET_PROFILE_CATALOGUE.find((e) => e.name === 'Les 16 compétences')!;
    const targeted = skillsOfTargetProfile(release, tubesOfEntry(entry, release));
    const expected = release.competences.flatMap((c) => release.activeSkillsOf(c.id)).filter((s) => s.level <= 6);
    expect(new Set(ids(targeted))).toEqual(new Set(ids(expected)));
    expect(new Set(targeted.map((s) => s.competenceId)).size).toBe(16);
  });
});
