import { clientTokenAddressRule } from '../../shared/domain/throttle-policy';
import { grantedScopes } from '../domain/api-client';
import { secretMatches } from '../infrastructure/client-token-service';
import type { IntegrationDependencies, IntegrationRepositories } from './dependencies';

export interface TokenRequest {
  grantType: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  scope: string | undefined;
  address: string;
}

/** RFC 6749 §5.1 and §5.2: a token, or one of the error codes of the grant. */
export type TokenAnswer =
  | { ok: true; accessToken: string; tokenType: 'Bearer'; expiresIn: number; scope: string }
  | { ok: false; error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope'; description: string };

/**
 * POST /oauth/token with the client-credentials grant (RFC 6749 §4.4): the client authenticates with
 * its id and secret (HTTP Basic) and gets a 1-hour token of its scopes and UAIs. Wrong secrets are
 * counted per address before anything is compared (the shared throttle); a success gives it back.
 */
export async function issueClientToken(repositories: Pick<IntegrationRepositories, 'apiClients' | 'throttle'>, deps: IntegrationDependencies, request: TokenRequest): Promise<TokenAnswer> {
  if (request.grantType !== 'client_credentials') {
    return request.grantType
      ? { ok: false, error: 'unsupported_grant_type', description: 'Seul grant_type=client_credentials est accepté.' }
      : { ok: false, error: 'invalid_request', description: 'grant_type est obligatoire (client_credentials).' };
  }
  if (!request.clientId || !request.clientSecret) return { ok: false, error: 'invalid_client', description: "L'identifiant et le secret du client sont attendus en HTTP Basic." };
  const attempt = await repositories.throttle.admit({ rule: clientTokenAddressRule(deps.throttle), key: request.address });
  const client = await repositories.apiClients.byClientId(request.clientId);
  if (!client || client.revokedAt || !secretMatches(request.clientSecret, client.secretHash)) {
    return { ok: false, error: 'invalid_client', description: 'Client inconnu, révoqué, ou secret incorrect.' };
  }
  await attempt.succeeded();
  const scopes = grantedScopes(client.scopes, request.scope);
  if (!scopes) return { ok: false, error: 'invalid_scope', description: `Portées autorisées pour ce client : ${client.scopes.join(' ')}.` };
  const issued = deps.tokens.issue({ clientId: client.clientId, scopes, uais: client.uais, secretVersion: client.secretVersion }, deps.clock.now());
  return { ok: true, accessToken: issued.token, tokenType: 'Bearer', expiresIn: issued.expiresIn, scope: scopes.join(' ') };
}
