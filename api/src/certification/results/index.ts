/**
 * The public surface of certification/results: scoring (at finalisation, through the port the
 * composition root gives certification/evaluation), the jury's reads and actions, the publication.
 */
export type { ResultsDependencies } from './application/dependencies';
export { resultsRepositories, type ResultsRepositories } from './application/results-repositories';
export { scoreFinalizedSession } from './application/score-courses';
export { sessionsToProcess, sessionJuryFacts, assignSessionToMe, type SessionsToProcessRequest } from './application/jury-sessions.usecases';
export { publishSession, unpublishSession, CERTIFICATES_PATH } from './application/publication.usecases';
export { isJuryReader, assertJuryReader, JURY_ROLES, JURY_READER_ROLES } from './application/jury-access';
export { createCertificationResultsLoaders, type CertificationResultsLoaders } from './infrastructure/results.loaders';
export type { SessionJuryFacts, SessionToProcessRow, SessionCertificationRow, IncidentRow, ProblemReportRow, ScoringRow } from './domain/jury-views';
export type { JuryDecision, StoredScoring } from './domain/jury';
export type { CertificationStatus, CompetenceMark } from './domain/scoring';
export { VERIFICATION_CODE_PATTERN, normalizeVerificationCode } from './domain/verification-code';

// Open Badges 3.0 credentials of the certificates (docs/credentials.md).
export {
  certificateCredential,
  createCredentialDependencies,
  issuerDidDocument,
  issuerJwks,
  statusListCredential,
  type CredentialDependencies,
} from './application/credentials.usecases';
export { verifyCredential, type VerificationOutcome } from './application/credential-verification';

// Scoring (pure).
export { scoreCertification, type CertificationScore } from './domain/scoring';
export { generateVerificationCode } from './domain/verification-code';

// Certificates: what candidates, anyone and schools see of published results.
export { isVerifiable, toCertificate, type Certificate, type CertificateRow, type CertificateStatus } from './domain/certificate';
export { certificateAttestation, myCertificates, verificationPageUrl, verifyCertificate } from './application/certificates.usecases';

// The partners' API (integration): a school's results, page by page.
export { certificationResultsOfSchool } from './application/partner-results.usecases';
export type { PartnerCertificationResult } from './domain/partner-result';
