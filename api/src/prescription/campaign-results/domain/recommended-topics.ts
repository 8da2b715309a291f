/**
 * "Analyse" of a campaign (domain.md §6): which tubes ("sujets") to work on, from the shared
 * participations. Pure: the caller gives the campaign's skills and, per participant, the ids of the
 * skills validated among them.
 */

export interface CampaignSkill {
  id: string;
  tubeId: string;
  level: number;
}

export type RecommendationLevel = 4 | 3 | 2 | 1;

export interface TubeRecommendation {
  tubeId: string;
  /** Average over participants of the score out of 100: lower means more recommended. */
  averageScore: number;
  /** 4 dots "très fortement recommandé" … 1 dot "modérément recommandé". */
  level: RecommendationLevel;
}

interface TubeOfCampaign {
  id: string;
  maxLevel: number;
  skills: CampaignSkill[];
}

/** Score of one participant on one tube, out of 100. */
export function tubeScore(tube: TubeOfCampaign, campaignMaxLevel: number, validated: ReadonlySet<string>): number {
  const validatedSkills = tube.skills.filter((s) => validated.has(s.id));
  const highestValidated = Math.max(0, ...validatedSkills.map((s) => s.level));
  const reached = (40 / tube.maxLevel) * highestValidated;
  const difficulty = (30 / campaignMaxLevel) * tube.maxLevel;
  const progress = (20 / tube.skills.length) * validatedSkills.length;
  let nextStep = 0;
  if (validatedSkills.length > 0) {
    const unvalidatedLevels = tube.skills.filter((s) => !validated.has(s.id)).map((s) => s.level);
    const nextLevel = unvalidatedLevels.length ? Math.min(...unvalidatedLevels) : tube.maxLevel;
    nextStep = (10 / nextLevel) * highestValidated;
  }
  return reached + difficulty + progress + nextStep;
}

export function recommendationLevel(averageScore: number): RecommendationLevel {
  if (averageScore <= 25) return 4;
  if (averageScore <= 50) return 3;
  if (averageScore <= 75) return 2;
  return 1;
}

/** Every tube of the campaign, most recommended first (ties by tube id); empty without participants. */
export function recommendTopics(skills: CampaignSkill[], participants: ReadonlySet<string>[]): TubeRecommendation[] {
  if (!skills.length || !participants.length) return [];
  const tubes = new Map<string, TubeOfCampaign>();
  for (const skill of skills) {
    const tube = tubes.get(skill.tubeId) ?? { id: skill.tubeId, maxLevel: 0, skills: [] };
    tube.skills.push(skill);
    tube.maxLevel = Math.max(tube.maxLevel, skill.level);
    tubes.set(skill.tubeId, tube);
  }
  const campaignMaxLevel = Math.max(...skills.map((s) => s.level));
  return [...tubes.values()]
    .map((tube) => {
      const total = participants.reduce((sum, validated) => sum + tubeScore(tube, campaignMaxLevel, validated), 0);
      const averageScore = total / participants.length;
      return { tubeId: tube.id, averageScore, level: recommendationLevel(averageScore) };
    })
    .sort((a, b) => a.averageScore - b.averageScore || a.tubeId.localeCompare(b.tubeId));
}
