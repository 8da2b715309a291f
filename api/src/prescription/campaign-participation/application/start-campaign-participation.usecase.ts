import type { EntityManager } from '@mikro-orm/postgresql';
import { createCampaignAssessment } from '../../../evaluation';
import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError } from '../../../shared/domain/errors';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { skillIdsOfCampaign, findJoinableCampaign } from '../../campaign';
import { findOrCreateLearnerOfUser } from '../../learner-management';
import { decideStart, validateExternalId, type Participation } from '../domain/participation';
import { CampaignParticipationRepository } from '../infrastructure/campaign-participation.repository';
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
export async function startCampaignParticipation(em: EntityManager, deps: ParticipationDeps, request: StartRequest): Promise<Participation> {
  const joinable = await findJoinableCampaign(em, deps, request.campaignCode, request.address);
  const { campaign } = joinable;
  if (campaign.type !== 'ASSESSMENT') throw new BadUserInputError('campaignCode', 'errors.participation.profilesCollectionHasNoTest');
  const learnerId = await participantLearnerOf(em, joinable, request.userId);
  const repository = new CampaignParticipationRepository(em);
  const existing = learnerId === null ? null : await repository.findActive(campaign.id, learnerId);
  const decision = decideStart(existing);
  if (decision.kind === 'resume') return decision.participation;
  const participantExternalId = validateExternalId(campaign, request.participantExternalId);

  try {
    return await em.transactional(async (tem) => {
      const now = deps.clock.now();
      const participation = await new CampaignParticipationRepository(tem).insertStarted({
        campaignId: campaign.id,
        userId: request.userId,
        organizationLearnerId: learnerId ?? (await findOrCreateLearnerOfUser(tem, campaign.organizationId, request.userId, now)),
        participantExternalId,
        now,
      });
      const targetSkillIds = await skillIdsOfCampaign(tem, campaign.id);
      const assessment = await createCampaignAssessment(tem, deps, {
        userId: request.userId,
        campaignParticipationId: participation.id,
        locale: request.locale,
        targetSkillIds,
      });
      if (assessment.state !== 'COMPLETED') return participation;
      await new CampaignParticipationRepository(tem).markToShare(participation.id);
      return { ...participation, status: 'TO_SHARE' as const };
    });
  } catch (error) {
    const concurrentLearnerId = isUniqueViolation(error) ? (learnerId ?? (await participantLearnerOf(em, joinable, request.userId))) : null;
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
