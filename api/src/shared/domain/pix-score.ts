import { FRAMEWORK_RULES } from './framework-rules';

/**
 * How pix and levels are counted (domain.md §2): the platform's rule, read by the evaluation (the
 * profile) and by campaigns (what a participation is worth when shared). Pure.
 */

export interface CompetenceScore {
  competenceId: string;
  pixScore: number;
  level: number;
  pixToNextLevel: number;
  maxLevel: number;
}

/**
 * pix = min(floor(sum of earned pix), 8 × max level); level = min(floor(sum / 8), max level).
 * The sum is rounded to 6 decimals first, so three skills worth 8/3 make exactly 8 (domain.md §2).
 */
export function scoreCompetence(
  competenceId: string,
  earnedPix: number[],
  maxLevel: number = FRAMEWORK_RULES.maxReachableLevel,
): CompetenceScore {
  const sum = Math.round(earnedPix.reduce((total, pix) => total + pix, 0) * 1e6) / 1e6;
  const { pixPerLevel } = FRAMEWORK_RULES;
  const pixScore = Math.min(Math.floor(sum), pixPerLevel * maxLevel);
  const level = Math.min(Math.floor(sum / pixPerLevel), maxLevel);
  const pixToNextLevel = level >= maxLevel ? 0 : (level + 1) * pixPerLevel - pixScore;
  return { competenceId, pixScore, level, pixToNextLevel, maxLevel };
}

/** Certifiability (domain.md §2): enough competences at level 1 or more. */
export interface Certifiability {
  isCertifiable: boolean;
  certifiableCompetencesCount: number;
  requiredCertifiableCompetencesCount: number;
}

export function certifiabilityOf(competenceLevels: readonly number[]): Certifiability {
  const certifiableCompetencesCount = competenceLevels.filter((level) => level >= 1).length;
  const requiredCertifiableCompetencesCount = FRAMEWORK_RULES.certifiableCompetencesCount;
  return {
    isCertifiable: certifiableCompetencesCount >= requiredCertifiableCompetencesCount,
    certifiableCompetencesCount,
    requiredCertifiableCompetencesCount,
  };
}
