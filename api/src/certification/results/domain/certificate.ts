import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';
import type { CertificationStatus, CompetenceMark } from './scoring';

/**
 * What a certificate shows (domain.md §7, "Results"), pure. A certificate is seen by its holder once its
 * session is published (before: "En attente de résultats", nothing more); it is verifiable publicly only
 * when published AND its latest scoring (which includes the jury's decision) is VALIDATED.
 */
export type CertificateStatus = 'PENDING' | CertificationStatus;

/** One certification course as the results read it: the latest scoring run stands (null before any). */
export interface CertificateRow {
  courseId: number;
  userId: number;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
  birthCity: string | null;
  birthCountry: string | null;
  externalId: string | null;
  sessionId: number;
  /** AAAA-MM-JJ: the day the certification was taken. */
  sessionDate: string;
  centerName: string;
  publishedAt: Date | null;
  status: CertificationStatus | null;
  pixScore: number | null;
  competenceMarks: CompetenceMark[] | null;
  verificationCode: string | null;
  commentForCandidate: string | null;
  commentForOrganization: string | null;
  /** The school's class of the pupil (school results only). */
  division?: string | null;
}

/** The framework as a certificate lists it: every area and its competences, in order. */
export interface FrameworkOutline {
  areas: { code: string; name: string; competences: { id: string; code: string; name: string }[] }[];
}

export interface CertifiedCompetence {
  id: string;
  code: string;
  name: string;
  /** 0: not certified. */
  level: number;
}

export interface CertifiedArea {
  code: string;
  name: string;
  competences: CertifiedCompetence[];
}

export interface Certificate {
  courseId: number;
  userId: number;
  status: CertificateStatus;
  firstName: string;
  lastName: string;
  birthdate: string;
  birthPlace: string | null;
  externalId: string | null;
  sessionId: number;
  sessionDate: string;
  centerName: string;
  /** The date of delivery (publication); null until published. */
  deliveredAt: Date | null;
  /** Published only (0 for rejected and cancelled results). */
  pixScore: number | null;
  maxPixScore: number;
  /** Every competence of the framework, by area, with its certified level: published VALIDATED only, else empty. */
  areas: CertifiedArea[];
  verificationCode: string | null;
  commentForCandidate: string | null;
  commentForOrganization: string | null;
  division: string | null;
}

/** The highest pix a certificate can carry: every competence of the framework at the highest reachable level. */
export function maxCertificatePixScore(competencesCount: number): number {
  return competencesCount * FRAMEWORK_RULES.pixPerLevel * FRAMEWORK_RULES.maxReachableLevel;
}

export function certificateStatus(row: Pick<CertificateRow, 'publishedAt' | 'status'>): CertificateStatus {
  return row.publishedAt !== null && row.status !== null ? row.status : 'PENDING';
}

/** Published and validated: what the public verification and the credentials show. */
export function isVerifiable(row: Pick<CertificateRow, 'publishedAt' | 'status'>): boolean {
  return certificateStatus(row) === 'VALIDATED';
}

/** The level of each competence of the framework (0 when not certified), grouped by area. */
export function certifiedAreas(marks: readonly CompetenceMark[], outline: FrameworkOutline): CertifiedArea[] {
  const levels = new Map(marks.map((mark) => [mark.competenceId, mark.outcome === 'U' ? 0 : mark.level]));
  return outline.areas.map((area) => ({
    code: area.code,
    name: area.name,
    competences: area.competences.map((c) => ({ id: c.id, code: c.code, name: c.name, level: levels.get(c.id) ?? 0 })),
  }));
}

function birthPlaceOf(row: Pick<CertificateRow, 'birthCity' | 'birthCountry'>): string | null {
  const country = row.birthCountry && row.birthCountry.toUpperCase() !== 'FRANCE' ? row.birthCountry : null;
  const parts = [row.birthCity, country].filter((part): part is string => !!part && part.trim() !== '');
  return parts.length ? parts.join(', ') : null;
}

/** What may be shown of a course: scores and comments only once published, levels only when validated. */
export function toCertificate(row: CertificateRow, outline: FrameworkOutline): Certificate {
  const status = certificateStatus(row);
  const published = status !== 'PENDING';
  const competencesCount = outline.areas.reduce((n, area) => n + area.competences.length, 0);
  return {
    courseId: row.courseId,
    userId: row.userId,
    status,
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    birthPlace: birthPlaceOf(row),
    externalId: row.externalId,
    sessionId: row.sessionId,
    sessionDate: row.sessionDate,
    centerName: row.centerName,
    deliveredAt: published ? row.publishedAt : null,
    pixScore: published ? (status === 'VALIDATED' ? row.pixScore ?? 0 : 0) : null,
    maxPixScore: maxCertificatePixScore(competencesCount),
    areas: status === 'VALIDATED' ? certifiedAreas(row.competenceMarks ?? [], outline) : [],
    verificationCode: status === 'VALIDATED' ? row.verificationCode : null,
    commentForCandidate: published ? row.commentForCandidate : null,
    commentForOrganization: published ? row.commentForOrganization : null,
    division: row.division ?? null,
  };
}

/** "Niveau 3" / "Non certifiée": a level readable without colour. */
export function levelLabel(level: number): string {
  return level > 0 ? `Niveau ${level}` : 'Non certifiée';
}

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  PENDING: 'En attente de résultats',
  VALIDATED: 'Obtenue',
  REJECTED: 'Rejetée',
  CANCELLED: 'Annulée',
};
