import { randomInt } from 'node:crypto';
import type { LearningContent } from '../../../learning-content';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationMember, type OrganizationAccess } from '../../../team';
import { skillsOfTargetProfile } from '../../target-profile';
import { CAMPAIGN_RULES, validateNewCampaign, type Campaign, type CampaignRequest } from '../domain/campaign';
import { generateCampaignCode, type RandomInt } from '../domain/campaign-code';
import type { CampaignRepositories } from './campaign-repositories';

export interface CreateCampaignDeps {
  /** The current release's active skills of a tube (what an assessment copies). */
  content: Pick<LearningContent, 'activeSkillsOfTube'>;
  /** Cryptographic by default: codes must not be predictable. */
  random?: RandomInt;
}

/**
 * A member of the organisation creates a campaign (like Pix Orga). An assessment copies, now, the active
 * skills of its parcours up to each tube's level: later content releases do not change what it targets.
 */
export async function createCampaign(repositories: CampaignRepositories, deps: CreateCampaignDeps, access: OrganizationAccess, request: CampaignRequest): Promise<Campaign> {
  if (!(await repositories.organizations.find(request.organizationId))) throw new NotFoundError('errors.organizationUnknown');
  await assertOrganizationMember(access, request.organizationId);
  const campaign = validateNewCampaign(request);

  let skillIds: string[] = [];
  if (campaign.targetProfileId !== null) {
    const profile = await repositories.targetProfiles.availableTo(campaign.organizationId, campaign.targetProfileId);
    if (!profile) throw new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileUnknown');
    skillIds = skillsOfTargetProfile(deps.content, profile.tubes).map((skill) => skill.id);
    if (!skillIds.length) throw new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileEmpty');
  }

  const random = deps.random ?? randomInt;
  const created = await repositories.transaction((tx) =>
    tx.campaigns.insertWithFreeCode(campaign, access.viewer.userId, skillIds, () => generateCampaignCode(random), CAMPAIGN_RULES.codeAttempts),
  );
  if (!created) throw new Error(`No free campaign code after ${CAMPAIGN_RULES.codeAttempts} attempts`);
  return created;
}
