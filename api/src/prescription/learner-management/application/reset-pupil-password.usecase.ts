import { randomInt } from 'node:crypto';
import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import type { Locale } from '../../../shared/i18n/translate';
import { temporaryPassword } from '../domain/pupil-credentials';
import { schoolAccountManagement, unmanagedAccountMessageKey } from '../domain/school-managed-account';
import type { LearnerRepositories } from './dependencies';
import { parseIds, type PupilAccountsDeps, type PupilCredentials } from './pupil-accounts';

/**
 * An administrator gives a pupil who logs in with a username a new temporary password (the account's
 * sessions and password tokens end), when the school may manage that account.
 */
export async function resetPupilPassword(
  repositories: LearnerRepositories,
  deps: PupilAccountsDeps,
  viewer: Viewer,
  request: { organizationId: number; learnerId: string; locale: Locale },
): Promise<PupilCredentials> {
  await repositories.access.assertAdmin(viewer, request.organizationId);
  const [id] = parseIds([request.learnerId]);
  const password = temporaryPassword(deps.random ?? randomInt);
  const hash = await deps.hasher.hash(password);
  const mark = deps.sessions?.mark() ?? 0;
  const { credentials, version } = await repositories.transaction(async (tx) => {
    const [pupil] = await tx.pupilAccounts.lockWithAccounts(request.organizationId, [id]);
    if (!pupil) throw new NotFoundError('errors.learners.unknown');
    const management = schoolAccountManagement(pupil.account);
    if (!management.managed) throw new BadUserInputError('learnerId', unmanagedAccountMessageKey(management.reason));
    if (!pupil.userId || !pupil.username) throw new BadUserInputError('learnerId', 'errors.learners.noUsername');
    const version = await tx.pupilAccounts.setTemporaryPassword(pupil.userId, pupil.username, hash, deps.clock.now());
    return { credentials: { pupil, username: pupil.username, temporaryPassword: password }, version };
  });
  deps.sessions?.learn(credentials.pupil.userId!, version, mark);
  return credentials;
}
