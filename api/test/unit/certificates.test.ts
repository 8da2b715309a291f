import { certificateStatus, isVerifiable, maxCertificatePixScore, toCertificate, type CertificateRow, type FrameworkOutline } from '../../src/certification/results/domain/certificate';
import { certificationResultsFileName, certificationResultsHeader, certificationResultsRecord } from '../../src/certification/results/domain/certification-results-csv';
import type { CompetenceMark } from '../../src/certification/results/domain/scoring';

const outline: FrameworkOutline = {
  areas: [
    { code: '1', name: 'Informations et données', competences: [{ id: 'c11', code: '1.1', name: 'Mener une recherche' }, { id: 'c12', code: '1.2', name: 'Gérer des données' }] },
    { code: '2', name: 'Communication', competences: [{ id: 'c21', code: '2.1', name: 'Interagir' }] },
  ],
};
const mark = (competenceId: string, outcome: 'V' | 'D' | 'U', level: number): CompetenceMark => ({ competenceId, questions: 3, correct: 2, neutralized: 0, outcome, level, pix: level * 8 });
const row = (overrides: Partial<CertificateRow> = {}): CertificateRow => ({
  courseId: 7, userId: 3, firstName: 'Awa', lastName: 'TRAORÉ', birthdate: '2008-05-12', birthCity: 'DAKAR', birthCountry: 'SÉNÉGAL', externalId: '=INE',
  sessionId: 12, sessionDate: '2026-11-18', centerName: 'Centre du lycée', publishedAt: new Date('2026-12-01T10:00:00Z'), status: 'VALIDATED', pixScore: 40,
  competenceMarks: [mark('c11', 'V', 3), mark('c21', 'D', 2), mark('c12', 'U', 0)], verificationCode: 'P-C3YFQ8GC', commentForCandidate: 'Bravo', commentForOrganization: 'RAS',
  ...overrides,
});

describe('certificates (domain.md §7, results)', () => {
  it('is pending until its session is published, whatever its scoring says; then the latest scoring stands', () => {
    expect(certificateStatus({ publishedAt: null, status: 'VALIDATED' })).toBe('PENDING');
    expect(certificateStatus({ publishedAt: new Date(), status: null })).toBe('PENDING');
    expect(certificateStatus({ publishedAt: new Date(), status: 'CANCELLED' })).toBe('CANCELLED');
    expect(isVerifiable({ publishedAt: new Date(), status: 'VALIDATED' })).toBe(true);
    for (const status of ['REJECTED', 'CANCELLED'] as const) expect(isVerifiable({ publishedAt: new Date(), status })).toBe(false);
    expect(isVerifiable({ publishedAt: null, status: 'VALIDATED' })).toBe(false);
  });

  it('shows nothing of the results before publication', () => {
    const pending = toCertificate(row({ publishedAt: null }), outline);
    expect(pending).toMatchObject({ status: 'PENDING', pixScore: null, areas: [], verificationCode: null, commentForCandidate: null, commentForOrganization: null, deliveredAt: null });
  });

  it('lists every competence of the framework by area with its certified level (0 when not certified), the maximum being the framework’s', () => {
    const certificate = toCertificate(row(), outline);
    expect(certificate.maxPixScore).toBe(maxCertificatePixScore(3));
    expect(maxCertificatePixScore(16)).toBe(768);
    expect(certificate.areas).toEqual([
      { code: '1', name: 'Informations et données', competences: [{ id: 'c11', code: '1.1', name: 'Mener une recherche', level: 3 }, { id: 'c12', code: '1.2', name: 'Gérer des données', level: 0 }] },
      { code: '2', name: 'Communication', competences: [{ id: 'c21', code: '2.1', name: 'Interagir', level: 2 }] },
    ]);
    expect(certificate.birthPlace).toBe('DAKAR, SÉNÉGAL');
    expect(toCertificate(row({ birthCountry: 'FRANCE', birthCity: 'LYON 3' }), outline).birthPlace).toBe('LYON 3');
  });

  it('keeps levels, score and code for validated certificates only', () => {
    const rejected = toCertificate(row({ status: 'REJECTED', pixScore: 0 }), outline);
    expect(rejected).toMatchObject({ status: 'REJECTED', pixScore: 0, areas: [], verificationCode: null, commentForCandidate: 'Bravo' });
  });

  it("writes the schools' file with the reference's columns, French dates, a level or - per competence, and no formula", () => {
    expect(certificationResultsHeader(outline)).toEqual([
      'Numéro de certification', 'Prénom', 'Nom', 'Date de naissance', 'Lieu de naissance', 'Identifiant Externe', 'Statut', 'Nombre de Pix', '1.1', '1.2', '2.1',
      'Session', 'Centre de certification', 'Date de passage de la certification', "Commentaire jury pour l'organisation",
    ]);
    expect(certificationResultsRecord(toCertificate(row(), outline), outline)).toEqual([
      '7', 'Awa', 'TRAORÉ', '12/05/2008', 'DAKAR, SÉNÉGAL', "'=INE", 'Validée', '40', '3', '-', '2', '12', 'Centre du lycée', '18/11/2026', 'RAS',
    ]);
    expect(certificationResultsRecord(toCertificate(row({ status: 'CANCELLED' }), outline), outline).slice(6, 11)).toEqual(['Annulée', '-', '-', '-', '-']);
    expect(certificationResultsFileName('Terminale G2 – é', 'csv')).toBe('resultats-certification-Terminale-G2-e.csv');
    expect(certificationResultsFileName('TG2', 'pdf')).toBe('attestations-certification-TG2.pdf');
  });
});
