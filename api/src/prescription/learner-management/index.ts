/** What other contexts may use of the organisation learners (reconciliation, joining campaigns). */
export {
  accountFacts,
  findOrCreateLearnerOfUser,
  learnerOfUser,
  linkLearnerToUser,
  otherAccountWithIne,
  pupilsBornOn,
  usernamesTaken,
} from './application/learner-links';
export type { AccountFacts, CandidateRow, LinkedLearner } from './domain/learner';
export { chooseUsername, usernameStem, type RandomInt } from './domain/pupil-credentials';
export { certifiablePupils, classesOfSchool } from './application/certifiable-pupils';
export type { CertifiablePupilRow } from './domain/learner';
export { learnerRecords, schoolLearnerRecords } from './application/school-learner-records';
export type { SchoolLearnerRecord } from './domain/school-learner-record';
