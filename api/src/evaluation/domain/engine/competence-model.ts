import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';
import type { EngineSettings } from './settings';
import type { EngineSkill } from './types';

/** The target skills of one test, indexed, with their pix values and the levels the estimate runs over. */
export interface CompetenceModel {
  skills: EngineSkill[];
  skillById: Map<string, EngineSkill>;
  /** Skills of each tube, easiest first. */
  tubeSkills: Map<string, EngineSkill[]>;
  /** Pix value of each skill (domain.md §2): min(4, 8 / skills of the same level). */
  pixValue: Map<string, number>;
  /** The estimate runs over levels 0 … topLevel (the highest skill level, at most maxLevel). */
  topLevel: number;
  maxLevel: number;
}

/**
 * Models already built, per skills list and maximum level. The model depends on nothing else and is
 * only read, so a test's two decisions per answer (its knowledge elements, its next challenge), and
 * every answer of a competence when the caller hands the same list (engine-input.ts keeps one per
 * content release and competence), share one. Forgotten with the list, which must not change once
 * a model is built from it.
 */
const built = new WeakMap<readonly EngineSkill[], Map<number, CompetenceModel>>();

export function buildCompetenceModel(skills: readonly EngineSkill[], settings: EngineSettings): CompetenceModel {
  let byMaxLevel = built.get(skills);
  if (!byMaxLevel) built.set(skills, (byMaxLevel = new Map()));
  let model = byMaxLevel.get(settings.maxLevel);
  if (!model) byMaxLevel.set(settings.maxLevel, (model = modelOf(skills, settings)));
  return model;
}

function modelOf(skills: readonly EngineSkill[], settings: EngineSettings): CompetenceModel {
  const skillById = new Map<string, EngineSkill>();
  const tubeSkills = new Map<string, EngineSkill[]>();
  const countByLevel = new Map<number, number>();
  let highest = 0;
  for (const skill of skills) {
    if (skillById.has(skill.id)) continue;
    skillById.set(skill.id, skill);
    const tube = tubeSkills.get(skill.tubeId);
    if (tube) tube.push(skill);
    else tubeSkills.set(skill.tubeId, [skill]);
    countByLevel.set(skill.level, (countByLevel.get(skill.level) ?? 0) + 1);
    highest = Math.max(highest, skill.level);
  }
  for (const tube of tubeSkills.values()) tube.sort((a, b) => a.level - b.level);
  const pixValue = new Map<string, number>();
  for (const skill of skillById.values()) {
    pixValue.set(skill.id, Math.min(FRAMEWORK_RULES.maxPixPerSkill, FRAMEWORK_RULES.pixPerLevel / countByLevel.get(skill.level)!));
  }
  return {
    skills: [...skillById.values()],
    skillById,
    tubeSkills,
    pixValue,
    topLevel: Math.max(0, Math.min(settings.maxLevel, highest)),
    maxLevel: settings.maxLevel,
  };
}

/** The level the platform will show for these validated skills (pix rule of domain.md §2, rounded sum). */
export function placementLevel(model: CompetenceModel, validatedSkillIds: Iterable<string>): number {
  let sum = 0;
  for (const id of validatedSkillIds) sum += model.pixValue.get(id) ?? 0;
  sum = Math.round(sum * 1e6) / 1e6;
  return Math.min(Math.floor(sum / FRAMEWORK_RULES.pixPerLevel), model.maxLevel);
}
