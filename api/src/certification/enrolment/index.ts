/** The public surface of certification/enrolment: a session's candidates, for the candidates' side and the schema's joins. */
export { listCandidates } from './application/candidates.usecases';
export { enrolmentRepositories, type EnrolmentRepositories } from './application/enrolment-repositories';
export type { CandidateRow } from './domain/enrolled-candidate';
export { candidateIdentity, checkCandidate, MAX_CANDIDATES_PER_SESSION, type CandidateInput } from './domain/candidate';
export { createEnrolmentLoaders } from './infrastructure/enrolment.loaders';
