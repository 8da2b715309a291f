/**
 * Integrators: what the schema assembly and the composition root use of it (no other context
 * imports it). Client-credentials tokens, API clients, the schools' reads, the GAR's single sign-on.
 */
export { API_SCOPES, type ApiScope, type ClientPrincipal } from './domain/api-client';
export { ClientRefusedError, IntegratorOperationForbiddenError, IntegratorTokenRequiredError } from './domain/integration-errors';
export type { IntegrationDependencies, IntegrationRepositories } from './application/dependencies';
export { integrationRepositories } from './application/integration-repositories';
export { admitClientCall } from './application/admit-client-call';
export { ClientTokenService } from './infrastructure/client-token-service';
export { completeGarFirstSignIn, type GarDependencies } from './application/gar-sign-in.usecases';
export { GarServiceProvider } from './infrastructure/gar-service-provider';
export { GarPendingTokens } from './infrastructure/gar-pending-token';
export { GarIdpSessions } from './infrastructure/gar-idp-session-cookie';
