/** The public surface of certification/results. */

// Scoring (pure).
export { scoreCertification, type CertificationScore, type CertificationStatus, type CompetenceMark } from './domain/scoring';
export { generateVerificationCode, normalizeVerificationCode, VERIFICATION_CODE_PATTERN } from './domain/verification-code';

// Certificates: what candidates, anyone and schools see of published results.
export { isVerifiable, toCertificate, type Certificate, type CertificateRow, type CertificateStatus } from './domain/certificate';
export { certificateAttestation, myCertificates, verificationPageUrl, verifyCertificate } from './application/certificates.usecases';
