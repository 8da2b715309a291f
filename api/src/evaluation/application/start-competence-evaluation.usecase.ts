import type { LearningContent } from '../../learning-content';
import type { Clock } from '../../shared/domain/clock';
import { NotFoundError } from '../../shared/domain/errors';
import { nextChallenge } from '../domain/engine';
import type { AssessmentRow } from '../domain/assessment';
import type { EvaluationRepositories } from './dependencies';
import { engineInputOf, priorKnowledgeOf } from './engine-input';

export interface EvaluationDependencies {
  content: LearningContent;
  clock: Clock;
}

/** Creates a test on a competence with its first challenge, in the caller's transaction. */
export async function createCompetenceEvaluation(
  repositories: EvaluationRepositories,
  deps: EvaluationDependencies,
  request: { userId: number; competenceId: string; locale: string; isRetry: boolean },
): Promise<AssessmentRow> {
  const repository = repositories.assessments;
  const assessment = await repository.create({ ...request, now: deps.clock.now() });
  const prior = await priorKnowledgeOf(repositories, assessment);
  const decision = nextChallenge(engineInputOf(deps.content, assessment, [], prior));
  const first = decision.kind === 'challenge' ? decision.challengeId : null;
  await repository.moveOn(assessment.id, { currentChallengeId: first, completed: !first, now: deps.clock.now() });
  return (await repository.findById(assessment.id))!;
}

/**
 * Any logged-in learner, for themself. Returns the test in progress on this competence when there is
 * one (two tabs, a doubled click: the unique index keeps one), else starts one.
 */
export async function startCompetenceEvaluation(
  repositories: EvaluationRepositories,
  deps: EvaluationDependencies,
  request: { userId: number; competenceId: string; locale: string },
): Promise<AssessmentRow> {
  if (!deps.content.competence(request.competenceId)) throw new NotFoundError('errors.competenceUnknown');
  const repository = repositories.assessments;
  const started = await repository.findStarted(request.userId, request.competenceId);
  if (started) return started;
  try {
    return await repositories.transaction((tx) => createCompetenceEvaluation(tx, deps, { ...request, isRetry: false }));
  } catch (error) {
    if (repositories.isUniqueViolation(error)) {
      const concurrent = await repository.findStarted(request.userId, request.competenceId);
      if (concurrent) return concurrent;
    }
    throw error;
  }
}
