import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError } from '../../../shared/domain/errors';
import { throttleRules, type ThrottleSettings } from '../../../shared/domain/throttle-policy';
import { isCampaignCode, normalizeCampaignCode } from '../domain/campaign-code';
import type { CampaignLanding, JoinableCampaign } from '../domain/campaign';
import { createCampaignRepositories, type CampaignRepositories } from './campaign-repositories';

export interface CampaignByCodeDeps {
  clock: Clock;
  /** Unknown codes an address may type in the window before waiting: log-in's per-address limit. */
  throttle: ThrottleSettings;
}

/**
 * An active campaign by a typed code (trimmed, upper-cased). An unknown and an archived code get the
 * same answer; every code is counted per address before it is looked up, and a found one is given back, so that codes cannot be listed
 * by trying them. Used by the landing page and by every way of joining a campaign.
 */
export async function joinableCampaign(
  repositories: Pick<CampaignRepositories, 'throttle' | 'campaigns'>,
  deps: Pick<CampaignByCodeDeps, 'throttle'>,
  typedCode: string,
  address: string,
): Promise<JoinableCampaign> {
  const attempt = await repositories.throttle.admit({ rule: throttleRules(deps.throttle).campaignCodeAddress, key: address });
  const code = normalizeCampaignCode(typedCode);
  const found = isCampaignCode(code) ? await repositories.campaigns.findActiveByCode(code) : null;
  if (!found) throw new NotFoundError('errors.campaign.codeUnknown');
  await attempt.succeeded();
  return found;
}

/**
 * `joinableCampaign` for the other contexts (campaign-participation's ways of joining), on their
 * entity manager (the request's or their transaction's): their signature stays as it was.
 */
export function findJoinableCampaign(em: EntityManager, deps: CampaignByCodeDeps, typedCode: string, address: string): Promise<JoinableCampaign> {
  return joinableCampaign(createCampaignRepositories(em, deps.clock), deps, typedCode, address);
}

/** What the landing page shows, and whether the viewer is already one of the school's pupils. */
export interface CampaignLandingForViewer extends CampaignLanding {
  /** Logged in and linked to an active pupil of the campaign's school (which manages its pupils). */
  viewerLinkedToOrganization: boolean;
}

/**
 * "J'ai un code": anyone may look a code up (public), to see the landing page of an active campaign.
 * A logged-in pupil already linked to the school is told so, and is not asked for their identity again.
 */
export async function campaignByCode(
  repositories: CampaignRepositories,
  deps: Pick<CampaignByCodeDeps, 'throttle'>,
  typedCode: string,
  address: string,
  viewerId: number | null,
): Promise<CampaignLandingForViewer> {
  const { campaign, landing } = await joinableCampaign(repositories, deps, typedCode, address);
  const linked = viewerId !== null && landing.organizationIsManagingStudents ? await repositories.learners.ofUser(campaign.organizationId, viewerId) : null;
  return { ...landing, viewerLinkedToOrganization: linked !== null && !linked.isDisabled };
}
