import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError } from '../../../shared/domain/errors';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { decideStart, validateExternalId, type Participation } from '../domain/participation';
import type { ParticipationRepositories } from './dependencies';
import { participantLearnerOf } from './participant';

export interface ParticipationDeps {
  clock: Clock;
  content: LearningContent;
  throttle: { accountFailures: number; addressFailures: number; windowSeconds: number };
}

export interface StartRequest {
  userId: number;
  address: string;
  locale: string;
  campaignCode: string;
  participantExternalId?: string | null;
}

/**
 * A logged-in learner starts an assessment campaign by its code (domain.md §6), or resumes the
 * participation in progress. The campaign's test starts with it: the adaptive engine over the
 * campaign's skills, skipping what the learner's knowledge already settles (when nothing is left to
 * ask, the participation is TO_SHARE at once). One transaction; two tabs at once make one participation.
 */
export async function startCampaignParticipation(repositories: ParticipationRepositories, deps: ParticipationDeps, request: StartRequest): Promise<Participation> {
  const joinable = await repositories.campaigns.joinable(deps, request.campaignCode, request.address);
  const { campaign } = joinable;
  if (campaign.type !== 'ASSESSMENT') throw new BadUserInputError('campaignCode', 'errors.participation.profilesCollectionHasNoTest');
  const learnerId = await participantLearnerOf(repositories, joinable, request.userId);
  const repository = repositories.participations;
  const existing = learnerId === null ? null : await repository.findActive(campaign.id, learnerId);
  const decision = decideStart(existing);
  if (decision.kind === 'resume') return decision.participation;
  const participantExternalId = validateExternalId(campaign, request.participantExternalId);

  try {
    return await repositories.transaction(async (tx) => {
      const now = deps.clock.now();
      const participation = await tx.participations.insertStarted({
        campaignId: campaign.id,
        userId: request.userId,
        organizationLearnerId: learnerId ?? (await tx.learners.findOrCreateOfUser(campaign.organizationId, request.userId, now)),
        participantExternalId,
        now,
      });
      const targetSkillIds = await tx.campaigns.skillIds(campaign.id);
      const assessment = await tx.evaluation.createCampaignAssessment(deps, {
        userId: request.userId,
        campaignParticipationId: participation.id,
        locale: request.locale,
        targetSkillIds,
      });
      if (assessment.state !== 'COMPLETED') return participation;
      await tx.participations.markToShare(participation.id);
      return { ...participation, status: 'TO_SHARE' as const };
    });
  } catch (error) {
    const concurrentLearnerId = isUniqueViolation(error) ? (learnerId ?? (await participantLearnerOf(repositories, joinable, request.userId))) : null;
    if (concurrentLearnerId !== null) {
      const concurrent = await repository.findActive(campaign.id, concurrentLearnerId);
      if (concurrent) {
        const again = decideStart(concurrent);
        if (again.kind === 'resume') return again.participation;
      }
    }
    throw error;
  }
}
