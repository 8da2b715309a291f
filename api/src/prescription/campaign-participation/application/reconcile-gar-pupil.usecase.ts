import { randomBytes, randomInt } from 'node:crypto';
import type { IamDependencies, Session } from '../../../identity-access-management';
import { BadUserInputError } from '../../../shared/domain/errors';
import { throttleRules, type ThrottleSettings } from '../../../shared/domain/throttle-policy';
import type { Locale } from '../../../shared/i18n/translate';
import { chooseUsername, usernameStem } from '../../learner-management';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { linkedAccountHint } from '../domain/linked-account';
import { PupilHasAccountError } from '../domain/new-pupil-account';
import { AmbiguousPupilError, NoMatchingPupilError } from '../domain/participation-errors';
import { matchPupil, validateTypedIdentity } from '../domain/reconciliation';
import type { ParticipationRepositories } from './dependencies';

export interface GarPupilRequest {
  /** The GAR's stable opaque id of the pupil (IDO) and the names it asserted (PRE, NOM). */
  ido: string;
  firstName: string;
  lastName: string;
  campaignCode: string;
  /** AAAA-MM-JJ, typed by the pupil. */
  birthdate: string;
  address: string;
  locale: Locale;
}

export interface GarPupilDeps {
  iam: IamDependencies;
  throttle: ThrottleSettings;
}

/**
 * A pupil's first sign-in through the GAR (domain.md §7): the names the GAR asserted and the birth
 * date they type find them among the pupils of the campaign's school, exactly as reconciliation does
 * (every attempt counted per address first). Then, in one transaction: the account already linked to
 * that pupil gets the GAR login method, or an account is created for the pupil (no e-mail; a
 * username as the school would give it, and a random password: it logs in through the GAR), linked, and logged in. Nothing is written on a refusal.
 */
export async function reconcileGarPupil(
  repositories: Pick<ParticipationRepositories, 'throttle' | 'campaigns' | 'learners' | 'accounts' | 'transaction'>,
  deps: GarPupilDeps,
  request: GarPupilRequest,
): Promise<{ session: Session; campaignCode: string }> {
  const now = deps.iam.clock.now();
  const typed = validateTypedIdentity(request);
  const attempt = await repositories.throttle.admit({ rule: throttleRules(deps.throttle).reconcileAddress, key: request.address });
  const { campaign, landing } = await repositories.campaigns.joinable({ clock: deps.iam.clock, throttle: deps.throttle }, request.campaignCode, request.address);
  if (!landing.organizationIsManagingStudents) throw new BadUserInputError('campaignCode', 'errors.reconciliation.notNeeded');
  const candidates = await repositories.learners.pupilsBornOn(campaign.organizationId, typed.birthdate);
  const match = matchPupil(candidates, typed);
  if (match.kind === 'none') throw new NoMatchingPupilError();
  if (match.kind === 'ambiguous') throw new AmbiguousPupilError();
  const pupil = candidates.find((candidate) => candidate.id === match.pupilId)!;
  // The same pupil (INE) with an account in another school: that account exists, nothing more is said.
  if (pupil.userId === null && pupil.nationalStudentId && (await repositories.learners.otherAccountWithIne(pupil.nationalStudentId, 0)) !== null) {
    throw new PupilHasAccountError(linkedAccountHint({ email: null, username: null, hasGarIdentity: false }));
  }
  const passwordHash = pupil.userId === null ? await deps.iam.hasher.hash(randomBytes(32).toString('base64url')) : null;
  const signIn = () =>
    repositories.transaction(async (tx) => {
      let user = pupil.userId !== null ? await tx.accounts.forSession(pupil.userId) : null;
      if (!user) {
        // A username as the school would give it (prenom.nomJJMM), so that the school can also hand out a
        // password later; the pupil logs in through the GAR: the password is random and never shown.
        const names = { firstName: pupil.firstName, lastName: pupil.lastName, birthdate: typed.birthdate };
        const taken = await tx.learners.usernamesTaken([usernameStem(names.firstName, names.lastName)]);
        const username = chooseUsername(names, (candidate) => taken.has(candidate), randomInt);
        user = await tx.accounts.create({ firstName: pupil.firstName, lastName: pupil.lastName, email: null, username, passwordHash: passwordHash!, locale: request.locale }, now);
        const linkedTo = await tx.learners.link(pupil.id, user.id, now);
        if (linkedTo !== user.id) throw new PupilHasAccountError(linkedAccountHint({ email: null, username: null, hasGarIdentity: false }));
      }
      if (!(await tx.accounts.addGarIdentity(user.id, request.ido, now))) {
        // The account already logs in with another GAR identity, or this identity belongs to another account.
        throw new PupilHasAccountError(linkedAccountHint({ email: null, username: null, hasGarIdentity: true }));
      }
      return tx.accounts.issueSession(deps.iam, user);
    });
  let session: Session;
  for (let round = 1; ; round += 1) {
    try {
      session = await signIn();
      break;
    } catch (error) {
      // Another request took this username meanwhile: choose again.
      if (isUniqueViolation(error, 'users_username_unique') && round < 3) continue;
      throw error;
    }
  }
  await attempt.succeeded();
  return { session, campaignCode: campaign.code };
}
