import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import type { Locale } from '../../../shared/i18n/translate';
import { assertOrganizationAdmin } from '../../../team';
import { temporaryPassword } from '../domain/pupil-credentials';
import { schoolAccountManagement, unmanagedAccountMessageKey } from '../domain/school-managed-account';
import { lockPupilsWithAccounts, setTemporaryPassword } from '../infrastructure/pupil-accounts.repository';
import { parseIds, type PupilAccountsDeps, type PupilCredentials } from './pupil-accounts';

/**
 * An administrator gives a pupil who logs in with a username a new temporary password (the account's
 * sessions and password tokens end), when the school may manage that account.
 */
export async function resetPupilPassword(
  em: EntityManager,
  deps: PupilAccountsDeps,
  viewer: Viewer,
  request: { organizationId: number; learnerId: string; locale: Locale },
): Promise<PupilCredentials> {
  await assertOrganizationAdmin(em, viewer, request.organizationId);
  const [id] = parseIds([request.learnerId]);
  const password = temporaryPassword(deps.random ?? randomInt);
  const hash = await deps.hasher.hash(password);
  const mark = deps.sessions?.mark() ?? 0;
  const { credentials, version } = await em.transactional(async (tem) => {
    const [pupil] = await lockPupilsWithAccounts(tem, request.organizationId, [id]);
    if (!pupil) throw new NotFoundError('errors.learners.unknown');
    const management = schoolAccountManagement(pupil.account);
    if (!management.managed) throw new BadUserInputError('learnerId', unmanagedAccountMessageKey(management.reason));
    if (!pupil.userId || !pupil.username) throw new BadUserInputError('learnerId', 'errors.learners.noUsername');
    const version = await setTemporaryPassword(tem, pupil.userId, pupil.username, hash, deps.clock.now());
    return { credentials: { pupil, username: pupil.username, temporaryPassword: password }, version };
  });
  deps.sessions?.learn(credentials.pupil.userId!, version, mark);
  return credentials;
}
