import { LearningContent, type Skill } from '../../src/learning-content/domain/learning-content';
import {
  assertNoSkillLost,
  estimatedQuestionsOfTube,
  summarizeSelection,
  tubesLosingSkills,
  validateDetails,
  validateTubeSelection,
} from '../../src/prescription/target-profile/domain/target-profile-selection';

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

/** @recherche 1 to 8 (3 archived), @source 2 and 4, @vieux only archived. */
const content = new LearningContent({
  version: 'test',
  areas: [],
  competences: [],
  tubes: [],
  skills: [...[1, 2, 3, 4, 5, 6, 7, 8].map((level) => skill('recherche', level, level === 3 ? 'archived' : 'active')), skill('source', 2), skill('source', 4), skill('vieux', 1, 'archived')],
  challenges: [],
  tutorials: [],
});

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { messageKey?: string; code?: string }).messageKey;
  }
  return 'no error';
};

describe('building a target profile', () => {
  it('includes, per tube, the active skills up to its cap, with the totals and the estimated questions', () => {
    const summary = summarizeSelection(content, [
      { tubeId: 'recherche', level: 5 },
      { tubeId: 'source', level: 3 },
    ]);
    expect(summary.tubes.map((tube) => [tube.tubeId, tube.skills.map((s) => s.id)])).toEqual([
      ['recherche', ['recherche1', 'recherche2', 'recherche4', 'recherche5']],
      ['source', ['source2']],
    ]);
    expect(summary).toMatchObject({ tubeCount: 2, skillCount: 5, estimatedQuestionCount: 3 + 1 });
  });

  it('estimates a tube by halves: never more questions than skills, about log2 of them beyond', () => {
    expect([0, 1, 2, 3, 4, 5, 7, 8].map(estimatedQuestionsOfTube)).toEqual([0, 1, 2, 3, 3, 4, 4, 4]);
  });

  it('refuses no tube, a cap outside 1–8, an unknown or archived tube, and a tube twice', () => {
    expect(code(() => validateTubeSelection([], content))).toBe('targetProfileAdministration.errors.noTube');
    expect(code(() => validateTubeSelection([{ tubeId: 'recherche', levelCap: 0 }], content))).toBe('targetProfileAdministration.errors.levelCap');
    expect(code(() => validateTubeSelection([{ tubeId: 'recherche', levelCap: 9 }], content))).toBe('targetProfileAdministration.errors.levelCap');
    expect(code(() => validateTubeSelection([{ tubeId: 'recherche', levelCap: 2.5 }], content))).toBe('targetProfileAdministration.errors.levelCap');
    expect(code(() => validateTubeSelection([{ tubeId: 'inconnu', levelCap: 2 }], content))).toBe('targetProfileAdministration.errors.tubeUnknown');
    expect(code(() => validateTubeSelection([{ tubeId: 'vieux', levelCap: 2 }], content))).toBe('targetProfileAdministration.errors.tubeUnknown');
    expect(code(() => validateTubeSelection([{ tubeId: 'source', levelCap: 2 }, { tubeId: 'source', levelCap: 4 }], content))).toBe('targetProfileAdministration.errors.tubeTwice');
    expect(validateTubeSelection([{ tubeId: 'source', levelCap: 8 }, { tubeId: 'recherche', levelCap: 1 }], content)).toEqual([
      { tubeId: 'recherche', level: 1 },
      { tubeId: 'source', level: 8 },
    ]);
  });

  it('lets a used profile gain skills but not lose any; an unused one changes freely', () => {
    const before = [{ tubeId: 'recherche', level: 4 }, { tubeId: 'source', level: 2 }];
    expect(tubesLosingSkills(before, [{ tubeId: 'recherche', level: 5 }, { tubeId: 'source', level: 2 }, { tubeId: 'x', level: 1 }])).toEqual([]);
    expect(tubesLosingSkills(before, [{ tubeId: 'recherche', level: 3 }])).toEqual(['recherche', 'source']);
    expect(code(() => assertNoSkillLost(before, [{ tubeId: 'recherche', level: 4 }], true))).toBe('targetProfileAdministration.errors.skillsLost');
    expect(code(() => assertNoSkillLost(before, [{ tubeId: 'recherche', level: 4 }], false))).toBe('no error');
  });

  it('trims the details and refuses a missing name, an unknown category and an image address that is not http(s)', () => {
    expect(validateDetails({ name: '  Parcours  ', category: 'CUSTOM', description: ' ', comment: ' note ', imageUrl: 'https://images.example.fr/a.svg' })).toEqual({
      name: 'Parcours',
      category: 'CUSTOM',
      description: null,
      comment: 'note',
      imageUrl: 'https://images.example.fr/a.svg',
    });
    expect(code(() => validateDetails({ name: ' ', category: 'CUSTOM' }))).toBe('errors.field.required');
    expect(code(() => validateDetails({ name: 'P', category: 'AUTRE' }))).toBe('targetProfileAdministration.errors.categoryUnknown');
    expect(code(() => validateDetails({ name: 'P', category: 'OTHER', imageUrl: 'javascript:alert(1)' }))).toBe('targetProfileAdministration.errors.imageUrlInvalid');
  });
});
