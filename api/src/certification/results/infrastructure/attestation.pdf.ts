import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Writable } from 'node:stream';
import { frenchDate } from '../../../shared/domain/french-csv';
import { levelLabel, type Certificate } from '../domain/certificate';

/**
 * The attestation of a certificate (domain.md §7): one A4 page in French, the DejaVu font embedded,
 * a QR code (vector squares) to the public verification page. A class's attestations are one document
 * written to its destination page by page (pdfkit flushes a page when the next one starts): what stays
 * in memory is what a PDF writes at its end, the page tree and the cross-reference offsets (pdfkit keeps
 * each written page's dictionary: about 1.4 KiB a page, docs/domain.md §13), not the pages.
 * `compress: false` leaves the text readable to the tests.
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 48;

export interface AttestationOptions {
  compress?: boolean;
}

/** The public verification page of a code, on the learner app. */
export type VerificationLink = (code: string) => string;

type Doc = PDFKit.PDFDocument;

function newDocument(title: string, options: AttestationOptions): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    compress: options.compress ?? true,
    lang: 'fr-FR',
    info: { Title: title, Creator: 'Pix libre – certification', Producer: 'Pix libre' },
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  return doc;
}

function qrCode(doc: Doc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save().fillColor('#000');
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

function line(doc: Doc, label: string, value: string) {
  doc.font('bold').fontSize(10).fillColor('#000').text(`${label} : `, { continued: true }).font('regular').text(value);
}

/** One certificate's page, added to `doc`. */
export function addAttestationPage(doc: Doc, certificate: Certificate, verificationLink: VerificationLink) {
  doc.addPage();
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(18).fillColor('#000').text('Attestation de certification', { align: 'center' });
  doc.font('regular').fontSize(10).text('Certification des compétences numériques – Pix libre', { align: 'center' });
  doc.moveDown(1.2);
  doc.font('bold').fontSize(14).text(`${certificate.firstName} ${certificate.lastName}`);
  const birthPlace = certificate.birthPlace ? ` à ${certificate.birthPlace}` : '';
  doc.font('regular').fontSize(10).text(`Né(e) le ${frenchDate(certificate.birthdate)}${birthPlace}`);
  doc.moveDown(0.6);
  line(doc, 'Date de passage de la certification', frenchDate(certificate.sessionDate));
  line(doc, 'Centre de certification', certificate.centerName);
  line(doc, 'Date de délivrance', frenchDate(certificate.deliveredAt));
  doc.moveDown(0.6);
  doc.font('bold').fontSize(13).text(`Score : ${certificate.pixScore ?? 0} pix sur ${certificate.maxPixScore}`);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11).text('Niveau certifié de chaque compétence');
  doc.moveDown(0.3);
  for (const area of certificate.areas) {
    doc.font('bold').fontSize(9.5).text(`${area.code}. ${area.name}`);
    for (const competence of area.competences) {
      const y = doc.y;
      doc.font('regular').fontSize(9).text(`${competence.code} ${competence.name}`, MARGIN + 12, y, { width: width - 120, lineBreak: false, ellipsis: true });
      doc.font('bold').fontSize(9).text(levelLabel(competence.level), MARGIN + width - 100, y, { width: 100, align: 'right' });
      doc.x = MARGIN;
    }
    doc.moveDown(0.35);
  }
  if (certificate.commentForCandidate) {
    doc.moveDown(0.3);
    doc.font('bold').fontSize(10).text('Commentaire du jury : ', { continued: true }).font('regular').text(certificate.commentForCandidate);
  }
  const code = certificate.verificationCode ?? '';
  const link = verificationLink(code);
  const qrSize = 92;
  const top = doc.page.height - MARGIN - qrSize;
  doc.page.margins.bottom = 0;
  qrCode(doc, link, MARGIN, top, qrSize);
  doc.font('bold').fontSize(11).text(`Code de vérification : ${code}`, MARGIN + qrSize + 16, top + 10, { width: width - qrSize - 16 });
  doc.font('regular').fontSize(8.5).text(`Ce certificat, valable sans limite de durée, peut être vérifié avec ce code sur ${link}`, MARGIN + qrSize + 16, top + 32, {
    width: width - qrSize - 16,
  });
}

/** One certificate's attestation, in memory (one page). */
export function attestationPdf(certificate: Certificate, verificationLink: VerificationLink, options: AttestationOptions = {}): Promise<Buffer> {
  const doc = newDocument(`Attestation de certification – ${certificate.firstName} ${certificate.lastName}`, options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  addAttestationPage(doc, certificate, verificationLink);
  doc.end();
  return done;
}

/**
 * Many attestations as one document written to `out` as it goes: each page is flushed when the next
 * starts and handed to `out` before the next is drawn, and the next certificates are read only when
 * `out` has drained (back-pressure).
 */
export async function streamAttestations(
  certificates: AsyncIterable<Certificate>,
  out: Writable,
  verificationLink: VerificationLink,
  title: string,
  options: AttestationOptions = {},
): Promise<number> {
  const doc = newDocument(title, options);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('close', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  let count = 0;
  for await (const certificate of certificates) {
    if (out.destroyed) break;
    addAttestationPage(doc, certificate, verificationLink);
    count += 1;
    // pdfkit pushes the page's bytes into its own readable buffer; the pipe moves them to `out` only
    // when the event loop turns. The certificates come from memory between two database pages (200
    // rows), so without this turn a whole database page of PDF would wait in pdfkit's buffer and `out`
    // would never report back-pressure.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (out.writableNeedDrain) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('close', done);
      });
    }
  }
  doc.end();
  await finished;
  return count;
}
