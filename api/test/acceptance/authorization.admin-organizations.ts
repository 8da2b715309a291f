/**
 * Pix Admin's organisations and certification centres (issue 16) in the authorization matrix of
 * authorization.test.ts: reads by the platform team, named staff operations refused to the roles
 * not named, to members of organisations or centres (`otherCenter`) and to learners. The staff's
 * calls aim at unknown ids, so that the matrix changes nothing (the operations themselves are
 * tested in admin-organizations.test.ts and admin-certification-centers.test.ts).
 */
const STAFF_READERS = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', default: 'ok' } as const;
const ORGANIZATION_STAFF = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'NOT_FOUND' } as const;
const CENTER_STAFF = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', default: 'NOT_FOUND' } as const;

export const ADMIN_ORGANIZATIONS_MATRIX = {
  organizations: { query: '{ organizations(first: 5, filter: { name: "lycee" }) { totalCount edges { node { id tags { name } } } } }', expected: STAFF_READERS },
  tags: { query: '{ tags { id name } }', expected: STAFF_READERS },
  updateOrganization: { query: 'mutation { updateOrganization(input: { id: "999999", name: "Inconnue" }) { id } }', expected: ORGANIZATION_STAFF },
  archiveOrganization: { query: 'mutation { archiveOrganization(id: "999999") { id } }', expected: ORGANIZATION_STAFF },
  changeOrganizationMemberRole: {
    query: 'mutation { changeOrganizationMemberRole(input: { membershipId: "999999", role: MEMBER }) { id } }',
    expected: ORGANIZATION_STAFF,
  },
  removeOrganizationMember: { query: 'mutation { removeOrganizationMember(input: { membershipId: "999999" }) }', expected: ORGANIZATION_STAFF },
  certificationCenters: {
    query: '{ certificationCenters(first: 5, filter: { name: "matrice" }) { totalCount edges { node { id name } } } }',
    expected: { ...STAFF_READERS, METIER: 'FORBIDDEN' },
  },
  updateCertificationCenter: { query: 'mutation { updateCertificationCenter(input: { id: "999999", name: "Inconnu" }) { id } }', expected: CENTER_STAFF },
  archiveCertificationCenter: { query: 'mutation { archiveCertificationCenter(id: "999999") { id } }', expected: CENTER_STAFF },
  changeCertificationCenterMemberRole: {
    query: 'mutation { changeCertificationCenterMemberRole(input: { membershipId: "999999", role: MEMBER }) { id } }',
    expected: CENTER_STAFF,
  },
  removeCertificationCenterMember: { query: 'mutation { removeCertificationCenterMember(input: { membershipId: "999999" }) }', expected: CENTER_STAFF },
};
