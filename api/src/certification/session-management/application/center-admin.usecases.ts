import { auditComment } from '../../../audit-log';
import type { Viewer } from '../../../identity-access-management';
import { assertValidUai } from '../../../organizational-entities';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { staffChangeMembership, type MembershipRoleName, type TeamMembershipRow, type TeamRepositories } from '../../../team';
import { centerFilter, validateCenterChanges, type CertificationCenterRow } from '../domain/certification-center';
import { schoolOfCenter } from './create-certification-center.usecase';
import type { SessionManagementRepositories } from './session-management-repositories';

const snapshot = (center: CertificationCenterRow) => ({
  name: center.name,
  type: center.type,
  uai: center.uai,
  externalId: center.externalId,
  ...(center.archivedAt ? { archivedAt: center.archivedAt.toISOString() } : {}),
});

/** The staff's list of centres (the resolver declares who): two statements whatever the page size. */
export function searchCertificationCenters(repositories: Pick<SessionManagementRepositories, 'centers'>, query: { filter?: Parameters<typeof centerFilter>[0] | null; limit: number; offset: number }) {
  return repositories.centers.search(centerFilter(query.filter ?? {}), { limit: query.limit, offset: query.offset });
}

/** Staff edit a centre (a named operation, audited under its school when it is a SCO centre). */
export async function updateCertificationCenter(
  repositories: SessionManagementRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { centerId: number; name?: string | null; type?: string | null; uai?: string | null; externalId?: string | null; comment?: string | null },
): Promise<CertificationCenterRow> {
  const comment = auditComment(input.comment);
  try {
    return await repositories.transaction(async (tx) => {
      const current = await tx.centers.lock(input.centerId);
      if (!current) throw new NotFoundError('certificationSessions.errors.centerUnknown');
      const changes = validateCenterChanges(current, input);
      if (changes.uai) changes.uai = assertValidUai(changes.uai);
      const updated = await tx.centers.update(current.id, changes, deps.clock.now());
      const school = await schoolOfCenter(tx, updated);
      await tx.audit.record({
        actorUserId: viewer.userId,
        action: 'CERTIFICATION_CENTER_UPDATED',
        targetType: 'CERTIFICATION_CENTER',
        targetId: current.id,
        organizationId: school?.id ?? null,
        before: snapshot(current),
        after: snapshot(updated),
        comment,
      });
      return updated;
    });
  } catch (error) {
    if (repositories.isUniqueViolation(error)) throw new BadUserInputError('uai', 'certificationSessions.errors.centerUaiTaken');
    throw error;
  }
}

/**
 * Staff archive a centre: it leaves the lists, its members can no longer act in it nor see it in
 * Pix Certif (team reads memberships of active centres only), its UAI is free again. Its sessions
 * stay (read by staff, the jury's work goes on).
 */
export async function archiveCertificationCenter(
  repositories: SessionManagementRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { centerId: number; comment?: string | null },
): Promise<CertificationCenterRow> {
  const comment = auditComment(input.comment);
  return repositories.transaction(async (tx) => {
    const current = await tx.centers.lock(input.centerId);
    if (!current) throw new NotFoundError('certificationSessions.errors.centerUnknown');
    if (current.archivedAt) throw new BadUserInputError('id', 'adminOrganizations.errors.centerArchived');
    const school = await schoolOfCenter(tx, current);
    const archived = await tx.centers.archive(current.id, viewer.userId, deps.clock.now());
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: 'CERTIFICATION_CENTER_ARCHIVED',
      targetType: 'CERTIFICATION_CENTER',
      targetId: current.id,
      organizationId: school?.id ?? null,
      before: snapshot(current),
      after: snapshot(archived),
      comment,
    });
    return archived;
  });
}

/** Staff change a centre member's role or remove them (audited; the last administrator stays). */
export async function staffChangeCenterMember(
  repositories: Pick<SessionManagementRepositories, 'centers' | 'schools'>,
  team: TeamRepositories,
  viewer: Viewer,
  input: { membershipId: number; role: MembershipRoleName | null; comment?: string | null },
): Promise<TeamMembershipRow | null> {
  return staffChangeMembership(team, viewer, 'CERTIFICATION_CENTER', {
    ...input,
    auditOrganizationOf: async (centerId) => {
      const center = await repositories.centers.findById(centerId, { archivedToo: true });
      return center ? ((await schoolOfCenter(repositories, center))?.id ?? null) : null;
    },
  });
}
