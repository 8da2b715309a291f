import type { LearningContent } from '../../../learning-content';
import { BadUserInputError } from '../../../shared/domain/errors';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import type { CampaignType } from '../../campaign';
import type { Participation } from '../../campaign-participation';
import { collectiveResults, type CompetenceCollectiveResult, type CompetenceTarget } from '../domain/collective-results';
import { recommendTopics, type CampaignSkill, type TubeRecommendation } from '../domain/recommended-topics';
import type { ParticipationListFilter, ParticipationStats } from '../infrastructure/campaign-results.repository';
import type { CampaignResultsRepositories } from './dependencies';

/** The campaign whose results are read (already found by the caller). */
export interface ResultsCampaign {
  id: number;
  organizationId: number;
  type: CampaignType;
}

export const RESULTS_RULES = { searchMaxLength: 200, divisionsMax: 100 } as const;

/**
 * "Activité" and the campaigns list: members of the campaign's organisation and the support team,
 * like the campaign itself. `statsOf` batches the campaigns of a request (the request's loader).
 */
export async function participationStats(
  access: OrganizationAccess,
  campaign: ResultsCampaign,
  statsOf: (campaignId: number) => Promise<ParticipationStats>,
): Promise<ParticipationStats> {
  await assertOrganizationReader(access, campaign.organizationId);
  return statsOf(campaign.id);
}

/** "Participants": a page of the participations that count, alphabetically (French order). */
export async function listCampaignParticipations(
  repositories: CampaignResultsRepositories,
  access: OrganizationAccess,
  campaign: ResultsCampaign,
  filter: ParticipationListFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: Participation[]; totalCount: number }> {
  await assertOrganizationReader(access, campaign.organizationId);
  if ([...(filter.search ?? '')].length > RESULTS_RULES.searchMaxLength)
    throw new BadUserInputError('search', 'errors.field.tooLong', { max: RESULTS_RULES.searchMaxLength });
  if ((filter.divisions?.length ?? 0) > RESULTS_RULES.divisionsMax) throw new BadUserInputError('divisions', 'errors.field.tooMany', { max: RESULTS_RULES.divisionsMax });
  return repositories.participations.list(campaign.id, filter, page);
}

export interface CollectiveResults {
  sharedParticipationsCount: number;
  competences: CompetenceCollectiveResult[];
}

/** The campaign's skills still in the content release. */
async function campaignSkillsOf(repositories: CampaignResultsRepositories, content: LearningContent, campaignId: number) {
  const ids = await repositories.campaigns.skillIds(campaignId);
  return ids.flatMap((id) => {
    const skill = content.skill(id);
    return skill ? [skill] : [];
  });
}

/**
 * "Résultats collectifs" of an assessment (null for a profiles collection, which targets no skill): the
 * sums come from SQL over the read model written at sharing, the rule from the pure domain.
 */
export async function campaignCollectiveResults(
  repositories: CampaignResultsRepositories,
  content: LearningContent,
  access: OrganizationAccess,
  campaign: ResultsCampaign,
): Promise<CollectiveResults | null> {
  await assertOrganizationReader(access, campaign.organizationId);
  if (campaign.type !== 'ASSESSMENT') return null;
  const [skills, sums] = await Promise.all([campaignSkillsOf(repositories, content, campaign.id), repositories.participations.collectiveSums(campaign.id)]);
  const targets = new Map<string, CompetenceTarget>();
  for (const skill of skills) {
    const competence = content.competence(skill.competenceId);
    if (!competence) continue;
    const target = targets.get(competence.id) ?? { competenceId: competence.id, code: competence.code, targetedSkillsCount: 0 };
    target.targetedSkillsCount += 1;
    targets.set(competence.id, target);
  }
  return {
    sharedParticipationsCount: sums.sharedParticipations,
    competences: collectiveResults([...targets.values()], sums.validatedByCompetence, sums.sharedParticipations),
  };
}

export interface TubeAnalysis extends TubeRecommendation {
  /** The tube's campaign skills, by increasing level (their tutorials are shown). */
  skillIds: string[];
}

/** "Analyse" of an assessment (null for a profiles collection): the tubes to work on, from the shared participations. */
export async function campaignAnalysis(
  repositories: CampaignResultsRepositories,
  content: LearningContent,
  access: OrganizationAccess,
  campaign: ResultsCampaign,
): Promise<TubeAnalysis[] | null> {
  await assertOrganizationReader(access, campaign.organizationId);
  if (campaign.type !== 'ASSESSMENT') return null;
  const [skills, participants] = await Promise.all([campaignSkillsOf(repositories, content, campaign.id), repositories.participations.validatedSkillSets(campaign.id)]);
  const campaignSkills: CampaignSkill[] = skills.filter((s) => content.tube(s.tubeId)).map((s) => ({ id: s.id, tubeId: s.tubeId, level: s.level }));
  return recommendTopics(campaignSkills, participants).map((recommendation) => ({
    ...recommendation,
    skillIds: campaignSkills
      .filter((s) => s.tubeId === recommendation.tubeId)
      .sort((a, b) => a.level - b.level)
      .map((s) => s.id),
  }));
}
