import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountFacts, CandidateRow, LinkedLearner } from '../domain/learner';
import * as links from '../infrastructure/learner-links.repository';
import { usernamesTaken as takenUsernames } from '../infrastructure/pupil-accounts.repository';

/**
 * What joining a campaign and reconciliation (campaign-participation) do with organisation learners,
 * in the caller's transaction: the links between learners and accounts stay this context's business.
 */

/** The school's current pupils born on that day. */
export function pupilsBornOn(em: EntityManager, organizationId: number, birthdate: string): Promise<CandidateRow[]> {
  return links.pupilsBornOn(em, organizationId, birthdate);
}

/** The learner of this organisation linked to the account, if any. */
export function learnerOfUser(em: EntityManager, organizationId: number, userId: number): Promise<LinkedLearner | null> {
  return links.learnerOfUser(em, organizationId, userId);
}

/** Another account linked to a pupil with this INE, in any school (the same pupil, elsewhere). */
export function otherAccountWithIne(em: EntityManager, nationalStudentId: string, userId: number): Promise<number | null> {
  return links.otherAccountWithIne(em, nationalStudentId, userId);
}

/** How an account logs in (to tell a pupil, masked). */
export function accountFacts(em: EntityManager, userId: number): Promise<AccountFacts | null> {
  return links.accountFacts(em, userId);
}

/** Links the learner to the account unless another account took it meanwhile; the account it is linked to. */
export function linkLearnerToUser(em: EntityManager, learnerId: number, userId: number, now: Date): Promise<number | null> {
  return links.linkLearnerToUser(em, learnerId, userId, now);
}

/** The account's learner in this organisation, created when it has none (organisations that do not manage pupils). */
export function findOrCreateLearnerOfUser(em: EntityManager, organizationId: number, userId: number, now: Date): Promise<number> {
  return links.findOrCreateLearnerOfUser(em, organizationId, userId, now);
}

/** Usernames already used that start with one of the stems (choosing a pupil's username). */
export function usernamesTaken(em: EntityManager, stems: string[]): Promise<Set<string>> {
  return takenUsernames(em, stems);
}
