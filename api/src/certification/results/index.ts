/** The public surface of certification/results. */

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
