import type { EntityManager } from '@mikro-orm/postgresql';
import { auditComment, recordAuditEntry } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import type { Clock } from '../../shared/domain/clock';
import { BadUserInputError, NotFoundError } from '../../shared/domain/errors';
import type { OrganizationRow } from '../domain/organization-rules';
import { OrganizationRepository } from '../infrastructure/organization.repository';
import { organizationSnapshot } from './organization-snapshot';

/**
 * What archiving an organisation does elsewhere, in the same transaction: its campaigns are
 * archived. Organisations do not import campaigns (campaigns depend on organisations): the
 * composition root gives prescription/campaign's function (platform.ts, `services.organizationArchival`).
 */
export interface OrganizationArchival {
  archiveCampaignsOf(em: EntityManager, organizationId: number, at: Date): Promise<number>;
}

/**
 * Staff archive an organisation: it leaves the lists, its campaigns are archived, its members can
 * no longer act in it nor see it in Pix Orga (team reads memberships of active organisations only),
 * its UAI is free for a new organisation. Audited with how many campaigns were archived.
 */
export async function archiveOrganization(
  em: EntityManager,
  deps: { clock: Clock; archival: OrganizationArchival },
  viewer: Viewer,
  input: { organizationId: number; comment?: string | null },
): Promise<OrganizationRow> {
  const comment = auditComment(input.comment);
  return em.transactional(async (tem) => {
    const organizations = new OrganizationRepository(tem);
    const current = await organizations.lock(input.organizationId);
    if (!current) throw new NotFoundError('errors.organizationUnknown');
    if (current.archivedAt) throw new BadUserInputError('id', 'adminOrganizations.errors.organizationArchived');
    const at = deps.clock.now();
    const archived = await organizations.archive(current.id, viewer.userId, at);
    const campaignsArchived = await deps.archival.archiveCampaignsOf(tem, current.id, at);
    await recordAuditEntry(tem, deps.clock, {
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
