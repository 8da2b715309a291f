import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../../learning-content';
import { findOrganization } from '../../../organizational-entities';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationMember, type OrganizationAccess } from '../../../team';
import { findTargetProfileAvailableTo, skillsOfTargetProfile } from '../../target-profile';
import { CAMPAIGN_RULES, validateNewCampaign, type Campaign, type CampaignRequest } from '../domain/campaign';
import { generateCampaignCode, type RandomInt } from '../domain/campaign-code';
import { CampaignRepository } from '../infrastructure/campaign.repository';

export interface CreateCampaignDeps {
  content: LearningContent;
  /** Cryptographic by default: codes must not be predictable. */
  random?: RandomInt;
}

/**
 * A member of the organisation creates a campaign (like Pix Orga). An assessment copies, now, the active
 * skills of its parcours up to each tube's level: later content releases do not change what it targets.
 */
export async function createCampaign(em: EntityManager, deps: CreateCampaignDeps, access: OrganizationAccess, request: CampaignRequest): Promise<Campaign> {
  if (!(await findOrganization(em, request.organizationId))) throw new NotFoundError('errors.organizationUnknown');
  await assertOrganizationMember(access, request.organizationId);
  const campaign = validateNewCampaign(request);

  let skillIds: string[] = [];
  if (campaign.targetProfileId !== null) {
    const profile = await findTargetProfileAvailableTo(em, campaign.organizationId, campaign.targetProfileId);
    if (!profile) throw new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileUnknown');
    skillIds = skillsOfTargetProfile(deps.content, profile.tubes).map((skill) => skill.id);
    if (!skillIds.length) throw new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileEmpty');
  }

  const random = deps.random ?? randomInt;
  const created = await em.transactional((tem) =>
    new CampaignRepository(tem).insertWithFreeCode(campaign, access.viewer.userId, skillIds, () => generateCampaignCode(random), CAMPAIGN_RULES.codeAttempts),
  );
  if (!created) throw new Error(`No free campaign code after ${CAMPAIGN_RULES.codeAttempts} attempts`);
  return created;
}
