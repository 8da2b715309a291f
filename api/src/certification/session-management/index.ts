/**
 * The public surface of certification/session-management: centres, their teams (through team), and
 * sessions. Enrolment and the candidates' side read sessions and centres' rights through it.
 */
export { assertCenterMember, assertCenterReader, isCenterReadingStaff, CENTER_READING_STAFF } from './application/center-access';
export { schoolOfCenter } from './application/create-certification-center.usecase';
export { editableSessionForMember, getCertificationSession as readableSession, type SessionReaders } from './application/certification-sessions.usecases';
export { getCertificationSessionOn as getCertificationSession } from './application/certification-session-on';
export { sessionReaders, sessionManagementRepositories, type SessionManagementRepositories } from './application/session-management-repositories';
export type { CertificationCenterRow, CertificationCenterType, CenterRole } from './domain/certification-center';
export type { CertificationSessionRow, SessionState, SessionSummaryRow } from './domain/certification-session';
export { assertSessionEditable, sessionLockReason, SessionLockedError } from './domain/certification-session';
export { INCIDENT_CODES, INCIDENT_FAMILIES, type IncidentCode } from './domain/incident-codes';
export {
  ACCESS_CODE_PATTERN,
  INVIGILATOR_PASSWORD_PATTERN,
  generateAccessCode,
  generateInvigilatorPassword,
  normalizeSessionCode,
  type RandomInt,
} from './domain/session-codes';
