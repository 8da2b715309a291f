import PDFDocument from 'pdfkit';
import { INCIDENT_CODES, INCIDENT_FAMILIES } from '../../session-management';
import { extraTimeLabel, sessionHeaderLines, type SessionSheet } from '../domain/session-sheet';

/**
 * The session's documents as A4 PDF files (pdfkit), in French, with the DejaVu font embedded (every
 * accent and apostrophe prints, whatever the reader's fonts). `compress: false` leaves the content
 * streams readable (the tests read the text back).
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 40;

export interface PdfOptions {
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;

function newDocument(title: string, options: PdfOptions): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: 'fr-FR',
    info: { Title: title, Creator: 'Pix libre – Pix Certif', Producer: 'Pix libre' },
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('regular');
  return doc;
}

function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.height - MARGIN + 10;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#444').text(`Page ${i + 1} / ${range.count}`, MARGIN, bottom, { width: doc.page.width - 2 * MARGIN, align: 'right' });
  }
  doc.end();
  return done;
}

function header(doc: Doc, title: string, sheet: SessionSheet) {
  doc.font('bold').fontSize(16).fillColor('#000').text(title, { align: 'center' });
  doc.moveDown(0.6);
  doc.fontSize(9.5);
  for (const [label, value] of sessionHeaderLines(sheet)) {
    doc.font('bold').text(`${label} : `, { continued: true }).font('regular').text(value);
  }
  doc.moveDown(0.6);
}

interface Column {
  title: string;
  width: number;
}

function tableRow(doc: Doc, columns: Column[], cells: string[], y: number, height: number, bold = false) {
  let x = MARGIN;
  doc.font(bold ? 'bold' : 'regular').fontSize(bold ? 8.5 : 9);
  columns.forEach((column, i) => {
    doc.rect(x, y, column.width, height).stroke('#000');
    doc.fillColor('#000').text(cells[i] ?? '', x + 3, y + 4, { width: column.width - 6, height: height - 6, ellipsis: true });
    x += column.width;
  });
}

/** "Feuille d'émargement": the header, then one line per candidate with a column to sign. */
export function attendanceSheetPdf(sheet: SessionSheet, options: PdfOptions = {}): Promise<Buffer> {
  const doc = newDocument(`Feuille d'émargement – session ${sheet.sessionNumber}`, options);
  header(doc, "Feuille d'émargement", sheet);
  doc.font('regular').fontSize(8.5).text(`${sheet.candidates.length} candidat(s) inscrit(s). Chaque candidat signe à son arrivée.`);
  doc.moveDown(0.5);
  const columns: Column[] = [
    { title: 'N°', width: 28 },
    { title: 'Nom de naissance', width: 130 },
    { title: 'Prénom', width: 110 },
    { title: 'Date de naissance', width: 75 },
    { title: 'Temps majoré', width: 62 },
    { title: 'Signature', width: 110 },
  ];
  const rowHeight = 26;
  const headerHeight = 24;
  const bottom = () => doc.page.height - MARGIN - 20;
  let y = doc.y;
  tableRow(doc, columns, columns.map((c) => c.title), y, headerHeight, true);
  y += headerHeight;
  sheet.candidates.forEach((candidate, i) => {
    if (y + rowHeight > bottom()) {
      doc.addPage();
      y = MARGIN;
      tableRow(doc, columns, columns.map((c) => c.title), y, headerHeight, true);
      y += headerHeight;
    }
    const birthdate = candidate.birthdate.split('-').reverse().join('/');
    tableRow(doc, columns, [String(i + 1), candidate.lastName, candidate.firstName, birthdate, extraTimeLabel(candidate.extraTimePercentage), ''], y, rowHeight);
    y += rowHeight;
  });
  if (y + 60 > bottom()) {
    doc.addPage();
    y = MARGIN;
  }
  doc.font('regular').fontSize(9).text('Signature du ou des surveillants :', MARGIN, y + 16);
  return finish(doc);
}

/** "PV d'incident": the header, the incident codes and their meaning, and a table to fill in by hand. */
export function incidentReportPdf(sheet: SessionSheet, options: PdfOptions = {}): Promise<Buffer> {
  const doc = newDocument(`PV d'incident – session ${sheet.sessionNumber}`, options);
  header(doc, "Procès-verbal d'incident (PV d'incident)", sheet);
  doc.font('regular').fontSize(8.5).text(
    "À remplir par le surveillant pendant la session, puis à reporter lors de la finalisation de la session dans Pix Certif. Indiquez pour chaque incident le candidat, le code de l'incident, le numéro de la question pour un code E, et ce qui s'est passé.",
  );
  doc.moveDown(0.6);
  for (const family of INCIDENT_FAMILIES) {
    doc.font('bold').fontSize(9.5).text(family.title);
    for (const incident of INCIDENT_CODES.filter((c) => c.code.startsWith(family.prefix))) {
      doc.font('bold').fontSize(8.5).text(`${incident.code}  `, { continued: true }).font('regular').text(incident.label);
    }
    doc.moveDown(0.4);
  }
  doc.moveDown(0.4);
  const columns: Column[] = [
    { title: 'Candidat (nom, prénom)', width: 140 },
    { title: 'Code', width: 45 },
    { title: 'N° de question', width: 60 },
    { title: 'Description de l’incident', width: 270 },
  ];
  const rowHeight = 44;
  let y = doc.y;
  const bottom = () => doc.page.height - MARGIN - 20;
  tableRow(doc, columns, columns.map((c) => c.title), y, 24, true);
  y += 24;
  for (let i = 0; i < 14; i += 1) {
    if (y + rowHeight > bottom()) {
      doc.addPage();
      y = MARGIN;
      tableRow(doc, columns, columns.map((c) => c.title), y, 24, true);
      y += 24;
    }
    tableRow(doc, columns, ['', '', '', ''], y, rowHeight);
    y += rowHeight;
  }
  if (y + 60 > bottom()) {
    doc.addPage();
    y = MARGIN;
  }
  doc.font('regular').fontSize(9).text('Date et signature du ou des surveillants :', MARGIN, y + 16);
  return finish(doc);
}
