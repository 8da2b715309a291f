import { PlatformRole, type Viewer } from '../../../identity-access-management';
import { ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import type { CenterRole, CertificationCenterRow } from '../domain/certification-center';
import type { SessionManagementRepositories } from './session-management-repositories';

type Repositories = Pick<SessionManagementRepositories, 'centers' | 'memberships'>;

/** The platform team that reads centres' data (never acts in their name): support and the certification team. */
export const CENTER_READING_STAFF: readonly PlatformRole[] = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.CERTIF];

export const isCenterReadingStaff = (viewer: Viewer) => !!viewer.platformRole && CENTER_READING_STAFF.includes(viewer.platformRole);

export async function existingCenter(repositories: Pick<SessionManagementRepositories, 'centers'>, centerId: number, options: { archivedToo?: boolean } = {}): Promise<CertificationCenterRow> {
  const center = await repositories.centers.findById(centerId, options);
  if (!center) throw new NotFoundError('certificationSessions.errors.centerUnknown');
  return center;
}

/** Members of the centre (ADMIN or MEMBER) plan its sessions and enrol its candidates. */
export async function assertCenterMember(repositories: Repositories, viewer: Viewer, centerId: number): Promise<{ center: CertificationCenterRow; role: CenterRole }> {
  const center = await existingCenter(repositories, centerId);
  const membership = await repositories.memberships.find('CERTIFICATION_CENTER', centerId, viewer.userId);
  if (!membership) throw new ForbiddenError();
  return { center, role: membership.role };
}

/** Members of the centre, and the platform's support and certification teams, read its data. */
export async function assertCenterReader(repositories: Repositories, viewer: Viewer, centerId: number): Promise<{ center: CertificationCenterRow; role: CenterRole | null }> {
  if (isCenterReadingStaff(viewer)) {
    // Staff read an archived centre too (its page in Pix Admin); nobody acts in it.
    const center = await existingCenter(repositories, centerId, { archivedToo: true });
    const membership = await repositories.memberships.find('CERTIFICATION_CENTER', centerId, viewer.userId);
    return { center, role: membership?.role ?? null };
  }
  return assertCenterMember(repositories, viewer, centerId);
}
