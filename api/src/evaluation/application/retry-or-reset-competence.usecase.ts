import { NotFoundError } from '../../shared/domain/errors';
import { FRAMEWORK_RULES } from '../../shared/domain/framework-rules';
import { resetAvailability, retryAvailability } from '../domain/competence-evaluation-rules';
import { ResetNotAvailableError, RetryNotAvailableError } from '../domain/evaluation-errors';
import { scoreCompetence } from '../domain/profile';
import type { AssessmentRow } from '../domain/assessment';
import type { EvaluationRepositories } from './dependencies';
import { createCompetenceEvaluation, type EvaluationDependencies } from './start-competence-evaluation.usecase';

interface Request {
  userId: number;
  competenceId: string;
  locale: string;
}

async function competenceFacts(repositories: EvaluationRepositories, deps: EvaluationDependencies, request: Request) {
  if (!deps.content.competence(request.competenceId)) throw new NotFoundError('errors.competenceUnknown');
  const latest = await repositories.latestKnowledgeOfCompetence(request.userId, request.competenceId);
  const known = latest.filter((ke) => ke.status !== 'reset');
  const lastKnowledgeElementAt = known.length ? new Date(Math.max(...known.map((ke) => ke.createdAt.getTime()))) : null;
  const score = scoreCompetence(
    request.competenceId,
    latest.filter((ke) => ke.status === 'validated').map((ke) => ke.earnedPix),
  );
  return { latest, lastKnowledgeElementAt, level: score.level };
}

/** "Retenter" (the learner, for themself): a new test where earlier failures are asked again. */
export async function retryCompetence(repositories: EvaluationRepositories, deps: EvaluationDependencies, request: Request): Promise<AssessmentRow> {
  return repositories.transaction(async (tx) => {
    const started = await tx.assessments.findStarted(request.userId, request.competenceId);
    if (started) return started;
    const facts = await competenceFacts(tx, deps, request);
    const availability = retryAvailability({
      completed: facts.lastKnowledgeElementAt !== null,
      level: facts.level,
      maxLevel: FRAMEWORK_RULES.maxReachableLevel,
      lastKnowledgeElementAt: facts.lastKnowledgeElementAt,
      now: deps.clock.now(),
    });
    if (!availability.available) throw new RetryNotAvailableError(availability.inDays);
    return createCompetenceEvaluation(tx, deps, { ...request, isRetry: true });
  });
}

/**
 * "Remettre à zéro" (the learner, for themself): every knowledge element of the competence gets a
 * `reset` copy (history kept), the level goes back to 0 and a new test starts from scratch.
 */
export async function resetCompetence(repositories: EvaluationRepositories, deps: EvaluationDependencies, request: Request): Promise<AssessmentRow> {
  return repositories.transaction(async (tx) => {
    const facts = await competenceFacts(tx, deps, request);
    const availability = resetAvailability({ lastKnowledgeElementAt: facts.lastKnowledgeElementAt, now: deps.clock.now() });
    if (!availability.available) throw new ResetNotAvailableError(availability.inDays);
    const now = deps.clock.now();
    await tx.assessments.closeStarted(request.userId, request.competenceId, now);
    await tx.addKnowledgeElements(
      facts.latest
        .filter((ke) => ke.status !== 'reset')
        .map((ke) => ({
          userId: request.userId,
          skillId: ke.skillId,
          competenceId: request.competenceId,
          status: 'reset' as const,
          source: 'direct' as const,
          earnedPix: 0,
          assessmentId: null,
          answerId: null,
          createdAt: now,
        })),
    );
    return createCompetenceEvaluation(tx, deps, { ...request, isRetry: false });
  });
}
