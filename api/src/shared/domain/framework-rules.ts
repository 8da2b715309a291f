/**
 * Configurable rules of the framework (domain.md §2), kept in one place: the content's pix values,
 * the engine, profiles and campaigns all read them (a rule of the platform, not of one context).
 */
export const FRAMEWORK_RULES = {
  maxReachableLevel: 6,
  pixPerLevel: 8,
  maxPixPerSkill: 4,
  certifiableCompetencesCount: 5,
} as const;
