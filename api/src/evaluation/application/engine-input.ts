import type { LearningContent } from '../../learning-content';
import {
  countedPriorKnowledge,
  knowledgeElementsOf,
  nextChallenge,
  nextSkillSetStep,
  skillSetKnowledgeElementsOf,
  type DerivedKnowledgeElement,
  type EngineChallenge,
  type EngineDecision,
  type EngineInput,
  type EngineSkill,
  type PriorKnowledge,
  type SkillSetInput,
  type SkillSetSkill,
} from '../domain/engine';
import type { AnswerRow, AssessmentRow } from '../domain/assessment';
import type { EvaluationRepositories } from './dependencies';

/**
 * What the learner knew before this test: the latest element of each target skill from elsewhere (an
 * earlier test, another campaign), reset ones left out; a retry forgets the failures. The targets are
 * the competence of a positioning test, or the skills of a campaign's test.
 */
export async function priorKnowledgeOf(
  repositories: Pick<EvaluationRepositories, 'knowledgeBeforeTest'>,
  assessment: AssessmentRow,
  targetSkillIds: readonly string[] = [],
): Promise<PriorKnowledge[]> {
  return countedPriorKnowledge(await repositories.knowledgeBeforeTest(assessment, targetSkillIds), assessment.isRetry);
}

function playableChallenges(content: LearningContent, skillIds: string[]): EngineChallenge[] {
  return skillIds.flatMap((skillId) =>
    content
      .challengesOf(skillId)
      .filter((c) => c.status === 'validated')
      .map((c) => ({ id: c.id, skillId, timer: c.timer, locales: c.locales })),
  );
}

interface CompetenceForEngine {
  skills: readonly EngineSkill[];
  challenges: readonly EngineChallenge[];
}

/**
 * A competence's active skills and served challenges as the engine reads them: the same on every
 * answer until the next content release, so made once per release and competence (frozen: the engine
 * only reads them, and shares its competence model per skills list).
 */
const forEngine = new WeakMap<LearningContent, Map<string, CompetenceForEngine>>();

function competenceForEngine(content: LearningContent, competenceId: string): CompetenceForEngine {
  let byCompetence = forEngine.get(content);
  if (!byCompetence) forEngine.set(content, (byCompetence = new Map()));
  let made = byCompetence.get(competenceId);
  if (!made) {
    const skills = content.activeSkillsOf(competenceId);
    made = {
      skills: Object.freeze(skills.map((s) => Object.freeze({ id: s.id, tubeId: s.tubeId, level: s.level }))),
      challenges: Object.freeze(
        playableChallenges(
          content,
          skills.map((s) => s.id),
        ).map((c) => Object.freeze(c)),
      ),
    };
    byCompetence.set(competenceId, made);
  }
  return made;
}

const engineAnswers = (content: LearningContent, answers: AnswerRow[]) =>
  answers.map((a) => ({ challengeId: a.challengeId, skillId: content.challenge(a.challengeId)!.skillId, result: a.result }));

/** The engine's view of a positioning test: the competence's active skills and their served challenges. */
export function engineInputOf(content: LearningContent, assessment: AssessmentRow, answers: AnswerRow[], prior: PriorKnowledge[]): EngineInput {
  const { skills, challenges } = competenceForEngine(content, assessment.competenceId!);
  return {
    skills,
    challenges,
    answers: engineAnswers(content, answers),
    prior,
    seed: `assessment-${assessment.id}`,
    locale: assessment.locale,
  };
}

/** The skills of a campaign still in the release, competence after competence in the framework's order. */
export function skillSetOf(content: LearningContent, skillIds: readonly string[]): SkillSetSkill[] {
  const rank = new Map(content.competences.map((c, index) => [c.id, index]));
  return skillIds
    .map((id) => content.skill(id))
    .filter((skill) => skill !== undefined && rank.has(skill.competenceId))
    .map((skill) => ({ id: skill!.id, tubeId: skill!.tubeId, level: skill!.level, competenceId: skill!.competenceId }))
    .sort((a, b) => rank.get(a.competenceId)! - rank.get(b.competenceId)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The engine's view of a campaign's test: the campaign's skills and their served challenges. */
export function skillSetInputOf(
  content: LearningContent,
  assessment: AssessmentRow,
  answers: AnswerRow[],
  prior: PriorKnowledge[],
  targetSkillIds: readonly string[],
): SkillSetInput {
  const skills = skillSetOf(content, targetSkillIds);
  return {
    skills,
    challenges: playableChallenges(
      content,
      skills.map((s) => s.id),
    ),
    answers: engineAnswers(content, answers),
    prior,
    seed: `assessment-${assessment.id}`,
    locale: assessment.locale,
  };
}

/** What a test's answers lead to, whatever its type. */
export interface AssessmentEngine {
  knowledgeElements(): DerivedKnowledgeElement[];
  decide(): EngineDecision;
  /** A campaign's test: the share of its skills settled, in % (null for a positioning test). */
  progress(): number | null;
}

export function assessmentEngineOf(
  content: LearningContent,
  assessment: AssessmentRow,
  answers: AnswerRow[],
  prior: PriorKnowledge[],
  targetSkillIds: readonly string[] = [],
): AssessmentEngine {
  if (assessment.type === 'CAMPAIGN') {
    const input = skillSetInputOf(content, assessment, answers, prior, targetSkillIds);
    let step: ReturnType<typeof nextSkillSetStep> | undefined;
    const next = () => (step ??= nextSkillSetStep(input));
    return {
      knowledgeElements: () => skillSetKnowledgeElementsOf(input),
      decide: () => next().decision,
      progress: () => (assessment.state === 'COMPLETED' ? 100 : next().progress),
    };
  }
  const input = engineInputOf(content, assessment, answers, prior);
  return { knowledgeElements: () => knowledgeElementsOf(input), decide: () => nextChallenge(input), progress: () => null };
}
