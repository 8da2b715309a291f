import { Writable } from 'node:stream';
import { streamAttestations } from '../../src/certification/results/infrastructure/attestation.pdf';
import type { Certificate } from '../../src/certification/results/domain/certificate';
import { pdfPageCount, pdfTexts } from '../helpers/pdf-text';

const areas = [1, 2].map((a) => ({
  code: String(a),
  name: `Domaine ${a}`,
  competences: [1, 2, 3].map((c) => ({ id: `c${a}${c}`, code: `${a}.${c}`, name: 'Mener une recherche et une veille d’information', level: c })),
}));
const certificate = (n: number): Certificate => ({
  courseId: n, userId: n, status: 'VALIDATED', firstName: 'Élève', lastName: `NUMÉRO ${n}`, birthdate: '2009-03-08', birthPlace: 'NANTES', externalId: null,
  sessionId: 1, sessionDate: '2026-11-20', centerName: 'Centre du collège Jules Verne', deliveredAt: new Date('2026-12-01T10:00:00Z'), pixScore: 96, maxPixScore: 768,
  areas, verificationCode: 'P-C3YFQ8GC', commentForCandidate: null, commentForOrganization: null, division: '3A',
});
const link = (code: string) => `https://pix.example.fr/verifier-un-certificat?code=${code}`;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A class's attestations as one PDF (docs/domain.md §13): the pages go to the destination as they are
 * drawn, and a destination that does not take them stops the reading of the next certificates —
 * even when the certificates come from memory, with no I/O between them to turn the event loop.
 */
describe("a class's attestations, streamed", () => {
  it('stops reading certificates while the destination is full, then writes every page', async () => {
    const held: (() => void)[] = [];
    const chunks: Buffer[] = [];
    let flowing = false;
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        if (flowing) done();
        else held.push(done);
      },
    });
    let read = 0;
    async function* certificates() {
      for (let n = 1; n <= 60; n += 1) {
        read += 1;
        yield certificate(n);
      }
    }
    const written = streamAttestations(certificates(), out, link, 'Attestations de la classe 3A', { compress: false });
    for (let i = 0; i < 100; i += 1) await turn();
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(15);

    flowing = true;
    for (const done of held.splice(0)) done();
    expect(await written).toBe(60);
    const pdf = Buffer.concat(chunks);
    expect(pdfPageCount(pdf)).toBe(60);
    const text = pdfTexts(pdf).join('\n');
    expect(text).toContain('Élève NUMÉRO 1');
    expect(text).toContain('Élève NUMÉRO 60');
  });
});
