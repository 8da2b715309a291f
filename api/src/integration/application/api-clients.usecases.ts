import type { Viewer } from '../../identity-access-management';
import type { Clock } from '../../shared/domain/clock';
import { NotFoundError } from '../../shared/domain/errors';
import { applyApiClientChanges, validateNewApiClient, type ApiClientChanges, type NewApiClientRequest } from '../domain/api-client';
import type { ApiClientRow, ApiClientUsage } from '../domain/api-client-row';
import { newClientCredentials, newClientSecret } from '../infrastructure/client-token-service';
import type { IntegrationRepositories } from './dependencies';

/** A client and its secret, shown this once. */
export interface IssuedClientSecret {
  client: ApiClientRow;
  clientSecret: string;
}

const snapshot = (client: ApiClientRow) => ({ clientId: client.clientId, name: client.name, contact: client.contact, scopes: client.scopes, uais: client.uais, rateLimitPerMinute: client.rateLimitPerMinute, secretVersion: client.secretVersion, revokedAt: client.revokedAt?.toISOString() ?? null });

/** The platform team creates a client (SUPER_ADMIN; audited): its secret is returned once, only its hash is kept. */
export async function createApiClient(repositories: IntegrationRepositories, deps: { clock: Clock }, viewer: Viewer, request: NewApiClientRequest): Promise<IssuedClientSecret> {
  const valid = validateNewApiClient(request);
  const credentials = newClientCredentials();
  return repositories.transaction(async (tx) => {
    const client = await tx.apiClients.insert({ ...valid, clientId: credentials.clientId, secretHash: credentials.secretHash, createdAt: deps.clock.now(), createdByUserId: viewer.userId });
    await tx.audit.record({ actorUserId: viewer.userId, action: 'API_CLIENT_CREATED', targetType: 'API_CLIENT', targetId: client.id, organizationId: null, before: null, after: snapshot(client) });
    return { client, clientSecret: credentials.clientSecret };
  });
}

/** A new secret (shown once): the old one and every token issued with it stop working at once. */
export async function rotateApiClientSecret(repositories: IntegrationRepositories, deps: { clock: Clock }, viewer: Viewer, clientId: string): Promise<IssuedClientSecret> {
  const secret = newClientSecret();
  return repositories.transaction(async (tx) => {
    const repository = tx.apiClients;
    const before = await repository.lockByClientId(clientId);
    if (!before || before.revokedAt) throw new NotFoundError('errors.integration.clientUnknown');
    const client = await repository.rotateSecret(before.id, secret.secretHash, deps.clock.now());
    await tx.audit.record({ actorUserId: viewer.userId, action: 'API_CLIENT_SECRET_ROTATED', targetType: 'API_CLIENT', targetId: client.id, organizationId: null, before: snapshot(before), after: snapshot(client) });
    return { client, clientSecret: secret.clientSecret };
  });
}

/**
 * Changes a client's name, contact, scopes, UAIs or rate limit (audited). Changed scopes or UAIs end
 * its outstanding tokens (they carry the old rights): the client asks a new one with the same secret.
 */
export async function updateApiClient(repositories: IntegrationRepositories, deps: { clock: Clock }, viewer: Viewer, clientId: string, changes: ApiClientChanges): Promise<ApiClientRow> {
  return repositories.transaction(async (tx) => {
    const repository = tx.apiClients;
    const before = await repository.lockByClientId(clientId);
    if (!before || before.revokedAt) throw new NotFoundError('errors.integration.clientUnknown');
    const { client: valid, rightsChanged } = applyApiClientChanges(before, changes);
    const client = await repository.update(before.id, valid, rightsChanged);
    await tx.audit.record({ actorUserId: viewer.userId, action: 'API_CLIENT_UPDATED', targetType: 'API_CLIENT', targetId: client.id, organizationId: null, before: snapshot(before), after: snapshot(client) });
    return client;
  });
}

/** Revokes a client: its tokens and its secret are refused from the next call on (audited). */
export async function revokeApiClient(repositories: IntegrationRepositories, deps: { clock: Clock }, viewer: Viewer, clientId: string): Promise<ApiClientRow> {
  return repositories.transaction(async (tx) => {
    const repository = tx.apiClients;
    const before = await repository.lockByClientId(clientId);
    if (!before) throw new NotFoundError('errors.integration.clientUnknown');
    if (before.revokedAt) return before;
    const client = await repository.revoke(before.id, deps.clock.now());
    await tx.audit.record({ actorUserId: viewer.userId, action: 'API_CLIENT_REVOKED', targetType: 'API_CLIENT', targetId: client.id, organizationId: null, before: snapshot(before), after: snapshot(client) });
    return client;
  });
}

/** Days of calls shown beside each client. */
export const USAGE_DAYS = 30;

/** Every client with the audit of its calls (count per day over 30 days, last call). */
export async function listApiClients(repositories: IntegrationRepositories, deps: { clock: Clock }): Promise<(ApiClientRow & { usage: ApiClientUsage[] })[]> {
  const since = new Date(deps.clock.now().getTime() - USAGE_DAYS * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return repositories.apiClients.list(since);
}
