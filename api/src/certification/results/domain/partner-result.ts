import { certificateStatus, certifiedAreas, type CertificateRow, type CertificateStatus, type FrameworkOutline } from './certificate';

/**
 * A school's certification result as the partners' API gives it (domain.md §7, "Integrators";
 * docs/integrators.md), pure. A course of a finalised session of the school's centre, one of its
 * pupils: PENDING until the session is published (nothing but who, when, where); once published,
 * the latest scoring's status (the jury's decision included: VALIDATED, REJECTED, CANCELLED); the pix
 * score, the verification code and the levels only for a published VALIDATED result.
 */
export interface PartnerCertificationResult {
  courseId: number;
  nationalStudentId: string | null;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
  status: CertificateStatus;
  pixScore: number | null;
  verificationCode: string | null;
  /** AAAA-MM-JJ: the session's date. */
  sessionDate: string;
  sessionId: number;
  centerName: string;
  /** The publication; null while PENDING. */
  publishedAt: Date | null;
  /** Every competence of the framework by code, 0 when not certified: VALIDATED only, else empty. */
  competences: { code: string; level: number }[];
}

export type PartnerResultRow = CertificateRow & { nationalStudentId: string | null };

export function toPartnerResult(row: PartnerResultRow, outline: FrameworkOutline): PartnerCertificationResult {
  const status = certificateStatus(row);
  const validated = status === 'VALIDATED';
  return {
    courseId: row.courseId,
    nationalStudentId: row.nationalStudentId,
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    status,
    pixScore: validated ? row.pixScore ?? 0 : null,
    verificationCode: validated ? row.verificationCode : null,
    sessionDate: row.sessionDate,
    sessionId: row.sessionId,
    centerName: row.centerName,
    publishedAt: status === 'PENDING' ? null : row.publishedAt,
    competences: validated
      ? certifiedAreas(row.competenceMarks ?? [], outline).flatMap((area) => area.competences.map((c) => ({ code: c.code, level: c.level })))
      : [],
  };
}
