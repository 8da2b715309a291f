import { PlatformRole, type Viewer } from '../../../identity-access-management';
import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError, TooManyAttemptsError } from '../../../shared/domain/errors';
import { certificateVerificationRule, secondsUntil, throttleKey, type ThrottleSettings } from '../../../shared/domain/throttle-policy';
import { isVerifiable, toCertificate, type Certificate } from '../domain/certificate';
import { normalizeVerificationCode, VERIFICATION_CODE_PATTERN } from '../domain/verification-code';
import { attestationPdf, type AttestationOptions } from '../infrastructure/attestation.pdf';
import { frameworkOutline } from '../infrastructure/framework-outline';
import type { ResultsRepositories } from './results-repositories';

/** What the certificates' use cases read besides the database. */
export interface CertificateDeps {
  content: LearningContent;
  /** The platform's public address: the learner app's verification page is `<publicUrl>/verifier-un-certificat`. */
  publicUrl: string;
}

/** The public verification page of a code (the attestation's QR code points to it). */
export const verificationPageUrl = (publicUrl: string) => (code: string) => `${publicUrl}/verifier-un-certificat?code=${encodeURIComponent(code)}`;

/** The platform's staff who read any certificate (support and the certification team). */
const CERTIFICATE_STAFF: readonly PlatformRole[] = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.CERTIF];
const isCertificateStaff = (viewer: Viewer) => !!viewer.platformRole && CERTIFICATE_STAFF.includes(viewer.platformRole);

/** "Mes certifications": the viewer's own certification courses, most recent first. */
export async function myCertificates(repositories: Pick<ResultsRepositories, 'certificates'>, deps: CertificateDeps, userId: number): Promise<Certificate[]> {
  const outline = frameworkOutline(deps.content);
  return (await repositories.certificates.ofUser(userId)).map((row) => toCertificate(row, outline));
}

/**
 * The attestation of a published, validated certificate: for its holder and the platform's staff. Any
 * other viewer, an unknown course and a certificate without attestation get the same NOT_FOUND.
 */
export async function certificateAttestation(
  repositories: Pick<ResultsRepositories, 'certificates'>,
  deps: CertificateDeps,
  viewer: Viewer,
  courseId: number,
  options: AttestationOptions = {},
): Promise<{ certificate: Certificate; pdf: Buffer }> {
  const row = await repositories.certificates.byId(courseId);
  if (!row || (row.userId !== viewer.userId && !isCertificateStaff(viewer)) || !isVerifiable(row)) throw new NotFoundError('certificates.errors.attestationUnknown');
  const certificate = toCertificate(row, frameworkOutline(deps.content));
  return { certificate, pdf: await attestationPdf(certificate, verificationPageUrl(deps.publicUrl), options) };
}

export interface VerificationDeps {
  content: LearningContent;
  clock: Clock;
  throttle: ThrottleSettings;
}

/**
 * The public verification by code, throttled per address: the lookup is counted and the limit checked
 * atomically in the same statement as the lookup itself (CertificateVerificationRepository: one round
 * trip, parallel guesses cannot slip through); a found certificate costs no attempt. A spent counter
 * refuses (TooManyAttemptsError with the wait). Unknown, unpublished, rejected and cancelled codes get
 * the same answer: null.
 */
export async function verifyCertificate(repositories: Pick<ResultsRepositories, 'verifications'>, deps: VerificationDeps, typedCode: string, address: string): Promise<Certificate | null> {
  const now = deps.clock.now();
  const rule = certificateVerificationRule(deps.throttle);
  const normalized = normalizeVerificationCode(typedCode.slice(0, 64));
  // A code that cannot exist is still counted (as a failed lookup): the statement then finds nothing.
  const code = VERIFICATION_CODE_PATTERN.test(normalized) ? normalized : '';
  const lookup = await repositories.verifications.countedLookup(code, { rule, key: throttleKey(address) }, now);
  if (!lookup.admitted) throw new TooManyAttemptsError(lookup.windowEndsAt ? secondsUntil(lookup.windowEndsAt, now) : rule.windowSeconds);
  return lookup.certificate ? toCertificate(lookup.certificate, frameworkOutline(deps.content)) : null;
}
