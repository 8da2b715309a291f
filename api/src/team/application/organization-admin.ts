import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../identity-access-management';
import { findOrganization, type OrganizationRow } from '../../organizational-entities';
import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import { MembershipRepository } from '../infrastructure/membership.repository';
import { isSupportStaff } from './organization-access';

async function existingOrganization(em: EntityManager, organizationId: number): Promise<OrganizationRow> {
  const organization = await findOrganization(em, organizationId);
  if (!organization) throw new NotFoundError('errors.organizationUnknown');
  return organization;
}

/**
 * Administrators of the organisation act in its name: its team, its pupils' accounts, its SIECLE
 * imports. A real membership is required: the platform team reads a school's data but never acts
 * through the school's own operations (its actions are named staff operations, audited).
 */
export async function assertOrganizationAdmin(em: EntityManager, viewer: Viewer, organizationId: number): Promise<OrganizationRow> {
  const organization = await existingOrganization(em, organizationId);
  const membership = await new MembershipRepository(em).find(organizationId, viewer.userId);
  if (membership?.role !== 'ADMIN') throw new ForbiddenError();
  return organization;
}

/** What the administrators see of their organisation's business (pending invitations, imports): the support team reads it too. */
export async function assertOrganizationAdminOrSupportReader(em: EntityManager, viewer: Viewer, organizationId: number): Promise<OrganizationRow> {
  if (isSupportStaff(viewer)) return existingOrganization(em, organizationId);
  return assertOrganizationAdmin(em, viewer, organizationId);
}
