import { randomInt } from 'node:crypto';
import type { IamDependencies } from '../../../identity-access-management';
import type { Session } from '../../../identity-access-management';
import { EmailAlreadyUsedError } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError } from '../../../shared/domain/errors';
import { throttleRules, type ThrottleSettings } from '../../../shared/domain/throttle-policy';
import type { Locale } from '../../../shared/i18n/translate';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { chooseUsername, usernameStem, type RandomInt } from '../../learner-management';
import { linkedAccountHint } from '../domain/linked-account';
import { PupilHasAccountError, validateNewPupilAccount } from '../domain/new-pupil-account';
import { AmbiguousPupilError, NoMatchingPupilError } from '../domain/participation-errors';
import { matchPupil, validateTypedIdentity } from '../domain/reconciliation';
import type { ParticipationRepositories } from './dependencies';

export interface NewPupilAccountDeps {
  clock: Clock;
  /** Reconciliation's limits; a visitor without an account is counted per address only. */
  throttle: ThrottleSettings;
  /** What signUp uses: the password hasher and the session's tokens. */
  iam: IamDependencies;
  random?: RandomInt;
}

export interface NewPupilAccountRequest {
  address: string;
  locale: Locale;
  campaignCode: string;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
  withUsername: boolean;
  email?: string | null;
  password: string;
  cgu: boolean;
}

/** Another request linked the pupil to another account while this one was being created. */
class LinkedMeanwhile extends Error {
  constructor(readonly userId: number) {
    super('pupil linked meanwhile');
  }
}

const USERNAME_RACE_RETRIES = 3;

/**
 * "Je n'ai pas de compte" on a campaign of a school that manages its pupils (public): the visitor is
 * found among the school's pupils exactly as `reconcileWithOrganizationLearner` finds a logged-in
 * learner (same pure matching, same answers, every attempt counted per address before anything is
 * compared, a success giving it back), then, in one transaction,
 * their account is created — with a username `prenom.nomJJMM` from the school's record (no e-mail, the
 * password chosen here need not be changed) or with their e-mail address — linked to the pupil, and
 * logged in as signUp does. Nothing is created when any step fails; a pupil who already has an account
 * in this school is told how it logs in (masked); one whose INE has an account in another school only
 * that an account exists: an anonymous visitor learns nothing of another school's accounts.
 */
export async function createAccountAndReconcile(
  repositories: Pick<ParticipationRepositories, 'throttle' | 'campaigns' | 'learners' | 'accounts' | 'transaction'>,
  deps: NewPupilAccountDeps, request: NewPupilAccountRequest): Promise<Session> {
  const now = deps.clock.now();
  // The form's fields first (their format only: a mistyped field is no guess), then the attempt is counted.
  const typed = validateTypedIdentity(request);
  const account = validateNewPupilAccount(request);
  const attempt = await repositories.throttle.admit({ rule: throttleRules(deps.throttle).reconcileAddress, key: request.address });
  const { campaign, landing } = await repositories.campaigns.joinable(deps, request.campaignCode, request.address);
  if (!landing.organizationIsManagingStudents) throw new BadUserInputError('campaignCode', 'errors.reconciliation.notNeeded');

  const hasAccount = async (userId: number): Promise<never> => {
    const facts = await repositories.learners.accountFacts(userId);
    throw new PupilHasAccountError(linkedAccountHint({ email: facts?.email ?? null, username: facts?.username ?? null, hasGarIdentity: facts?.hasGarIdentity ?? false }));
  };

  const candidates = await repositories.learners.pupilsBornOn(campaign.organizationId, typed.birthdate);
  const match = matchPupil(candidates, typed);
  if (match.kind === 'none') throw new NoMatchingPupilError();
  if (match.kind === 'ambiguous') throw new AmbiguousPupilError();
  const pupil = candidates.find((candidate) => candidate.id === match.pupilId)!;
  if (pupil.userId !== null) return hasAccount(pupil.userId);
  // The same pupil (same INE) has an account in another school (no account has the id 0): it exists, nothing more.
  if (pupil.nationalStudentId && (await repositories.learners.otherAccountWithIne(pupil.nationalStudentId, 0)) !== null) {
    throw new PupilHasAccountError(linkedAccountHint({ email: null, username: null, hasGarIdentity: false }));
  }
  if (account.email !== null && (await repositories.accounts.isEmailTaken(account.email))) throw new EmailAlreadyUsedError();

  const passwordHash = await deps.iam.hasher.hash(account.password);
  const random = deps.random ?? randomInt;
  for (let round = 1; ; round += 1) {
    try {
      const session = await repositories.transaction(async (tx) => {
        let username: string | null = null;
        if (account.withUsername) {
          const names = { firstName: pupil.firstName, lastName: pupil.lastName, birthdate: typed.birthdate };
          const taken = await tx.learners.usernamesTaken([usernameStem(names.firstName, names.lastName)]);
          username = chooseUsername(names, (candidate) => taken.has(candidate), random);
        }
        const user = await tx.accounts.create(
          { firstName: pupil.firstName, lastName: pupil.lastName, email: account.email, username, passwordHash, locale: request.locale },
          now,
        );
        const linkedTo = await tx.learners.link(pupil.id, user.id, now);
        if (linkedTo !== user.id) throw new LinkedMeanwhile(linkedTo ?? 0);
        return tx.accounts.issueSession(deps.iam, user);
      });
      await attempt.succeeded();
      return session;
    } catch (error) {
      if (error instanceof LinkedMeanwhile) return hasAccount(error.userId);
      if (isUniqueViolation(error, 'users_email_unique')) throw new EmailAlreadyUsedError();
      // Another request took this username meanwhile: choose again.
      if (isUniqueViolation(error, 'users_username_unique') && round < USERNAME_RACE_RETRIES) continue;
      throw error;
    }
  }
}
