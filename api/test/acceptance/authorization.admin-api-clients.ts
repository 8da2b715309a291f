/**
 * Pix Admin's "Applications partenaires" and the integrators' operations (issue 17) in the authorization matrix of
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

/** An integrator's token (every scope, every school) opens the integrators' reads only; the GAR's log-out questions are public. */
const INTEGRATORS_ONLY = { anonymous: 'UNAUTHENTICATED', integrator: 'ok', default: 'INTEGRATOR_TOKEN_REQUIRED' } as const;

export const INTEGRATORS_MATRIX = {
  // The GAR is not configured in this test API: every first-time token is refused.
  completeGarSignIn: {
    query: 'mutation { completeGarSignIn(input: { garToken: "faux", campaignCode: "yrbvdf759", birthdate: "2010-03-05" }) { campaignCode } }',
    expected: { default: 'INVALID_TOKEN' },
  },
  garSignOutUrl: { query: '{ garSignOutUrl }', expected: { default: 'ok' } },
  garSession: { query: '{ garSession }', expected: { default: 'ok' } },
  organizationLearnersByUai: { query: '{ organizationLearnersByUai(uai: "0759999Z", first: 5) { totalCount edges { node { ine loginMethods } } } }', expected: INTEGRATORS_ONLY },
  campaignResultsByUai: { query: '{ campaignResultsByUai(uai: "0759999Z") { totalCount edges { node { ine campaignCode } } } }', expected: INTEGRATORS_ONLY },
  certificationResultsByUai: { query: '{ certificationResultsByUai(uai: "0759999Z") { totalCount edges { node { ine status } } } }', expected: INTEGRATORS_ONLY },
};
