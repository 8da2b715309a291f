import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { UnauthenticatedError } from '../../shared/domain/errors';
import { apiClientCallsRule } from '../../shared/domain/throttle-policy';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import type { ClientPrincipal } from '../domain/api-client';
import { ApiClientRevokedError, ApiClientTokenOutdatedError } from '../domain/integration-errors';
import { ApiClientRepository } from '../infrastructure/api-client.repository';

/**
 * Once per request of a client's token: the client must still exist, not be revoked, and have the
 * secret the token was issued with; the call is then written in the day's audit and counted against
 * the client's rate limit (the shared throttle). Two statements, whatever the request asks.
 */
export async function admitClientCall(em: EntityManager, clock: Clock, principal: ClientPrincipal): Promise<void> {
  const admission = await new ApiClientRepository(em).admitCall(principal.clientId, principal.secretVersion, clock.now());
  if (admission.kind === 'unknown') throw new UnauthenticatedError();
  if (admission.kind === 'revoked') throw new ApiClientRevokedError();
  if (admission.kind === 'outdated') throw new ApiClientTokenOutdatedError();
  await new Throttle(em, clock).admit({ rule: apiClientCallsRule(admission.rateLimitPerMinute), key: principal.clientId });
}
