// Writes the binary assets of competence 1.2 (files the learner downloads and opens):
//   1.2-archive-exposes.zip   an archive to extract, whose files are counted (@archivesFichiers2)
//   1.2-archive-club-photo.zip an archive to extract, whose text file holds the answer (@archivesFichiers2)
//   1.2-compte-rendu-sortie.pdf, 1.2-affiche-concert.pdf  PDFs whose « Auteur » property differs from
//                              the name printed on the page (@metadonnees4)
// Run from the repository root: node api/scripts/content-assets/c12.mjs (outputs are committed).
// Fixed dates, so that a new run writes the same files (a changed asset makes a new release version).
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import yazl from 'yazl';
import PDFDocument from 'pdfkit';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/assets');
const when = new Date(Date.UTC(2026, 10, 20, 9, 0, 0));

function zip(name, files) {
  const z = new yazl.ZipFile();
  for (const [file, text] of files) z.addBuffer(Buffer.from(text, 'utf8'), file, { mtime: when });
  z.outputStream.pipe(createWriteStream(path.join(assets, name)));
  z.end();
}

zip('1.2-archive-exposes.zip', [
  ['exposes/consignes.txt', 'Exposés de SVT – consignes\r\nChaque groupe présente 5 minutes, avec un plan et ses sources.\r\n'],
  ['exposes/calendrier.csv', 'groupe;sujet;date\r\n1;volcans;12/01/2027\r\n2;séismes;19/01/2027\r\n'],
  ['exposes/volcans/plan.txt', 'Plan : 1. Qu\u2019est-ce qu\u2019un volcan ? 2. Les types d\u2019éruptions. 3. Vivre près d\u2019un volcan.\r\n'],
  ['exposes/volcans/sources.txt', 'Sources : manuel de SVT, chapitre 4 ; site de l\u2019Institut de physique du globe de Paris.\r\n'],
  ['exposes/seismes/plan.txt', 'Plan : 1. Les plaques. 2. Mesurer un séisme. 3. Se protéger.\r\n'],
  ['exposes/seismes/sources.txt', 'Sources : manuel de SVT, chapitre 5.\r\n'],
]);
zip('1.2-archive-club-photo.zip', [
  ['club-photo/lisez-moi.txt', 'Club photo du lycée\r\n\r\nLe thème du prochain concours est : Reflets.\r\nDépôt des photos avant le 15 janvier, une photo par personne.\r\n'],
  ['club-photo/reglement.txt', 'Règlement : les photos doivent être prises par vous. Pas de montage.\r\n'],
]);

function pdf(name, info, lines) {
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: { ...info, CreationDate: when, ModDate: when } });
  doc.pipe(createWriteStream(path.join(assets, name)));
  doc.fontSize(20).text(lines[0]);
  doc.moveDown();
  doc.fontSize(12);
  for (const l of lines.slice(1)) { doc.text(l); doc.moveDown(0.5); }
  doc.end();
}
pdf('1.2-compte-rendu-sortie.pdf', { Title: 'Compte rendu de la sortie au planétarium', Author: 'Nadia Lefèvre', Subject: 'Sortie scolaire', Keywords: 'sortie, planétarium, 4e B' }, [
  'Compte rendu de la sortie au planétarium',
  'Rédigé par la classe de 4e B.',
  'Le 14 novembre, nous avons assisté à une séance sur les planètes du système solaire.',
  'Nous avons appris que Mercure est la planète la plus proche du Soleil.',
]);
pdf('1.2-affiche-concert.pdf', { Title: 'Concert de printemps', Author: 'Thomas Girard', Subject: 'Affiche', Keywords: 'concert, chorale' }, [
  'Concert de printemps de la chorale',
  'Vendredi 10 avril, 20 h, salle des fêtes.',
  'Conception de l\u2019affiche : Studio Do-Ré.',
  'Entrée libre.',
]);
