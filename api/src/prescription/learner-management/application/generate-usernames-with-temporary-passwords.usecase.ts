import { randomInt } from 'node:crypto';
import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import type { Locale } from '../../../shared/i18n/translate';
import type { PupilAccountRow } from '../domain/learner';
import { chooseUsername, temporaryPassword, usernameStem } from '../domain/pupil-credentials';
import { schoolAccountManagement } from '../domain/school-managed-account';
import { credentialsCsv } from '../infrastructure/credentials-csv';
import type { LearnerRepositories } from './dependencies';
import { parseIds, type PupilAccountsDeps, type PupilCredentials, type UnmanagedPupilAccount } from './pupil-accounts';

export interface GeneratedCredentials {
  credentials: PupilCredentials[];
  /** Selected pupils who already had a username: left as they were (reset their password one by one). */
  alreadyWithUsername: PupilAccountRow[];
  /** Selected pupils whose account is their own (e-mail, platform team, member of an organisation): untouched. */
  accountsNotManaged: UnmanagedPupilAccount[];
  csv: string;
}

interface EndedSession {
  userId: number;
  version: number;
}

const USERNAME_RACE_RETRIES = 3;

const isUsernameTaken = (error: unknown) =>
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'users_username_unique';

/**
 * Administrators give the selected pupils a username (`prenom.nomJJMM`) and a temporary password to
 * change at first log-in: an account is created for pupils without one. Only accounts the school may
 * manage (schoolAccountManagement) are touched; the others are listed with the reason. All or nothing.
 */
export async function generateUsernamesWithTemporaryPasswords(
  repositories: LearnerRepositories,
  deps: PupilAccountsDeps,
  viewer: Viewer,
  request: { organizationId: number; learnerIds: string[]; locale: Locale },
): Promise<GeneratedCredentials> {
  await repositories.access.assertAdmin(viewer, request.organizationId);
  const ids = parseIds(request.learnerIds);
  const random = deps.random ?? randomInt;
  for (let attempt = 1; ; attempt += 1) {
    const mark = deps.sessions?.mark() ?? 0;
    const ended: EndedSession[] = [];
    try {
      const generated = await repositories.transaction(async (tx) => {
        const pupils = await tx.pupilAccounts.lockWithAccounts(request.organizationId, ids);
        if (pupils.length !== ids.length) throw new NotFoundError('errors.learners.unknown');
        const accountsNotManaged: UnmanagedPupilAccount[] = [];
        const managed: PupilAccountRow[] = [];
        for (const pupil of pupils) {
          const management = schoolAccountManagement(pupil.account);
          if (management.managed) managed.push(pupil);
          else accountsNotManaged.push({ pupil, reason: management.reason });
        }
        const toGenerate = managed.filter((p) => !p.username);
        const missingBirthdate = toGenerate.find((p) => !p.birthdate);
        if (missingBirthdate)
          throw new BadUserInputError('learnerIds', 'errors.learners.birthdateMissing', { pupil: `${missingBirthdate.firstName} ${missingBirthdate.lastName}` });
        const taken = await tx.pupilAccounts.usernamesTaken(toGenerate.map((p) => usernameStem(p.firstName, p.lastName)));
        const now = deps.clock.now();
        const chosen = toGenerate.map((pupil) => {
          const username = chooseUsername({ ...pupil, birthdate: pupil.birthdate! }, (u) => taken.has(u), random);
          taken.add(username);
          return { pupil, username, temporaryPassword: temporaryPassword(random) };
        });
        const hashes = await Promise.all(chosen.map((c) => deps.hasher.hash(c.temporaryPassword)));
        for (const [i, c] of chosen.entries()) {
          if (c.pupil.userId) {
            ended.push({ userId: c.pupil.userId, version: await tx.pupilAccounts.setTemporaryPassword(c.pupil.userId, c.username, hashes[i], now) });
          } else {
            await tx.pupilAccounts.create(c.pupil, c.username, hashes[i], now);
          }
        }
        return {
          credentials: chosen,
          alreadyWithUsername: managed.filter((p) => p.username),
          accountsNotManaged,
          csv: credentialsCsv(chosen.map((c) => ({ ...c.pupil, username: c.username, temporaryPassword: c.temporaryPassword })), request.locale),
        };
      });
      for (const { userId, version } of ended) deps.sessions?.learn(userId, version, mark);
      return generated;
    } catch (error) {
      // Another administrator took one of these usernames meanwhile: choose again.
      if (!isUsernameTaken(error) || attempt >= USERNAME_RACE_RETRIES) throw error;
    }
  }
}
