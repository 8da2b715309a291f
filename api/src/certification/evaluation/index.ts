/** The public surface of certification/evaluation: the certification test and its invigilation. */
export type { CertificationDependencies, SessionScoring } from './application/dependencies';
export { createCertificationTests } from './application/certification-tests';
export { InvigilatorTokens } from './infrastructure/invigilator-tokens';
export { sessionChannel, type SessionActivity, type SessionActivityKind } from './application/session-activity';
export type { CourseDetails, LiveCandidate } from './domain/course';
