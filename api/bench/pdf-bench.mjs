// The session's documents (pdfkit, DejaVu embedded): the attendance sheet of a full session (300
// candidates, the most a session holds) and the incident report form, each made RUNS times in this
// process after a warm-up; time per document (p50 / max) and size. No database: the documents are
// made from their data, as the route does once it has read the session.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ms, repositoryRoot } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));
const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 20);
const CANDIDATES = 300;

const sheet = {
  centerName: 'Lycée Marie Curie',
  sessionNumber: 4217,
  address: 'Lycée Marie Curie – bâtiment B',
  room: 'Salle 204',
  date: '2026-12-07',
  time: '14:00',
  examiner: 'Mme Dubois, M. Moreau',
  candidates: Array.from({ length: CANDIDATES }, (_, i) => ({
    lastName: `ÉLÈVE-${String(i).padStart(3, '0')} D'ARCY`,
    firstName: `Prénom${i}`,
    birthdate: '2008-05-12',
    extraTimePercentage: i % 10 === 0 ? 30 : 0,
  })),
};

async function measure(make) {
  await make();
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    const pdf = await make();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    size = pdf.length;
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], max: times[times.length - 1], size };
}

export async function pdfBenchmark() {
  const { attendanceSheetPdf, incidentReportPdf } = dist('certification/enrolment/infrastructure/session-documents.pdf.js');
  const attendance = await measure(() => attendanceSheetPdf(sheet));
  const incident = await measure(() => incidentReportPdf(sheet));
  const row = (label, m) => `| ${label} | ${ms(m.p50)} / ${ms(m.max)} | ${(m.size / 1024).toFixed(0)} Kio |`;
  return [
    "Certification: the session's documents (PDF)",
    [
      `${RUNS} documents de chaque sorte, l'un après l'autre dans un même processus, après un document de chauffe (pdfkit, police DejaVu Sans incorporée et réduite aux caractères employés, flux compressés).`,
      '',
      '| document | temps p50 / max | taille |',
      '|---|---|---|',
      row(`Feuille d'émargement, ${CANDIDATES} candidats`, attendance),
      row("PV d'incident", incident),
    ],
  ];
}
