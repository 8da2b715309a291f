import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginThrottleRepository } from '../../../identity-access-management/infrastructure/login-throttle.repository';
import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError, TooManyAttemptsError } from '../../../shared/domain/errors';
import { isCampaignCode, normalizeCampaignCode } from '../domain/campaign-code';
import { CampaignRepository, type CampaignLanding } from '../infrastructure/campaign.repository';

export interface CampaignByCodeDeps {
  clock: Clock;
  /** Unknown codes an address may type in the window before waiting (log-in's per-address limit). */
  throttle: { addressFailures: number; windowSeconds: number };
}

/**
 * "J'ai un code": anyone may look a code up (public), to see the landing page of an active campaign.
 * An unknown and an archived code get the same answer; wrong codes are counted per address, like
 * failed log-ins, so that codes cannot be listed by trying them.
 */
export async function campaignByCode(em: EntityManager, deps: CampaignByCodeDeps, typedCode: string, address: string): Promise<CampaignLanding> {
  const now = deps.clock.now();
  const throttle = new LoginThrottleRepository(em);
  const wait = await throttle.secondsBlocked('campaign_code', address, now);
  if (wait > 0) throw new TooManyAttemptsError(wait);
  const code = normalizeCampaignCode(typedCode);
  const landing = isCampaignCode(code) ? await new CampaignRepository(em).findActiveLanding(code) : null;
  if (!landing) {
    await throttle.recordFailure('campaign_code', address, now, deps.throttle.addressFailures, deps.throttle.windowSeconds);
    throw new NotFoundError('errors.campaign.codeUnknown');
  }
  return landing;
}
