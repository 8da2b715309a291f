import { BadUserInputError } from '../../../shared/domain/errors';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { decideSend, validateExternalId, type Participation } from '../domain/participation';
import type { ParticipationRepositories } from './dependencies';
import { participantLearnerOf, participationValuesNow } from './participant';
import type { ParticipationDeps } from './start-campaign-participation.usecase';

/**
 * "Envoyer mon profil" in a profiles collection (domain.md §6): a participation shared at once with the
 * snapshot of the whole profile (pix, certifiable or not, certifiable competences). Sent again when the
 * campaign allows several sendings: the earlier sending is kept, marked improved. One transaction.
 */
export async function sendProfile(
  repositories: ParticipationRepositories,
  deps: ParticipationDeps,
  request: { userId: number; address: string; campaignCode: string; participantExternalId?: string | null },
): Promise<Participation> {
  const joinable = await repositories.campaigns.joinable(deps, request.campaignCode, request.address);
  const { campaign } = joinable;
  if (campaign.type !== 'PROFILES_COLLECTION') throw new BadUserInputError('campaignCode', 'errors.participation.notAProfilesCollection');
  const learnerId = await participantLearnerOf(repositories, joinable, request.userId);
  const existing = learnerId === null ? null : await repositories.participations.findActive(campaign.id, learnerId);
  const decision = decideSend(campaign, existing);
  const typed = request.participantExternalId?.trim();
  const participantExternalId = existing?.participantExternalId && !typed ? existing.participantExternalId : validateExternalId(campaign, typed);

  try {
    return await repositories.transaction(async (tx) => {
      const repository = tx.participations;
      const now = deps.clock.now();
      const values = await participationValuesNow(tx, deps.content, campaign, request.userId);
      if (decision.kind === 'share') {
        const shared = await repository.share(decision.participation.id, values, now);
        if (shared) return shared;
      }
      if (decision.kind === 'resend') await repository.markImproved(decision.previous.id);
      const organizationLearnerId = learnerId ?? (await tx.learners.findOrCreateOfUser(campaign.organizationId, request.userId, now));
      return repository.insertShared({ campaignId: campaign.id, userId: request.userId, organizationLearnerId, participantExternalId, now }, values);
    });
  } catch (error) {
    // The same profile sent twice at once (a doubled click): one sending.
    const concurrentLearnerId = isUniqueViolation(error) ? (learnerId ?? (await participantLearnerOf(repositories, joinable, request.userId))) : null;
    const concurrent = concurrentLearnerId === null ? null : await repositories.participations.findActive(campaign.id, concurrentLearnerId);
    if (concurrent?.status === 'SHARED') return concurrent;
    throw error;
  }
}
