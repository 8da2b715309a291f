import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginThrottleRepository } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError, TooManyAttemptsError } from '../../../shared/domain/errors';
import { isCampaignCode, normalizeCampaignCode } from '../domain/campaign-code';
import { CampaignRepository, type CampaignLanding, type JoinableCampaign } from '../infrastructure/campaign.repository';

export interface CampaignByCodeDeps {
  clock: Clock;
  /** Unknown codes an address may type in the window before waiting (log-in's per-address limit). */
  throttle: { addressFailures: number; windowSeconds: number };
}

/**
 * An active campaign by a typed code (trimmed, upper-cased). An unknown and an archived code get the
 * same answer; wrong codes are counted per address, like failed log-ins, so that codes cannot be listed
 * by trying them. Used by the landing page and by every way of joining a campaign.
 */
export async function findJoinableCampaign(em: EntityManager, deps: CampaignByCodeDeps, typedCode: string, address: string): Promise<JoinableCampaign> {
  const now = deps.clock.now();
  const throttle = new LoginThrottleRepository(em);
  const wait = await throttle.secondsBlocked('campaign_code', address, now);
  if (wait > 0) throw new TooManyAttemptsError(wait);
  const code = normalizeCampaignCode(typedCode);
  const found = isCampaignCode(code) ? await new CampaignRepository(em).findActiveByCode(code) : null;
  if (!found) {
    await throttle.recordFailure('campaign_code', address, now, deps.throttle.addressFailures, deps.throttle.windowSeconds);
    throw new NotFoundError('errors.campaign.codeUnknown');
  }
  return found;
}

/** "J'ai un code": anyone may look a code up (public), to see the landing page of an active campaign. */
export async function campaignByCode(em: EntityManager, deps: CampaignByCodeDeps, typedCode: string, address: string): Promise<CampaignLanding> {
  return (await findJoinableCampaign(em, deps, typedCode, address)).landing;
}
