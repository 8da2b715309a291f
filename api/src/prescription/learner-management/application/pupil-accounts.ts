import type { PasswordHasher, SessionVersions } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import type { PupilAccountRow } from '../domain/learner';
import type { RandomInt } from '../domain/pupil-credentials';
import type { UnmanagedAccountReason } from '../domain/school-managed-account';

/** What the pupil-account use cases need from the outside. */
export interface PupilAccountsDeps {
  clock: Clock;
  hasher: PasswordHasher;
  /** Told of the sessions ended here, so that this API node refuses their access tokens at once. */
  sessions?: Pick<SessionVersions, 'mark' | 'learn'>;
  random?: RandomInt;
}

export interface PupilCredentials {
  pupil: PupilAccountRow;
  username: string;
  temporaryPassword: string;
}

export interface UnmanagedPupilAccount {
  pupil: PupilAccountRow;
  reason: UnmanagedAccountReason;
}

/** At most one large class at a time: hashing is deliberately slow. */
export const MAX_PUPILS_PER_GENERATION = 200;

/** The selected learners' ids: at least one, at most MAX_PUPILS_PER_GENERATION. */
export function parseIds(ids: string[]): number[] {
  const numbers = [...new Set(ids.map(Number))];
  if (!numbers.length) throw new BadUserInputError('learnerIds', 'errors.learners.noneSelected');
  if (numbers.length > MAX_PUPILS_PER_GENERATION)
    throw new BadUserInputError('learnerIds', 'errors.learners.tooMany', { max: MAX_PUPILS_PER_GENERATION });
  if (numbers.some((n) => !Number.isInteger(n) || n <= 0)) throw new NotFoundError('errors.learners.unknown');
  return numbers;
}
