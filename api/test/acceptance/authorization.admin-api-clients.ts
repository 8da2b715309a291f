/**
 * Pix Admin's "Applications partenaires" (issue 17) in the authorization matrix of
 * authorization.test.ts: the super administrators only; every other staff role, members of
 * organisations, learners and the integrators' own tokens are refused. The calls aim at unknown
 * clients or carry invalid input, so that the matrix changes nothing (the operations themselves are
 * tested in integrators.test.ts and admin-api-clients.test.ts).
 */
const SUPER_ADMIN_ONLY = { anonymous: 'UNAUTHENTICATED', SUPER_ADMIN: 'ok', integrator: 'INTEGRATOR_OPERATION_FORBIDDEN', default: 'FORBIDDEN' } as const;

export const ADMIN_API_CLIENTS_MATRIX = {
  apiClients: { query: '{ apiClients { clientId rateLimitPerMinute usage { day calls } lastCallAt } }', expected: SUPER_ADMIN_ONLY },
  createApiClient: {
    query: 'mutation { createApiClient(input: { name: "", scopes: [] }) { clientId } }',
    expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'BAD_USER_INPUT' },
  },
  rotateApiClientSecret: { query: 'mutation { rotateApiClientSecret(clientId: "inconnu") { clientSecret } }', expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'NOT_FOUND' } },
  revokeApiClient: { query: 'mutation { revokeApiClient(clientId: "inconnu") { revokedAt } }', expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'NOT_FOUND' } },
  updateApiClient: {
    query: 'mutation { updateApiClient(input: { clientId: "inconnu", rateLimitPerMinute: 60 }) { rateLimitPerMinute } }',
    expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'NOT_FOUND' },
  },
};
