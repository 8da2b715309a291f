import type { Clock } from '../../../shared/domain/clock';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { BadUserInputError } from '../../../shared/domain/errors';
import { throttleRules, type ThrottleSettings } from '../../../shared/domain/throttle-policy';
import type { CandidateRow } from '../../learner-management';
import { linkedAccountHint } from '../domain/linked-account';
import { AccountAlreadyLinkedError, AlreadyOneOfThePupilsError, AmbiguousPupilError, NoMatchingPupilError, PupilAlreadyLinkedError } from '../domain/participation-errors';
import { matchPupil, validateTypedIdentity } from '../domain/reconciliation';
import type { ParticipationRepositories } from './dependencies';

export interface ReconciliationDeps {
  clock: Clock;
  /** Log-in's limits: failed attempts per account and per address in the window. */
  throttle: ThrottleSettings;
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
 * school's pupils (domain.md §5) and their account is linked to that pupil. Every attempt is counted
 * per account and per address BEFORE anything is compared, like log-ins, and a success gives it back;
 * the answers never reveal a pupil, only how an account already linked logs in (masked). An account
 * already linked to a pupil of the school has nothing to do: it gets the same answer whatever is typed
 * (nothing typed is compared, so it cannot serve to look identities up), and that answer never says
 * that the account was linked now.
 */
export async function reconcileWithOrganizationLearner(
  repositories: Pick<ParticipationRepositories, 'throttle' | 'campaigns' | 'learners'>,
  deps: ReconciliationDeps, request: ReconciliationRequest): Promise<ReconciledLearner> {
  const now = deps.clock.now();
  const rules = throttleRules(deps.throttle);
  const attempt = await repositories.throttle.admit(
    { rule: rules.reconcileAccount, key: String(request.userId) },
    { rule: rules.reconcileAddress, key: request.address },
  );
  const { campaign, landing } = await repositories.campaigns.joinable(deps, request.campaignCode, request.address);
  if (!landing.organizationIsManagingStudents) throw new BadUserInputError('campaignCode', 'errors.reconciliation.notNeeded');
  const linked = await repositories.learners.ofUser(campaign.organizationId, request.userId);
  if (linked && !linked.isDisabled) throw new AlreadyOneOfThePupilsError(landing.organizationName);
  const typed = validateTypedIdentity(request);

  const candidates = await repositories.learners.pupilsBornOn(campaign.organizationId, typed.birthdate);
  const match = matchPupil(candidates, typed);
  // Linked to a pupil who has left the school: the account cannot be another pupil of it.
  if (linked && match.kind === 'match') throw new AccountAlreadyLinkedError();
  if (match.kind === 'none') throw new NoMatchingPupilError();
  if (match.kind === 'ambiguous') throw new AmbiguousPupilError();

  const pupil = candidates.find((candidate) => candidate.id === match.pupilId)!;
  const linkedElsewhere = async (otherUserId: number): Promise<never> => {
    const account = await repositories.learners.accountFacts(otherUserId);
    throw new PupilAlreadyLinkedError(linkedAccountHint({ email: account?.email ?? null, username: account?.username ?? null, hasGarIdentity: account?.hasGarIdentity ?? false }));
  };
  const otherUserId = pupil.userId ?? (pupil.nationalStudentId ? await repositories.learners.otherAccountWithIne(pupil.nationalStudentId, request.userId) : null);
  if (otherUserId !== null && otherUserId !== request.userId) return linkedElsewhere(otherUserId);
  let linkedTo: number | null;
  try {
    linkedTo = await repositories.learners.link(pupil.id, request.userId, now);
  } catch (error) {
    // Another request linked this account to another pupil of the school meanwhile.
    if (isUniqueViolation(error)) throw new AccountAlreadyLinkedError();
    throw error;
  }
  // Another request linked this pupil to another account meanwhile.
  if (linkedTo !== null && linkedTo !== request.userId) return linkedElsewhere(linkedTo);
  await attempt.succeeded();
  return toReconciled(pupil, landing.organizationName);
}
