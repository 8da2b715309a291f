import { auditComment } from '../../../audit-log';
import type { Viewer } from '../../../identity-access-management';
import { assertValidUai } from '../../../organizational-entities';
import { BadUserInputError } from '../../../shared/domain/errors';
import { validateNewCertificationCenter, type CertificationCenterRow } from '../domain/certification-center';
import type { SessionManagementRepositories } from './session-management-repositories';

/**
 * Platform staff create a certification centre (a named staff operation, in the audit log). A SCO
 * centre is its school's: the school with the same UAI (its pupils can be enrolled); the audit
 * entry is filed under that school.
 */
export async function createCertificationCenter(
  repositories: SessionManagementRepositories,
  viewer: Viewer,
  input: { name: string; type: string; uai?: string | null; externalId?: string | null; comment?: string | null },
): Promise<CertificationCenterRow> {
  const center = validateNewCertificationCenter(input);
  if (center.uai) center.uai = assertValidUai(center.uai);
  const comment = auditComment(input.comment);
  const school = center.type === 'SCO' && center.uai ? await repositories.schools.activeByUai(center.uai) : null;
  try {
    return await repositories.transaction(async (tx) => {
      const created = await tx.centers.create(center);
      await tx.audit.record({
        actorUserId: viewer.userId,
        action: 'CERTIFICATION_CENTER_CREATED',
        targetType: 'CERTIFICATION_CENTER',
        targetId: created.id,
        organizationId: school?.id ?? null,
        before: null,
        after: { name: created.name, type: created.type, uai: created.uai, externalId: created.externalId },
        comment,
      });
      return created;
    });
  } catch (error) {
    if (repositories.isUniqueViolation(error)) throw new BadUserInputError('uai', 'certificationSessions.errors.centerUaiTaken');
    throw error;
  }
}

/** The school of a SCO centre (same UAI), whose pupils it may enrol (null: none, or not a SCO centre). */
export async function schoolOfCenter(
  repositories: Pick<SessionManagementRepositories, 'schools'>,
  center: CertificationCenterRow,
): Promise<{ id: number; name: string } | null> {
  if (center.type !== 'SCO' || !center.uai) return null;
  const school = await repositories.schools.activeByUai(center.uai);
  return school ? { id: school.id, name: school.name } : null;
}
