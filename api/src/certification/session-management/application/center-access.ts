import type { EntityManager } from '@mikro-orm/postgresql';
import { PlatformRole, type Viewer } from '../../../identity-access-management';
import { ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import { findTeamMembership } from '../../../team';
import type { CenterRole, CertificationCenterRow } from '../domain/certification-center';
import { CertificationCenterRepository } from '../infrastructure/certification-center.repository';

/** The platform team that reads centres' data (never acts in their name): support and the certification team. */
export const CENTER_READING_STAFF: readonly PlatformRole[] = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.CERTIF];

export const isCenterReadingStaff = (viewer: Viewer) => !!viewer.platformRole && CENTER_READING_STAFF.includes(viewer.platformRole);

export async function existingCenter(em: EntityManager, centerId: number, options: { archivedToo?: boolean } = {}): Promise<CertificationCenterRow> {
  const center = await new CertificationCenterRepository(em).findById(centerId, options);
  if (!center) throw new NotFoundError('certificationSessions.errors.centerUnknown');
  return center;
}

/** Members of the centre (ADMIN or MEMBER) plan its sessions and enrol its candidates. */
export async function assertCenterMember(em: EntityManager, viewer: Viewer, centerId: number): Promise<{ center: CertificationCenterRow; role: CenterRole }> {
  const center = await existingCenter(em, centerId);
  const membership = await findTeamMembership(em, 'CERTIFICATION_CENTER', centerId, viewer.userId);
  if (!membership) throw new ForbiddenError();
  return { center, role: membership.role };
}

/** Members of the centre, and the platform's support and certification teams, read its data. */
export async function assertCenterReader(em: EntityManager, viewer: Viewer, centerId: number): Promise<{ center: CertificationCenterRow; role: CenterRole | null }> {
  if (isCenterReadingStaff(viewer)) {
    // Staff read an archived centre too (its page in Pix Admin); nobody acts in it.
    const center = await existingCenter(em, centerId, { archivedToo: true });
    const membership = await findTeamMembership(em, 'CERTIFICATION_CENTER', centerId, viewer.userId);
    return { center, role: membership?.role ?? null };
  }
  return assertCenterMember(em, viewer, centerId);
}
