import type { Clock } from '../../shared/domain/clock';
import { UnauthenticatedError } from '../../shared/domain/errors';
import { apiClientCallsRule } from '../../shared/domain/throttle-policy';
import type { ClientPrincipal } from '../domain/api-client';
import { ApiClientRevokedError, ApiClientTokenOutdatedError } from '../domain/integration-errors';
import type { IntegrationRepositories } from './dependencies';

/**
 * Once per request of a client's token: the client must still exist, not be revoked, and have the
 * secret the token was issued with; the call is then written in the day's audit and counted against
 * the client's rate limit (the shared throttle). Two statements, whatever the request asks.
 */
export async function admitClientCall(repositories: Pick<IntegrationRepositories, 'apiClients' | 'throttle'>, clock: Clock, principal: ClientPrincipal): Promise<void> {
  const admission = await repositories.apiClients.admitCall(principal.clientId, principal.secretVersion, clock.now());
  if (admission.kind === 'unknown') throw new UnauthenticatedError();
  if (admission.kind === 'revoked') throw new ApiClientRevokedError();
  if (admission.kind === 'outdated') throw new ApiClientTokenOutdatedError();
  await repositories.throttle.admit({ rule: apiClientCallsRule(admission.rateLimitPerMinute), key: principal.clientId });
}
