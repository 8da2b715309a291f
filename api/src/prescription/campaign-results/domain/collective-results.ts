/**
 * "Résultats collectifs" of an assessment campaign (domain.md §6), pure: per competence of the
 * campaign, sorted by code, the targeted skills, the validated skills summed over the shared
 * participations, and the average per participant.
 */

export interface CompetenceTarget {
  competenceId: string;
  /** "1.1", "2.3"…: the sort key. */
  code: string;
  targetedSkillsCount: number;
}

export interface CompetenceCollectiveResult extends CompetenceTarget {
  validatedSkillsCount: number;
  /** Validated skills per shared participant (0 without participant). */
  averageValidatedSkills: number;
  /** averageValidatedSkills / targetedSkillsCount, from 0 to 1. */
  masteryRate: number;
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'fr', { numeric: true });

export function collectiveResults(
  targets: CompetenceTarget[],
  validatedByCompetence: ReadonlyMap<string, number>,
  sharedParticipants: number,
): CompetenceCollectiveResult[] {
  return [...targets]
    .sort((a, b) => byCode(a.code, b.code))
    .map((target) => {
      const validatedSkillsCount = validatedByCompetence.get(target.competenceId) ?? 0;
      const averageValidatedSkills = sharedParticipants ? validatedSkillsCount / sharedParticipants : 0;
      const masteryRate = target.targetedSkillsCount ? averageValidatedSkills / target.targetedSkillsCount : 0;
      return { ...target, validatedSkillsCount, averageValidatedSkills, masteryRate };
    });
}

/** A participant's mastery of a competence: validated / targeted skills (0 when nothing is targeted). */
export function masteryRate(validated: number, targeted: number): number {
  return targeted ? validated / targeted : 0;
}
