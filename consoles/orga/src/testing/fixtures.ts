// Test data shaped like the API's answers (a lycée, a collège, their members and invitations).
import type { MockLink } from '@apollo/client/testing';
import type { MembershipRole, OrganizationType } from '../__generated__/graphql';
import { OrganizationHomeQuery } from '../features/organization/organization.graphql';
import { OrgaMembershipsQuery } from '../organizations/memberships.graphql';

export interface OrganizationFixture {
  __typename: 'Organization';
  id: string;
  name: string;
  type: OrganizationType;
  uai: string | null;
  isManagingStudents: boolean;
}

export const lycee: OrganizationFixture = { __typename: 'Organization', id: 'org-1', name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A', isManagingStudents: true };
export const college: OrganizationFixture = { __typename: 'Organization', id: 'org-2', name: 'Collège Jean Moulin', type: 'SCO', uai: '0759876B', isManagingStudents: true };
export const mediatheque: OrganizationFixture = { __typename: 'Organization', id: 'org-3', name: 'Médiathèque de Lyon', type: 'PRO', uai: null, isManagingStudents: false };

export function orgaMembership(id: string, organization: OrganizationFixture, role: MembershipRole = 'ADMIN') {
  return { __typename: 'Membership' as const, id, role, organization };
}

/** `me { memberships }` of the test user (Camille Martin, user-1). */
export function membershipsMock(memberships: ReturnType<typeof orgaMembership>[]): MockLink.MockedResponse {
  return {
    request: { query: OrgaMembershipsQuery },
    result: { data: { me: { __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin', memberships } } },
  };
}

export function organizationHomeMock(organization: OrganizationFixture, viewerRole: MembershipRole | null = 'ADMIN'): MockLink.MockedResponse {
  return {
    request: { query: OrganizationHomeQuery, variables: { id: organization.id } },
    result: { data: { organization: { ...organization, viewerRole } } },
  };
}

export function teamMember(id: string, user: { id: string; firstName: string; lastName: string; email: string | null }, role: MembershipRole) {
  return { __typename: 'Membership' as const, id, role, user: { __typename: 'User' as const, ...user } };
}

export const camille = { id: 'user-1', firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.net' };
export const leo = { id: 'user-2', firstName: 'Léo', lastName: 'Bernard', email: 'leo.bernard@example.net' };
export const ines = { id: 'user-3', firstName: 'Inès', lastName: 'Durand', email: 'ines.durand@example.net' };

export function invitation(id: string, email: string, role: MembershipRole = 'MEMBER', createdAt = '2026-11-20T10:00:00.000Z') {
  return { __typename: 'OrganizationInvitation' as const, id, email, role, createdAt, expiresAt: '2026-11-27T10:00:00.000Z' };
}
