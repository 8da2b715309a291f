/** What other contexts may use of the organisation learners (reconciliation, joining campaigns). */
export {
  accountFacts,
  findOrCreateLearnerOfUser,
  learnerOfUser,
  linkLearnerToUser,
  otherAccountWithIne,
  pupilsBornOn,
  type AccountFacts,
  type CandidateRow,
  type LinkedLearner,
} from './infrastructure/learner-links.repository';
export { chooseUsername, usernameStem, type RandomInt } from './domain/pupil-credentials';
export { usernamesTaken } from './infrastructure/pupil-accounts.repository';
