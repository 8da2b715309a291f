/** Pix of one level of a competence (the domain's rule: each level is worth 8 pix). */
export const PIX_PER_LEVEL = 8;

export interface CompetenceLevel {
  level: number;
  pixScore: number;
  pixToNextLevel: number;
  maxLevel: number;
}

export interface LevelProgress {
  /** True when the competence is at its highest reachable level. */
  atMaxLevel: boolean;
  nextLevel: number;
  /** Pix earned inside the current level. */
  earnedInLevel: number;
  /** Pix the current level spans (earned + still needed). */
  levelSpan: number;
  /** 0..100 */
  percent: number;
}

/** How far a competence is towards its next level, from the profile's numbers. */
export function levelProgress({ level, pixScore, pixToNextLevel, maxLevel }: CompetenceLevel): LevelProgress {
  const atMaxLevel = level >= maxLevel;
  if (atMaxLevel) {
    return { atMaxLevel, nextLevel: level, earnedInLevel: PIX_PER_LEVEL, levelSpan: PIX_PER_LEVEL, percent: 100 };
  }
  const earnedInLevel = Math.max(0, pixScore - level * PIX_PER_LEVEL);
  const levelSpan = Math.max(earnedInLevel + pixToNextLevel, 1);
  return {
    atMaxLevel,
    nextLevel: level + 1,
    earnedInLevel,
    levelSpan,
    percent: Math.min(100, Math.round((earnedInLevel / levelSpan) * 100)),
  };
}
