import { auditComment } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import type { Clock } from '../../shared/domain/clock';
import { BadUserInputError, NotFoundError } from '../../shared/domain/errors';
import type { OrganizationRow } from '../domain/organization-rules';
import type { OrganizationRepositories } from './organization-repositories';
import { organizationSnapshot } from './organization-snapshot';

/**
 * Staff archive an organisation: it leaves the lists, its campaigns are archived, its members can
 * no longer act in it nor see it in Pix Orga (team reads memberships of active organisations only),
 * its UAI is free for a new organisation. Audited with how many campaigns were archived, in one
 * transaction.
 */
export async function archiveOrganization(
  repositories: OrganizationRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { organizationId: number; comment?: string | null },
): Promise<OrganizationRow> {
  const comment = auditComment(input.comment);
  return repositories.transaction(async (tx) => {
    const current = await tx.organizations.lock(input.organizationId);
    if (!current) throw new NotFoundError('errors.organizationUnknown');
    if (current.archivedAt) throw new BadUserInputError('id', 'adminOrganizations.errors.organizationArchived');
    const at = deps.clock.now();
    const archived = await tx.organizations.archive(current.id, viewer.userId, at);
    const campaignsArchived = await tx.campaigns.archiveOf(current.id, at);
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: 'ORGANIZATION_ARCHIVED',
      targetType: 'ORGANIZATION',
      targetId: current.id,
      organizationId: current.id,
      before: organizationSnapshot(current),
      after: { ...organizationSnapshot(archived), campaignsArchived },
      comment,
    });
    return archived;
  });
}
