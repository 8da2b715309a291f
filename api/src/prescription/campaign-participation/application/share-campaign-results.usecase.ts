import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import { ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import type { Participation } from '../domain/participation';
import { ParticipationNotFinishedError } from '../domain/participation-errors';
import type { ParticipationRepositories } from './dependencies';
import { participationValuesNow } from './participant';

/**
 * "J'envoie mes résultats": only the participant, only once the test has ended (TO_SHARE → SHARED).
 * One transaction stores, as they are at this moment, the validated skills, the pix score, the mastery
 * rate and the snapshot of the knowledge they come from. Sending again what is sent changes nothing.
 */
export async function shareCampaignResults(
  repositories: Pick<ParticipationRepositories, 'transaction'>,
  deps: { clock: Clock; content: LearningContent },
  request: { userId: number; participationId: number },
): Promise<Participation> {
  return repositories.transaction(async (tx) => {
    const repository = tx.participations;
    const participation = await repository.lockById(request.participationId);
    if (!participation) throw new NotFoundError('errors.participation.unknown');
    if (participation.userId !== request.userId) throw new ForbiddenError();
    if (participation.status === 'SHARED') return participation;
    if (participation.status === 'STARTED') throw new ParticipationNotFinishedError();
    const campaign = (await tx.campaigns.byId(participation.campaignId))!;
    const values = await participationValuesNow(tx, deps.content, campaign, request.userId);
    return (await repository.share(participation.id, values, deps.clock.now()))!;
  });
}
