import type { EntityManager } from '@mikro-orm/postgresql';
import { auditComment, recordAuditEntry } from '../../../audit-log';
import type { Viewer } from '../../../identity-access-management';
import { assertValidUai, findActiveSchoolByUai } from '../../../organizational-entities';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError } from '../../../shared/domain/errors';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { validateNewCertificationCenter, type CertificationCenterRow } from '../domain/certification-center';
import { CertificationCenterRepository } from '../infrastructure/certification-center.repository';

/**
 * Platform staff create a certification centre (a named staff operation, in the audit log). A SCO
 * centre is its school's: the school with the same UAI (its pupils can be enrolled); the audit
 * entry is filed under that school.
 */
export async function createCertificationCenter(
  em: EntityManager,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { name: string; type: string; uai?: string | null; externalId?: string | null; comment?: string | null },
): Promise<CertificationCenterRow> {
  const center = validateNewCertificationCenter(input);
  if (center.uai) center.uai = assertValidUai(center.uai);
  const comment = auditComment(input.comment);
  const school = center.type === 'SCO' && center.uai ? await findActiveSchoolByUai(em, center.uai) : null;
  try {
    return await em.transactional(async (tem) => {
      const created = await new CertificationCenterRepository(tem).create(center);
      await recordAuditEntry(tem, deps.clock, {
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
    if (isUniqueViolation(error)) throw new BadUserInputError('uai', 'certificationSessions.errors.centerUaiTaken');
    throw error;
  }
}

/** The school of a SCO centre (same UAI), whose pupils it may enrol (null: none, or not a SCO centre). */
export async function schoolOfCenter(em: EntityManager, center: CertificationCenterRow): Promise<{ id: number; name: string } | null> {
  if (center.type !== 'SCO' || !center.uai) return null;
  const school = await findActiveSchoolByUai(em, center.uai);
  return school ? { id: school.id, name: school.name } : null;
}
