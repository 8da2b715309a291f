import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { OrganizationRow } from '../domain/organization-rules';
import type { OrganizationRepositories } from './organization-repositories';

/**
 * An organisation, for its members and the support team. Memberships belong to team (which depends
 * on this context), so the caller gives the viewer's organisations, or null for the support team;
 * both reads run side by side.
 */
export async function getOrganization(
  repositories: Pick<OrganizationRepositories, 'organizations'>,
  request: { organizationId: number; viewerOrganizationIds: Promise<readonly number[]> | null },
): Promise<OrganizationRow> {
  const [organization, viewerOrganizationIds] = await Promise.all([repositories.organizations.findById(request.organizationId), request.viewerOrganizationIds]);
  if (!organization) throw new NotFoundError('errors.organizationUnknown');
  if (viewerOrganizationIds && !viewerOrganizationIds.includes(organization.id)) throw new ForbiddenError();
  return organization;
}
