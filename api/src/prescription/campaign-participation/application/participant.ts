import type { LearningContent } from '../../../learning-content';
import type { Campaign, JoinableCampaign } from '../../campaign';
import { assessmentValuesOf, profileValuesOf, type KnowledgeFact, type ParticipationValues } from '../domain/mastery';
import { ReconciliationRequiredError } from '../domain/participation-errors';
import type { ParticipationRepositories } from './dependencies';

/**
 * The organisation learner who joins: in a school that manages its pupils, the current pupil the
 * account is reconciled with (else RECONCILIATION_REQUIRED: the app shows the reconciliation form);
 * elsewhere the learner made from the account on first participation (null until then).
 */
export async function participantLearnerOf(repositories: Pick<ParticipationRepositories, 'learners'>, joinable: JoinableCampaign, userId: number): Promise<number | null> {
  const learner = await repositories.learners.ofUser(joinable.campaign.organizationId, userId);
  if (joinable.landing.organizationIsManagingStudents && (!learner || learner.isDisabled)) throw new ReconciliationRequiredError();
  return learner?.id ?? null;
}

/** The learner's knowledge now, as participations read it: the latest element of each skill, resets left out. */
export async function knowledgeFactsOf(repositories: Pick<ParticipationRepositories, 'evaluation'>, userId: number): Promise<KnowledgeFact[]> {
  const latest = (await repositories.evaluation.latestKnowledgeElementsOfUsers([userId])).get(userId) ?? [];
  return latest.map((ke) => ({ skillId: ke.skillId, competenceId: ke.competenceId, status: ke.status, earnedPix: ke.earnedPix }));
}

/** What sharing stores now: the campaign's mastery (assessment) or the whole profile (profiles collection). */
export async function participationValuesNow(
  repositories: Pick<ParticipationRepositories, 'evaluation' | 'campaigns'>,
  content: LearningContent, campaign: Campaign, userId: number): Promise<ParticipationValues> {
  const facts = await knowledgeFactsOf(repositories, userId);
  const order = content.competences.map((c) => c.id);
  if (campaign.type === 'PROFILES_COLLECTION') return profileValuesOf(order, facts);
  const skillIds = await repositories.campaigns.skillIds(campaign.id);
  return assessmentValuesOf(targetSkillsOf(content, skillIds), facts, order);
}

/** The campaign's skills with their competence (skills the release no longer knows are left out). */
export function targetSkillsOf(content: LearningContent, skillIds: readonly string[]) {
  return skillIds.flatMap((id) => {
    const skill = content.skill(id);
    return skill ? [{ id, competenceId: skill.competenceId }] : [];
  });
}
