import { createHash, randomBytes } from 'node:crypto';
import { PlatformRole, type Viewer } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';
import { NotFoundError } from '../../../shared/domain/errors';
import {
  buildOpenBadgeCredential,
  credentialFileName,
  type CertificateForCredential,
  type CredentialFramework,
  type CredentialIssuer,
} from '../domain/open-badge-credential';
import { buildStatusListCredential, statusListRange, xsdDateTime } from '../domain/status-list';
import { addProof } from '../infrastructure/data-integrity-proof';
import type { CredentialSourceRow } from '../infrastructure/credential-source.repository';
import type { ResultsRepositories } from './results-repositories';
import { didDocument, jwks, loadCredentialSigningKey, type CredentialSigningKey } from '../infrastructure/credential-signing-key';

/**
 * The certificates' Open Badges 3.0 credentials (docs/credentials.md): the holder's signed file, the
 * signed revocation list, the issuer's public key.
 */
export interface CredentialDependencies {
  clock: Clock;
  key: CredentialSigningKey;
  issuer: CredentialIssuer;
}

export const ISSUER_NAME = 'Pix libre';

/** Made once at start: an unreadable or non-Ed25519 CREDENTIAL_SIGNING_KEY stops the start. */
export function createCredentialDependencies(input: { signingKey: string; previousPublicKeys?: readonly string[]; publicUrl: string; clock: Clock }): CredentialDependencies {
  const key = loadCredentialSigningKey(input.signingKey, input.publicUrl, input.previousPublicKeys);
  return { clock: input.clock, key, issuer: { did: key.did, publicUrl: input.publicUrl, name: ISSUER_NAME } };
}

/** The platform team that reads any certificate (support and the certification team). */
const CREDENTIAL_READING_STAFF: readonly PlatformRole[] = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.CERTIF];

const UNKNOWN = 'credentials.errors.certificateUnavailable';

/** A credential exists for a published session whose latest scoring is VALIDATED. */
export function hasCredential(row: Pick<CredentialSourceRow, 'publishedAt' | 'status'>): boolean {
  return row.publishedAt !== null && row.status === 'VALIDATED';
}

/** A stable urn:uuid per issuer and certificate (name-based, SHA-256): every download is the same credential. */
function credentialIdOf(did: string, courseId: number): string {
  const bytes = createHash('sha256').update(`pix-libre:certificate-credential:${did}:${courseId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function emailHashOf(email: string | null) {
  if (!email) return null;
  const salt = randomBytes(16).toString('hex');
  return { identityHash: `sha256$${createHash('sha256').update(`${email}${salt}`).digest('hex')}`, salt };
}

async function frameworkOf(repository: ResultsRepositories['credentialSources']) {
  const competences = await repository.competences();
  const framework: CredentialFramework = {
    competences: competences.map(({ code, name }) => ({ code, name })),
    maxLevel: FRAMEWORK_RULES.maxReachableLevel,
    pixPerLevel: FRAMEWORK_RULES.pixPerLevel,
  };
  return { framework, codeById: new Map(competences.map((competence) => [competence.id, competence.code])) };
}

/**
 * GET /certificats/:courseId/credential.json: the holder's certificate as a signed Open Badges 3.0
 * credential, for the holder and the reading staff; anyone else, or a certificate without credential
 * (not published, not validated), gets "not found".
 */
export async function certificateCredential(repositories: Pick<ResultsRepositories, 'credentialSources'>, deps: CredentialDependencies, viewer: Viewer, courseId: number) {
  const repository = repositories.credentialSources;
  const row = await repository.certificate(courseId);
  const isStaff = !!viewer.platformRole && CREDENTIAL_READING_STAFF.includes(viewer.platformRole);
  if (!row || (row.userId !== viewer.userId && !isStaff) || !hasCredential(row)) throw new NotFoundError(UNKNOWN);
  const statusIndex = row.statusIndex ?? (await repository.drawStatusIndex(row.courseId));
  const { framework, codeById } = await frameworkOf(repository);
  const certificate: CertificateForCredential = {
    courseId: row.courseId,
    verificationCode: row.verificationCode,
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    email: row.email,
    takenOn: row.takenOn,
    centreName: row.centreName,
    publishedAt: row.publishedAt!,
    pixScore: row.pixScore,
    competences: row.competenceMarks.flatMap((mark) => {
      const code = codeById.get(mark.competenceId);
      return code ? [{ code, level: mark.level, pix: mark.pix }] : [];
    }),
    statusIndex,
  };
  const unsigned = buildOpenBadgeCredential({
    certificate,
    issuer: deps.issuer,
    framework,
    credentialId: credentialIdOf(deps.issuer.did, row.courseId),
    emailHash: emailHashOf(row.email),
  });
  const credential = addProof(unsigned, { privateKey: deps.key.privateKey, verificationMethod: deps.key.verificationMethod, created: xsdDateTime(deps.clock.now()) });
  return { fileName: credentialFileName(certificate), credential };
}

/** The largest list number a URL may ask for (2^31 positions). */
export const MAX_STATUS_LIST = Math.floor(2 ** 31 / 131_072);

/** GET /credentials/status/:list: the signed revocation list (public: it names no one). */
export async function statusListCredential(repositories: Pick<ResultsRepositories, 'credentialSources'>, deps: CredentialDependencies, list: number) {
  if (!Number.isInteger(list) || list < 1 || list > MAX_STATUS_LIST) throw new NotFoundError(UNKNOWN);
  const { first, last } = statusListRange(list);
  const revoked = await repositories.credentialSources.revokedPositions(first, last);
  const now = deps.clock.now();
  const unsigned = buildStatusListCredential(
    deps.issuer,
    list,
    revoked.map((position) => position - first),
    now,
  );
  return addProof(unsigned, { privateKey: deps.key.privateKey, verificationMethod: deps.key.verificationMethod, created: xsdDateTime(now) });
}

/** GET /.well-known/did.json and /.well-known/jwks.json: the issuer's public key. */
export const issuerDidDocument = (deps: CredentialDependencies) => didDocument(deps.key);
export const issuerJwks = (deps: CredentialDependencies) => jwks(deps.key);
