import { asText, frenchDate } from '../../../shared/domain/french-csv';
import type { Certificate, CertificateStatus, FrameworkOutline } from './certificate';

/**
 * The schools' certification results file (domain.md §7): the columns of the reference, one per
 * competence code after "Nombre de Pix", French dates, `;` and a BOM (the HTTP route writes them).
 * Pure: rows in, cells out. Scores and levels only for validated results ("-" otherwise).
 */
const CSV_STATUS: Record<CertificateStatus, string> = {
  PENDING: 'En attente',
  VALIDATED: 'Validée',
  REJECTED: 'Rejetée',
  CANCELLED: 'Annulée',
};

export function certificationResultsHeader(outline: FrameworkOutline): string[] {
  return [
    'Numéro de certification',
    'Prénom',
    'Nom',
    'Date de naissance',
    'Lieu de naissance',
    'Identifiant Externe',
    'Statut',
    'Nombre de Pix',
    ...outline.areas.flatMap((area) => area.competences.map((c) => c.code)),
    'Session',
    'Centre de certification',
    'Date de passage de la certification',
    "Commentaire jury pour l'organisation",
  ];
}

export function certificationResultsRecord(certificate: Certificate, outline: FrameworkOutline): string[] {
  const validated = certificate.status === 'VALIDATED';
  const levels = new Map(certificate.areas.flatMap((area) => area.competences.map((c) => [c.id, c.level] as const)));
  return [
    String(certificate.courseId),
    asText(certificate.firstName),
    asText(certificate.lastName),
    frenchDate(certificate.birthdate),
    asText(certificate.birthPlace ?? ''),
    asText(certificate.externalId ?? ''),
    CSV_STATUS[certificate.status],
    validated ? String(certificate.pixScore ?? 0) : '-',
    ...outline.areas.flatMap((area) =>
      area.competences.map((c) => {
        const level = levels.get(c.id) ?? 0;
        return validated && level > 0 ? String(level) : '-';
      }),
    ),
    String(certificate.sessionId),
    asText(certificate.centerName),
    frenchDate(certificate.sessionDate),
    asText(certificate.commentForOrganization ?? ''),
  ];
}

/** `resultats-certification-<classe>.csv`, ASCII and safe in a header. */
export function certificationResultsFileName(division: string | null, extension: 'csv' | 'pdf'): string {
  const prefix = extension === 'csv' ? 'resultats-certification' : 'attestations-certification';
  const slug = (division ?? 'tous')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'classe'}.${extension}`;
}
