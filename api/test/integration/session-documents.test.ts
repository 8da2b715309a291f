import { attendanceSheetPdf, incidentReportPdf } from '../../src/certification/enrolment/infrastructure/session-documents.pdf';
import type { SessionSheet } from '../../src/certification/enrolment/domain/session-sheet';
import { INCIDENT_CODES } from '../../src/certification/session-management';
import { pdfPageCount, pdfTexts } from '../helpers/pdf-text';

const sheet = (count: number): SessionSheet => ({
  centerName: 'Centre du lycée Marie Curie',
  sessionNumber: 4217,
  address: 'Bâtiment A',
  room: 'Salle 12',
  date: '2026-12-07',
  time: '14:00',
  examiner: 'Mme Lefèvre, M. Ngo',
  candidates: Array.from({ length: count }, (_, i) => ({
    lastName: i === 0 ? 'ÉTIENNE' : `NOM${String(i).padStart(3, '0')}`,
    firstName: i === 0 ? 'Zoé' : `Prénom${i}`,
    birthdate: '2008-05-12',
    extraTimePercentage: i === 0 ? 30 : 0,
  })),
});

/** The documents as real PDF files (pdfkit, DejaVu embedded), read back without compression. */
describe("the session's documents", () => {
  it('prints the attendance sheet: the session header and every candidate with a signature column', async () => {
    const pdf = await attendanceSheetPdf(sheet(3), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfTexts(pdf).join('\n');
    for (const expected of ["Feuille d'émargement", 'Centre du lycée Marie Curie', '4217', 'Bâtiment A', 'Salle 12', '07/12/2026', 'Mme Lefèvre, M. Ngo', 'Signature', 'ÉTIENNE', 'Zoé', '12/05/2008', '30 %', 'NOM002', 'Prénom2'])
      expect(text).toContain(expected);
    expect(pdf.toString('latin1')).toContain('DejaVuSans');
  });

  it('goes on over several pages for 300 candidates, every one of them printed', async () => {
    const pdf = await attendanceSheetPdf(sheet(300), { compress: false });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(10);
    const text = pdfTexts(pdf).join('\n');
    expect(text).toContain('NOM299');
    expect(text).toContain(`Page ${pdfPageCount(pdf)} / ${pdfPageCount(pdf)}`);
    const compressed = await attendanceSheetPdf(sheet(300));
    expect(compressed.length).toBeLessThan(pdf.length);
  });

  it('prints the incident report form with every code and its French label', async () => {
    const pdf = await incidentReportPdf(sheet(2), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTexts(pdf).join('\n');
    expect(text).toContain("Procès-verbal d'incident");
    expect(text).toContain('4217');
    for (const { code, label } of INCIDENT_CODES) {
      expect(text).toContain(code);
      expect(text).toContain(label);
    }
  });
});
