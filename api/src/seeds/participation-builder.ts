import type { EntityManager } from '@mikro-orm/postgresql';
import { createCampaignAssessment } from '../evaluation';
import { AssessmentRepository } from '../evaluation/infrastructure/assessment.repository';
import type { LearningContent } from '../learning-content/domain/learning-content';
import { CampaignRepository } from '../prescription/campaign/infrastructure/campaign.repository';
import { participationValuesNow } from '../prescription/campaign-participation/application/participant';
import { shareCampaignResults } from '../prescription/campaign-participation/application/share-campaign-results.usecase';
import { CampaignParticipationRepository } from '../prescription/campaign-participation/infrastructure/campaign-participation.repository';
import { participationRepositoriesOn } from '../prescription/campaign-participation/application/participation-repositories';
import { buildKnowledgeElements } from './database-builder';

export interface KnowledgeSeed {
  skillId: string;
  status: 'validated' | 'invalidated';
}

export interface ParticipationSeed {
  campaignId: number;
  userId: number;
  organizationLearnerId: number;
  /** A profiles collection is always SHARED. */
  status: 'STARTED' | 'TO_SHARE' | 'SHARED';
  /**
   * Assessment: STARTED — what the learner knew before (the test skips it); TO_SHARE / SHARED — what
   * the test found. Profiles collection: the learner's profile when sending.
   */
  knowledge?: KnowledgeSeed[];
  participantExternalId?: string | null;
  createdAt?: Date;
  /** SHARED: when the results were sent (a few minutes after the start by default). */
  sharedAt?: Date;
}

const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/**
 * A participation as the application leaves it, for tests and the demo data: the campaign's test
 * created by the evaluation (its first challenge chosen by the engine when in progress), the
 * knowledge it found, and what sharing stores computed by the sharing use case itself (values,
 * snapshot, collective results' read model). Runs in the caller's transaction when there is one.
 */
export async function buildCampaignParticipation(em: EntityManager, content: LearningContent, seed: ParticipationSeed): Promise<{ id: number }> {
  const campaign = (await new CampaignRepository(em).findById(seed.campaignId))!;
  const repository = new CampaignParticipationRepository(em);
  const createdAt = seed.createdAt ?? new Date();
  const identity = {
    campaignId: campaign.id,
    userId: seed.userId,
    organizationLearnerId: seed.organizationLearnerId,
    participantExternalId: seed.participantExternalId ?? null,
    now: createdAt,
  };
  const knowledge = (assessmentId: number | null, at: Date) =>
    buildKnowledgeElements(em, content, (seed.knowledge ?? []).map((k) => ({ userId: seed.userId, skillId: k.skillId, status: k.status, assessmentId, createdAt: at })));

  if (campaign.type === 'PROFILES_COLLECTION') {
    await knowledge(null, minutesAfter(createdAt, -60 * 24 * 7));
    const values = await participationValuesNow(participationRepositoriesOn(em, { now: () => createdAt }), content, campaign, seed.userId);
    const sent = await repository.insertShared({ ...identity, now: seed.sharedAt ?? createdAt }, values);
    return { id: sent.id };
  }

  const targetSkillIds = await new CampaignRepository(em).skillIdsOf(campaign.id);
  if (seed.status === 'STARTED') {
    await knowledge(null, minutesAfter(createdAt, -60 * 24 * 7));
    const participation = await repository.insertStarted(identity);
    const clock = { now: () => createdAt };
    const assessment = await createCampaignAssessment(em, { content, clock }, { userId: seed.userId, campaignParticipationId: participation.id, locale: 'fr', targetSkillIds });
    if (assessment.state === 'COMPLETED') await repository.markToShare(participation.id);
    return { id: participation.id };
  }

  const participation = await repository.insertStarted(identity);
  const ended = minutesAfter(createdAt, 25);
  const assessments = new AssessmentRepository(em);
  const assessment = await assessments.createForCampaign({ userId: seed.userId, campaignParticipationId: participation.id, locale: 'fr', now: createdAt });
  await knowledge(assessment.id, ended);
  await assessments.moveOn(assessment.id, { currentChallengeId: null, completed: true, now: ended });
  await repository.markToShare(participation.id);
  if (seed.status === 'SHARED') {
    const clock = { now: () => seed.sharedAt ?? minutesAfter(ended, 1) };
    await shareCampaignResults(participationRepositoriesOn(em, clock), { clock, content }, { userId: seed.userId, participationId: participation.id });
  }
  return { id: participation.id };
}
