import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import type { PasswordHasher } from '../../../identity-access-management';
import { RefreshTokenRepository } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import type { Locale } from '../../../shared/i18n/translate';
import { assertOrganizationAdmin } from '../../../team';
import { chooseUsername, temporaryPassword, usernameStem, type RandomInt } from '../domain/pupil-credentials';
import { credentialsCsv } from '../infrastructure/credentials-csv';
import {
  createPupilAccount,
  lockPupilsWithAccounts,
  setTemporaryPassword,
  usernamesTaken,
  type PupilAccountRow,
} from '../infrastructure/pupil-accounts.repository';

export interface PupilAccountsDeps {
  clock: Clock;
  hasher: PasswordHasher;
  random?: RandomInt;
}

export interface PupilCredentials {
  pupil: PupilAccountRow;
  username: string;
  temporaryPassword: string;
}

export interface GeneratedCredentials {
  credentials: PupilCredentials[];
  /** Selected pupils who already had a username: left as they were (reset their password one by one). */
  alreadyWithUsername: PupilAccountRow[];
  csv: string;
}

/** At most one large class at a time: hashing is deliberately slow. */
export const MAX_PUPILS_PER_GENERATION = 200;
const USERNAME_RACE_RETRIES = 3;

const isUsernameTaken = (error: unknown) =>
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'users_username_unique';

function parseIds(ids: string[]): number[] {
  const numbers = [...new Set(ids.map(Number))];
  if (!numbers.length) throw new BadUserInputError('learnerIds', 'errors.learners.noneSelected');
  if (numbers.length > MAX_PUPILS_PER_GENERATION)
    throw new BadUserInputError('learnerIds', 'errors.learners.tooMany', { max: MAX_PUPILS_PER_GENERATION });
  if (numbers.some((n) => !Number.isInteger(n) || n <= 0)) throw new NotFoundError('errors.learners.unknown');
  return numbers;
}

/**
 * Administrators give the selected pupils a username (`prenom.nomJJMM`) and a temporary password to
 * change at first log-in: an account is created for pupils without one. All or nothing.
 */
export async function generateUsernamesWithTemporaryPasswords(
  em: EntityManager,
  deps: PupilAccountsDeps,
  viewer: Viewer,
  request: { organizationId: number; learnerIds: string[]; locale: Locale },
): Promise<GeneratedCredentials> {
  await assertOrganizationAdmin(em, viewer, request.organizationId);
  const ids = parseIds(request.learnerIds);
  const random = deps.random ?? randomInt;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.transactional(async (tem) => {
        const pupils = await lockPupilsWithAccounts(tem, request.organizationId, ids);
        if (pupils.length !== ids.length) throw new NotFoundError('errors.learners.unknown');
        const missingBirthdate = pupils.find((p) => !p.birthdate);
        if (missingBirthdate)
          throw new BadUserInputError('learnerIds', 'errors.learners.birthdateMissing', { pupil: `${missingBirthdate.firstName} ${missingBirthdate.lastName}` });
        const toGenerate = pupils.filter((p) => !p.username);
        const taken = await usernamesTaken(tem, toGenerate.map((p) => usernameStem(p.firstName, p.lastName)));
        const now = deps.clock.now();
        const chosen = toGenerate.map((pupil) => {
          const username = chooseUsername({ ...pupil, birthdate: pupil.birthdate! }, (u) => taken.has(u), random);
          taken.add(username);
          return { pupil, username, temporaryPassword: temporaryPassword(random) };
        });
        const hashes = await Promise.all(chosen.map((c) => deps.hasher.hash(c.temporaryPassword)));
        for (const [i, c] of chosen.entries()) {
          if (c.pupil.userId) {
            await setTemporaryPassword(tem, c.pupil.userId, c.username, hashes[i], now);
            await new RefreshTokenRepository(tem).revokeAllOfUser(c.pupil.userId, now);
          } else {
            await createPupilAccount(tem, c.pupil, c.username, hashes[i], now);
          }
        }
        return {
          credentials: chosen,
          alreadyWithUsername: pupils.filter((p) => p.username),
          csv: credentialsCsv(chosen.map((c) => ({ ...c.pupil, username: c.username, temporaryPassword: c.temporaryPassword })), request.locale),
        };
      });
    } catch (error) {
      // Another administrator took one of these usernames meanwhile: choose again.
      if (!isUsernameTaken(error) || attempt >= USERNAME_RACE_RETRIES) throw error;
    }
  }
}

/** An administrator gives a pupil who logs in with a username a new temporary password (sessions end). */
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
  return em.transactional(async (tem) => {
    const [pupil] = await lockPupilsWithAccounts(tem, request.organizationId, [id]);
    if (!pupil) throw new NotFoundError('errors.learners.unknown');
    if (!pupil.userId || !pupil.username) throw new BadUserInputError('learnerId', 'errors.learners.noUsername');
    const now = deps.clock.now();
    await setTemporaryPassword(tem, pupil.userId, pupil.username, hash, now);
    await new RefreshTokenRepository(tem).revokeAllOfUser(pupil.userId, now);
    return { pupil, username: pupil.username, temporaryPassword: password };
  });
}
