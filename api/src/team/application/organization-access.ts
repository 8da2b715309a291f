import type { EntityManager } from '@mikro-orm/postgresql';
import { PlatformRole, type Viewer } from '../../identity-access-management';
import { ForbiddenError } from '../../shared/domain/errors';
import { organizationMembership, type MembershipRow } from '../domain/team';
import { MembershipRepository } from '../infrastructure/membership.repository';

/**
 * What a use case needs to decide whether the viewer may act in an organisation: who they are and
 * their memberships (read once per request: the GraphQL layer passes its DataLoader).
 */
export interface OrganizationAccess {
  viewer: Viewer;
  memberships(): Promise<readonly MembershipRow[]>;
}

const SUPPORT_ROLES: readonly PlatformRole[] = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

/** The platform team that helps organisations (reads their data, never acts in their name). */
export const isSupportStaff = (viewer: Viewer) => !!viewer.platformRole && SUPPORT_ROLES.includes(viewer.platformRole);

export async function isMemberOf(access: OrganizationAccess, organizationId: number): Promise<boolean> {
  return (await access.memberships()).some((m) => m.organizationId === organizationId);
}

/** Members of the organisation (ADMIN or MEMBER): Pix Orga's everyday work. */
export async function assertOrganizationMember(access: OrganizationAccess, organizationId: number): Promise<void> {
  if (!(await isMemberOf(access, organizationId))) throw new ForbiddenError();
}

/** Members of the organisation, and the support team, may read its data. */
export async function assertOrganizationReader(access: OrganizationAccess, organizationId: number): Promise<void> {
  if (isSupportStaff(access.viewer)) return;
  await assertOrganizationMember(access, organizationId);
}

/** The viewer's access read straight from the database (outside GraphQL, where no request loader exists: the CSV export). */
export function organizationAccessFromDatabase(em: EntityManager, viewer: Viewer): OrganizationAccess {
  return { viewer, memberships: async () => (await new MembershipRepository(em).ofUsers([viewer.userId])).map(organizationMembership) };
}
