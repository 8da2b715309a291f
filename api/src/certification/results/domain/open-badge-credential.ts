import { statusListEntry, xsdDateTime } from './status-list';

/**
 * A published, validated certificate as an Open Badges 3.0 credential (1EdTech OB 3.0, a W3C
 * Verifiable Credential 2.0 of type `OpenBadgeCredential`), pure: the document before its proof
 * (signed by infrastructure/data-integrity-proof.ts). docs/credentials.md describes it.
 * - `issuer`: the platform, `did:web:<host>` (its public key in /.well-known/did.json);
 * - `credentialSubject`: the holder, named in clear (the certificate's identity) and, when the account
 *   has an e-mail, by its salted SHA-256 (OB 3.0 IdentityObject); the achievement "Certification Pix
 *   libre" with a result description for the pix score and one per competence of the framework;
 *   the results: the pix score, then each competence's level;
 * - `credentialStatus`: its position in the revocation list (status-list.ts).
 */
export interface CredentialCompetence {
  /** The framework's code, e.g. "1.1". */
  code: string;
  name: string;
}

export interface CredentialCompetenceResult {
  code: string;
  level: number;
  pix: number;
}

/** What the credential says of a certificate (read by credential-source.repository.ts). */
export interface CertificateForCredential {
  courseId: number;
  verificationCode: string | null;
  /** The identity the candidate was enrolled under. */
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd */
  birthdate: string;
  /** The holder's account e-mail (hashed in the credential), null without one. */
  email: string | null;
  /** yyyy-mm-dd, the session's date. */
  takenOn: string;
  centreName: string;
  publishedAt: Date;
  pixScore: number;
  competences: readonly CredentialCompetenceResult[];
  statusIndex: number;
}

export interface CredentialIssuer {
  /** did:web:… */
  did: string;
  /** The platform's public URL, no trailing slash. */
  publicUrl: string;
  name: string;
}

export interface CredentialFramework {
  /** Every competence of the framework, in its order. */
  competences: readonly CredentialCompetence[];
  maxLevel: number;
  pixPerLevel: number;
}

export const OPEN_BADGE_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

export const ACHIEVEMENT_NAME = 'Certification Pix libre';

export function achievementId(publicUrl: string): string {
  return `${publicUrl}/credentials/achievements/certification`;
}

/** `frDate('2026-12-07')` → `07/12/2026`. */
const frDate = (isoDate: string) => isoDate.split('-').reverse().join('/');

export function maxPixOf(framework: CredentialFramework): number {
  return framework.competences.length * framework.maxLevel * framework.pixPerLevel;
}

function achievement(issuer: CredentialIssuer, framework: CredentialFramework) {
  const id = achievementId(issuer.publicUrl);
  return {
    id,
    type: ['Achievement'],
    achievementType: 'Certification',
    name: ACHIEVEMENT_NAME,
    description:
      'Certification des compétences numériques du cadre de référence des compétences numériques (CRCN) : un nombre de pix et un niveau par compétence, ' +
      'obtenus lors d’un test surveillé dans un centre de certification.',
    criteria: {
      narrative:
        'Le candidat a passé le test de certification dans une session surveillée ; sa certification est validée (taux de reproductibilité d’au moins 50 %, ' +
        'au moins un pix) et la session a été publiée après l’examen du jury.',
    },
    inLanguage: 'fr',
    creator: { id: issuer.did, type: ['Profile'], name: issuer.name },
    resultDescription: [
      {
        id: `${id}#pix`,
        type: ['ResultDescription'],
        name: 'Nombre de pix',
        resultType: 'ScaledScore',
        valueMin: '0',
        valueMax: String(maxPixOf(framework)),
      },
      ...framework.competences.map((competence) => ({
        id: `${id}#competence-${competence.code}`,
        type: ['ResultDescription'],
        name: `${competence.code} ${competence.name}`,
        resultType: 'ScaledScore',
        valueMin: '0',
        valueMax: String(framework.maxLevel),
      })),
    ],
  };
}

export interface HolderHash {
  /** sha256$<hex of SHA-256(e-mail + salt)> (OB 3.0 IdentityHash), computed by the caller. */
  identityHash: string;
  salt: string;
}

/**
 * The credential before its proof. `credentialId` is a `urn:uuid:`; `emailHash` is the salted hash of
 * the holder's e-mail when the account has one.
 */
export function buildOpenBadgeCredential(input: {
  certificate: CertificateForCredential;
  issuer: CredentialIssuer;
  framework: CredentialFramework;
  credentialId: string;
  emailHash: HolderHash | null;
}) {
  const { certificate, issuer, framework } = input;
  const achievementUrl = achievementId(issuer.publicUrl);
  const fullName = `${certificate.firstName} ${certificate.lastName}`;
  const known = new Set(framework.competences.map((competence) => competence.code));
  const competences = [...certificate.competences].filter((c) => known.has(c.code)).sort((a, b) => compareCodes(a.code, b.code));
  const code = certificate.verificationCode ? ` Code de vérification : ${certificate.verificationCode}.` : '';
  return {
    '@context': [...OPEN_BADGE_CONTEXT],
    id: input.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${ACHIEVEMENT_NAME} de ${fullName}`,
    description:
      `${fullName}, né(e) le ${frDate(certificate.birthdate)}, a obtenu ${certificate.pixScore} pix sur ${maxPixOf(framework)} ` +
      `au test de certification du ${frDate(certificate.takenOn)} (${certificate.centreName}).${code}`,
    issuer: { id: issuer.did, type: ['Profile'], name: issuer.name, url: issuer.publicUrl },
    validFrom: xsdDateTime(certificate.publishedAt),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: fullName },
        ...(input.emailHash ? [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, ...input.emailHash }] : []),
      ],
      activityEndDate: `${certificate.takenOn}T00:00:00Z`,
      achievement: achievement(issuer, framework),
      result: [
        { type: ['Result'], resultDescription: `${achievementUrl}#pix`, value: String(certificate.pixScore) },
        ...competences.map((competence) => ({
          type: ['Result'],
          resultDescription: `${achievementUrl}#competence-${competence.code}`,
          value: String(competence.level),
        })),
      ],
    },
    credentialStatus: statusListEntry(issuer.publicUrl, certificate.statusIndex),
  };
}

export type OpenBadgeCredential = ReturnType<typeof buildOpenBadgeCredential>;

/** "1.2" before "1.10", "2.1" after both. */
function compareCodes(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor || a.localeCompare(b);
}

/** The file's name: certification-pix-libre-P-XXXXXXXX.json (or the course's number). */
export function credentialFileName(certificate: Pick<CertificateForCredential, 'verificationCode' | 'courseId'>): string {
  return `certification-pix-libre-${certificate.verificationCode ?? certificate.courseId}.json`;
}
