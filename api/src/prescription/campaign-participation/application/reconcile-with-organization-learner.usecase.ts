import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginThrottleRepository } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { BadUserInputError, TooManyAttemptsError, type DomainError } from '../../../shared/domain/errors';
import { findJoinableCampaign } from '../../campaign';
import { accountFacts, learnerOfUser, linkLearnerToUser, otherAccountWithIne, pupilsBornOn, type CandidateRow } from '../../learner-management';
import { linkedAccountHint } from '../domain/linked-account';
import { AccountAlreadyLinkedError, AmbiguousPupilError, NoMatchingPupilError, PupilAlreadyLinkedError } from '../domain/participation-errors';
import { matchPupil, validateTypedIdentity } from '../domain/reconciliation';

export interface ReconciliationDeps {
  clock: Clock;
  /** Log-in's limits: failed attempts per account and per address in the window. */
  throttle: { accountFailures: number; addressFailures: number; windowSeconds: number };
}

export interface ReconciliationRequest {
  userId: number;
  address: string;
  campaignCode: string;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
}

export interface ReconciledLearner {
  learnerId: number;
  firstName: string;
  lastName: string;
  organizationName: string;
}

const toReconciled = (pupil: Pick<CandidateRow, 'id' | 'firstName' | 'lastName'>, organizationName: string): ReconciledLearner => ({
  learnerId: pupil.id,
  firstName: pupil.firstName,
  lastName: pupil.lastName,
  organizationName,
});

/**
 * "J'ai un code" in a school that manages its pupils: the logged-in learner finds themself among the
 * school's pupils (domain.md §5) and their account is linked to that pupil. Attempts that find no one,
 * several pupils or a pupil linked elsewhere are counted per account and per address, like failed
 * log-ins; the answers never reveal a pupil, only how an account already linked logs in (masked).
 * An account already linked to a pupil of the school has nothing to do.
 */
export async function reconcileWithOrganizationLearner(em: EntityManager, deps: ReconciliationDeps, request: ReconciliationRequest): Promise<ReconciledLearner> {
  const now = deps.clock.now();
  const throttle = new LoginThrottleRepository(em);
  const accountKey = String(request.userId);
  const wait = Math.max(await throttle.secondsBlocked('reconcile_user', accountKey, now), await throttle.secondsBlocked('reconcile_addr', request.address, now));
  if (wait > 0) throw new TooManyAttemptsError(wait);
  const { campaign, landing } = await findJoinableCampaign(em, deps, request.campaignCode, request.address);
  if (!landing.organizationIsManagingStudents) throw new BadUserInputError('campaignCode', 'errors.reconciliation.notNeeded');
  const typed = validateTypedIdentity(request);

  const failed = async (error: DomainError): Promise<never> => {
    const { accountFailures, addressFailures, windowSeconds } = deps.throttle;
    await throttle.recordFailure('reconcile_user', accountKey, now, accountFailures, windowSeconds);
    await throttle.recordFailure('reconcile_addr', request.address, now, addressFailures, windowSeconds);
    throw error;
  };

  const [candidates, linked] = await Promise.all([
    pupilsBornOn(em, campaign.organizationId, typed.birthdate),
    learnerOfUser(em, campaign.organizationId, request.userId),
  ]);
  const match = matchPupil(candidates, typed);
  if (linked && !linked.isDisabled) {
    if (match.kind === 'match' && match.pupilId !== linked.id) throw new AccountAlreadyLinkedError();
    return toReconciled(linked, landing.organizationName);
  }
  // Linked to a pupil who has left the school: the account cannot be another pupil of it.
  if (linked && match.kind === 'match') throw new AccountAlreadyLinkedError();
  if (match.kind === 'none') return failed(new NoMatchingPupilError());
  if (match.kind === 'ambiguous') return failed(new AmbiguousPupilError());

  const pupil = candidates.find((candidate) => candidate.id === match.pupilId)!;
  const linkedElsewhere = async (otherUserId: number) => {
    const account = await accountFacts(em, otherUserId);
    return failed(new PupilAlreadyLinkedError(linkedAccountHint({ email: account?.email ?? null, username: account?.username ?? null, hasGarIdentity: false })));
  };
  const otherUserId = pupil.userId ?? (pupil.nationalStudentId ? await otherAccountWithIne(em, pupil.nationalStudentId, request.userId) : null);
  if (otherUserId !== null && otherUserId !== request.userId) return linkedElsewhere(otherUserId);
  let linkedTo: number | null;
  try {
    linkedTo = await linkLearnerToUser(em, pupil.id, request.userId, now);
  } catch (error) {
    // Another request linked this account to another pupil of the school meanwhile.
    if (isUniqueViolation(error)) throw new AccountAlreadyLinkedError();
    throw error;
  }
  // Another request linked this pupil to another account meanwhile.
  if (linkedTo !== null && linkedTo !== request.userId) return linkedElsewhere(linkedTo);
  await throttle.clear('reconcile_user', accountKey);
  return toReconciled(pupil, landing.organizationName);
}
