import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssessmentRow } from '../domain/assessment';
import { evaluationRepositories } from './evaluation-repositories';
import { assessmentEngineOf, priorKnowledgeOf } from './engine-input';
import type { EvaluationDependencies } from './start-competence-evaluation.usecase';

/**
 * The test of a campaign participation (domain.md §6), in the caller's transaction: the adaptive engine
 * over the campaign's skills, skipping those the learner's knowledge already settles. When nothing is
 * left to ask, the test is completed at once (the caller then marks the participation TO_SHARE).
 */
export async function createCampaignAssessment(
  em: EntityManager,
  deps: EvaluationDependencies,
  request: { userId: number; campaignParticipationId: number; locale: string; targetSkillIds: readonly string[] },
): Promise<AssessmentRow> {
  // Prescription calls it with its transaction's entity manager (the public signature); no answer here, no port needed.
  const repositories = evaluationRepositories(em, {});
  const repository = repositories.assessments;
  const now = deps.clock.now();
  const assessment = await repository.createForCampaign({ ...request, now });
  const prior = await priorKnowledgeOf(repositories, assessment, request.targetSkillIds);
  const decision = assessmentEngineOf(deps.content, assessment, [], prior, request.targetSkillIds).decide();
  const first = decision.kind === 'challenge' ? decision.challengeId : null;
  await repository.moveOn(assessment.id, { currentChallengeId: first, completed: !first, now });
  return (await repository.findById(assessment.id))!;
}
