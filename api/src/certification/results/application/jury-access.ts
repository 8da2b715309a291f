import { PlatformRole, type Viewer } from '../../../identity-access-management';
import { ForbiddenError } from '../../../shared/domain/errors';

/** Who judges (every jury action and publication): the certification team and the super administrators. */
export const JURY_ROLES: readonly PlatformRole[] = [PlatformRole.CERTIF, PlatformRole.SUPER_ADMIN];
/** Who reads what the jury reads: the jury and the support. */
export const JURY_READER_ROLES: readonly PlatformRole[] = [...JURY_ROLES, PlatformRole.SUPPORT];

export function assertJury(viewer: Viewer | null): Viewer {
  if (!viewer?.platformRole || !JURY_ROLES.includes(viewer.platformRole)) throw new ForbiddenError();
  return viewer;
}

export function assertJuryReader(viewer: Viewer | null): Viewer {
  if (!viewer?.platformRole || !JURY_READER_ROLES.includes(viewer.platformRole)) throw new ForbiddenError();
  return viewer;
}

export const isJuryReader = (viewer: Viewer | null) => !!viewer?.platformRole && JURY_READER_ROLES.includes(viewer.platformRole);
