import type { Certificate, CertifiedArea } from '../domain/certificate';
import { CertificateStatusValue, CertificateView, CertifiedAreaView, CertifiedCompetenceView, SchoolCertificationResultView, VerifiedCertificateView, type CertificateFields } from './certificate.types';

/** `/certificats/<id>/attestation.pdf` (this context's route) and `/certificats/<id>/credential.json` (the credential's). */
export const attestationPath = (courseId: number) => `/certificats/${courseId}/attestation.pdf`;
export const credentialPath = (courseId: number) => `/certificats/${courseId}/credential.json`;

function areasView(areas: CertifiedArea[]): CertifiedAreaView[] {
  return areas.map((area) =>
    Object.assign(new CertifiedAreaView(), {
      code: area.code,
      name: area.name,
      competences: area.competences.map((c) => Object.assign(new CertifiedCompetenceView(), { ...c, areaCode: area.code })),
    }),
  );
}

function fields<T extends CertificateFields>(view: T, certificate: Certificate): T {
  const areas = areasView(certificate.areas);
  return Object.assign(view, {
    date: certificate.sessionDate,
    deliveredAt: certificate.deliveredAt,
    certificationCenter: certificate.centerName,
    pixScore: certificate.pixScore,
    maxPixScore: certificate.maxPixScore,
    verificationCode: certificate.verificationCode,
    competences: areas.flatMap((area) => area.competences),
    areas,
  });
}

export function toCertificateView(certificate: Certificate): CertificateView {
  const validated = certificate.status === 'VALIDATED';
  return Object.assign(fields(new CertificateView(), certificate), {
    id: String(certificate.courseId),
    status: certificate.status as CertificateStatusValue,
    commentForCandidate: certificate.commentForCandidate,
    attestationUrl: validated ? attestationPath(certificate.courseId) : null,
    credentialUrl: validated ? credentialPath(certificate.courseId) : null,
  });
}

export function toVerifiedCertificateView(certificate: Certificate): VerifiedCertificateView {
  return Object.assign(fields(new VerifiedCertificateView(), certificate), {
    firstName: certificate.firstName,
    lastName: certificate.lastName,
    birthdate: certificate.birthdate,
  });
}

export function toSchoolResultView(certificate: Certificate): SchoolCertificationResultView {
  return Object.assign(fields(new SchoolCertificationResultView(), certificate), {
    id: String(certificate.courseId),
    status: certificate.status as CertificateStatusValue,
    firstName: certificate.firstName,
    lastName: certificate.lastName,
    birthdate: certificate.birthdate,
    division: certificate.division,
    sessionId: certificate.sessionId,
    commentForOrganization: certificate.commentForOrganization,
  });
}
