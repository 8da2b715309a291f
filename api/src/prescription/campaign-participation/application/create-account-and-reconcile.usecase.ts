import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies } from '../../../identity-access-management';
import { issueSession, type Session } from '../../../identity-access-management';
import { EmailAlreadyUsedError } from '../../../identity-access-management';
import { LoginThrottleRepository } from '../../../identity-access-management';
import { UserEntity } from '../../../identity-access-management';
import { UserRepository } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError, TooManyAttemptsError, type DomainError } from '../../../shared/domain/errors';
import type { Locale } from '../../../shared/i18n/translate';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { findJoinableCampaign } from '../../campaign';
import { accountFacts, linkLearnerToUser, otherAccountWithIne, pupilsBornOn } from '../../learner-management';
import { chooseUsername, usernameStem, type RandomInt } from '../../learner-management';
import { usernamesTaken } from '../../learner-management';
import { linkedAccountHint } from '../domain/linked-account';
import { PupilHasAccountError, validateNewPupilAccount } from '../domain/new-pupil-account';
import { AmbiguousPupilError, NoMatchingPupilError } from '../domain/participation-errors';
import { matchPupil, validateTypedIdentity } from '../domain/reconciliation';

export interface NewPupilAccountDeps {
  clock: Clock;
  /** Reconciliation's limits; a visitor without an account is counted per address only. */
  throttle: { addressFailures: number; windowSeconds: number };
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
 * learner (same pure matching, same answers, attempts throttled per address), then, in one transaction,
 * their account is created — with a username `prenom.nomJJMM` from the school's record (no e-mail, the
 * password chosen here need not be changed) or with their e-mail address — linked to the pupil, and
 * logged in as signUp does. Nothing is created when any step fails; a pupil who already has an account
 * is told how it logs in (masked).
 */
export async function createAccountAndReconcile(em: EntityManager, deps: NewPupilAccountDeps, request: NewPupilAccountRequest): Promise<Session> {
  const now = deps.clock.now();
  const throttle = new LoginThrottleRepository(em);
  const wait = await throttle.secondsBlocked('reconcile_addr', request.address, now);
  if (wait > 0) throw new TooManyAttemptsError(wait);
  const { campaign, landing } = await findJoinableCampaign(em, deps, request.campaignCode, request.address);
  if (!landing.organizationIsManagingStudents) throw new BadUserInputError('campaignCode', 'errors.reconciliation.notNeeded');
  const typed = validateTypedIdentity(request);
  const account = validateNewPupilAccount(request);

  const failed = async (error: DomainError): Promise<never> => {
    await throttle.recordFailure('reconcile_addr', request.address, now, deps.throttle.addressFailures, deps.throttle.windowSeconds);
    throw error;
  };
  const hasAccount = async (userId: number) => {
    const facts = await accountFacts(em, userId);
    return failed(new PupilHasAccountError(linkedAccountHint({ email: facts?.email ?? null, username: facts?.username ?? null, hasGarIdentity: false })));
  };

  const candidates = await pupilsBornOn(em, campaign.organizationId, typed.birthdate);
  const match = matchPupil(candidates, typed);
  if (match.kind === 'none') return failed(new NoMatchingPupilError());
  if (match.kind === 'ambiguous') return failed(new AmbiguousPupilError());
  const pupil = candidates.find((candidate) => candidate.id === match.pupilId)!;
  // No account has the id 0: any account linked to the same pupil (same INE) elsewhere counts.
  const existing = pupil.userId ?? (pupil.nationalStudentId ? await otherAccountWithIne(em, pupil.nationalStudentId, 0) : null);
  if (existing !== null) return hasAccount(existing);
  if (account.email !== null && (await new UserRepository(em).emailExists(account.email))) throw new EmailAlreadyUsedError();

  const passwordHash = await deps.iam.hasher.hash(account.password);
  const random = deps.random ?? randomInt;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.transactional(async (tem) => {
        let username: string | null = null;
        if (account.withUsername) {
          const names = { firstName: pupil.firstName, lastName: pupil.lastName, birthdate: typed.birthdate };
          const taken = await usernamesTaken(tem, [usernameStem(names.firstName, names.lastName)]);
          username = chooseUsername(names, (candidate) => taken.has(candidate), random);
        }
        const user = tem.create(UserEntity, {
          firstName: pupil.firstName,
          lastName: pupil.lastName,
          email: account.email,
          username,
          passwordHash,
          mustChangePassword: false,
          locale: request.locale,
          cguAcceptedAt: now,
          lastLoggedAt: now,
        });
        await tem.flush();
        const linkedTo = await linkLearnerToUser(tem, pupil.id, user.id, now);
        if (linkedTo !== user.id) throw new LinkedMeanwhile(linkedTo ?? 0);
        return issueSession(tem, deps.iam, user);
      });
    } catch (error) {
      if (error instanceof LinkedMeanwhile) return hasAccount(error.userId);
      if (isUniqueViolation(error, 'users_email_unique')) throw new EmailAlreadyUsedError();
      // Another request took this username meanwhile: choose again.
      if (isUniqueViolation(error, 'users_username_unique') && attempt < USERNAME_RACE_RETRIES) continue;
      throw error;
    }
  }
}
