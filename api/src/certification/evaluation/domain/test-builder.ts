import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';

/**
 * The certification test of a candidate (domain.md "Certification", the test), built when they join,
 * from their profile at that moment. Pure.
 *
 * For each certifiable competence (level ≥ 1), up to 3 questions from the skills the learner DIRECTLY
 * validated (knowledge elements of source direct, validated), highest levels first, preferring skills of
 * different tubes; each question is a challenge of that skill other than the one the learner succeeded
 * (an alternative), validated and playable in the learner's language. A skill without such an
 * alternative is passed over. The profile must have at least 5 certifiable competences, and the test
 * 15 to 48 questions (16 competences × 3 at most).
 */
export const CERTIFICATION_TEST_RULES = {
  minCertifiableCompetences: FRAMEWORK_RULES.certifiableCompetencesCount,
  questionsPerCompetence: 3,
  minQuestions: 15,
  maxQuestions: 48,
} as const;

/** A competence of the profile snapshot. */
export interface CompetenceSnapshot {
  competenceId: string;
  level: number;
  pix: number;
}

/** A skill the learner directly validated (latest knowledge element: validated, source direct). */
export interface DirectlyValidatedSkill {
  skillId: string;
  competenceId: string;
  tubeId: string;
  level: number;
  /** The challenge whose answer validated it (null when unknown: no challenge is excluded). */
  succeededChallengeId: string | null;
}

/** A challenge of the content, as the builder reads it. */
export interface CandidateChallenge {
  id: string;
  skillId: string;
  status: string;
  locales: readonly string[];
}

export interface ChosenChallenge {
  challengeId: string;
  skillId: string;
  competenceId: string;
}

export type BuiltTest =
  | { kind: 'test'; challenges: ChosenChallenge[]; competences: CompetenceSnapshot[] }
  | { kind: 'not-certifiable'; certifiableCompetencesCount: number; reason: 'COMPETENCES' | 'QUESTIONS' };

export interface TestBuilderInput {
  /** Every competence of the profile, in the framework's order (the questions keep it). */
  competences: readonly CompetenceSnapshot[];
  skills: readonly DirectlyValidatedSkill[];
  challengesOf: (skillId: string) => readonly CandidateChallenge[];
  locale: string;
  /** A whole number in [0, n): which of several alternatives (random in production, 0 in tests). */
  pick: (n: number) => number;
}

function alternativeOf(input: TestBuilderInput, skill: DirectlyValidatedSkill): CandidateChallenge | null {
  const alternatives = input.challengesOf(skill.skillId).filter(
    (c) => c.status === 'validated' && c.locales.includes(input.locale) && c.id !== skill.succeededChallengeId,
  );
  if (!alternatives.length) return null;
  const index = Math.min(alternatives.length - 1, Math.max(0, Math.floor(input.pick(alternatives.length))));
  return alternatives[index];
}

/** Up to 3 challenges of one competence: highest levels first, a new tube before a second skill of a tube. */
export function challengesOfCompetence(input: TestBuilderInput, competenceId: string): ChosenChallenge[] {
  const skills = input.skills
    .filter((s) => s.competenceId === competenceId)
    .sort((a, b) => b.level - a.level || a.skillId.localeCompare(b.skillId));
  const chosen: ChosenChallenge[] = [];
  const usedTubes = new Set<string>();
  const usedSkills = new Set<string>();
  const take = (skill: DirectlyValidatedSkill) => {
    if (chosen.length >= CERTIFICATION_TEST_RULES.questionsPerCompetence || usedSkills.has(skill.skillId)) return;
    const challenge = alternativeOf(input, skill);
    if (!challenge) return;
    chosen.push({ challengeId: challenge.id, skillId: skill.skillId, competenceId });
    usedTubes.add(skill.tubeId);
    usedSkills.add(skill.skillId);
  };
  for (const skill of skills) if (!usedTubes.has(skill.tubeId)) take(skill);
  for (const skill of skills) take(skill);
  return chosen;
}

export function buildCertificationTest(input: TestBuilderInput): BuiltTest {
  const certifiable = input.competences.filter((c) => c.level >= 1);
  const certifiableCompetencesCount = certifiable.length;
  if (certifiableCompetencesCount < CERTIFICATION_TEST_RULES.minCertifiableCompetences) {
    return { kind: 'not-certifiable', certifiableCompetencesCount, reason: 'COMPETENCES' };
  }
  const challenges = certifiable.flatMap((c) => challengesOfCompetence(input, c.competenceId)).slice(0, CERTIFICATION_TEST_RULES.maxQuestions);
  if (challenges.length < CERTIFICATION_TEST_RULES.minQuestions) {
    return { kind: 'not-certifiable', certifiableCompetencesCount, reason: 'QUESTIONS' };
  }
  return { kind: 'test', challenges, competences: certifiable.map((c) => ({ ...c })) };
}
