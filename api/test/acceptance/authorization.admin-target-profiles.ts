/**
 * Pix Admin's target profiles (issue 16) in the authorization matrix of authorization.test.ts: the
 * content team (METIER) and the super administrators act, the support team reads, every other role
 * is refused. The actors' calls are refused by validation (no tube, unknown ids), so that the matrix
 * changes nothing (the operations themselves: admin-target-profiles.test.ts).
 */
const READERS = { anonymous: 'UNAUTHENTICATED', SUPER_ADMIN: 'ok', METIER: 'ok', SUPPORT: 'ok', default: 'FORBIDDEN' } as const;
const ACTORS = (outcome: string) => ({ anonymous: 'UNAUTHENTICATED', SUPER_ADMIN: outcome, METIER: outcome, default: 'FORBIDDEN' });

export const ADMIN_TARGET_PROFILES_MATRIX = {
  adminTargetProfiles: { query: '{ adminTargetProfiles(first: 5, filter: { search: "matrice", category: CUSTOM }) { totalCount edges { node { id organizationCount campaignCount } } } }', expected: READERS },
  adminTargetProfile: { query: '{ adminTargetProfile(id: "999999") { id } }', expected: { ...READERS, SUPER_ADMIN: 'NOT_FOUND', METIER: 'NOT_FOUND', SUPPORT: 'NOT_FOUND' } },
  targetProfileBuilderFramework: { query: '{ targetProfileBuilderFramework { code tubes { id skills { level } } } }', expected: READERS },
  createTargetProfile: { query: 'mutation { createTargetProfile(input: { name: "Matrice", category: CUSTOM, tubes: [] }) { id } }', expected: ACTORS('BAD_USER_INPUT') },
  copyTargetProfile: { query: 'mutation { copyTargetProfile(id: "999999") { id } }', expected: ACTORS('NOT_FOUND') },
  updateTargetProfile: { query: 'mutation { updateTargetProfile(input: { id: "999999", name: "Matrice", category: CUSTOM }) { id } }', expected: ACTORS('NOT_FOUND') },
  attachTargetProfileToOrganizations: {
    query: 'mutation { attachTargetProfileToOrganizations(input: { targetProfileId: "999999", organizationIds: ["{{organizationId}}"] }) { id } }',
    expected: ACTORS('NOT_FOUND'),
  },
  detachTargetProfileFromOrganizations: {
    query: 'mutation { detachTargetProfileFromOrganizations(input: { targetProfileId: "999999", organizationIds: ["{{organizationId}}"] }) { id } }',
    expected: ACTORS('NOT_FOUND'),
  },
};
