import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, promises as fsp, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import * as yazl from 'yazl';
import { readSiecleFile, type SiecleFileReadOptions } from '../../src/prescription/learner-management/infrastructure/siecle-file-reader';
import { validateSiecleImport } from '../../src/prescription/learner-management/domain/siecle-pupil';
import { SiecleImportError, SiecleProblemCode } from '../../src/prescription/learner-management/domain/siecle-errors';
import { translate } from '../../src/shared/i18n/translate';

const FIXTURES = path.join(__dirname, '../fixtures/siecle');
const GENERATOR = path.join(FIXTURES, 'generate.mjs');
const UAI = '0751234A';
const MB = 1024 * 1024;
let dir: string;

const file = (name: string) => path.join(dir, name);
const generate = (...args: string[]) => execFileSync(process.execPath, [GENERATOR, ...args], { stdio: 'pipe' });

async function write(name: string, content: string | Buffer, encoding = 'utf-8'): Promise<string> {
  await fsp.writeFile(file(name), typeof content === 'string' ? iconv.encode(content, encoding) : content);
  return file(name);
}

/** A zip made like archivers do: each entry a buffer or a stream. */
async function zip(name: string, entries: [string, Buffer | Readable][]): Promise<string> {
  const archive = new yazl.ZipFile();
  for (const [entryName, content] of entries) {
    if (Buffer.isBuffer(content)) archive.addBuffer(content, entryName);
    else archive.addReadStream(content, entryName);
  }
  archive.end();
  await pipeline(archive.outputStream, createWriteStream(file(name)));
  return file(name);
}

/** A stream of `total` bytes, each chunk `chunk` repeated (never held whole in memory). */
function repeated(chunk: Buffer, total: number): Readable {
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      this.push(part);
    },
  });
}

async function refusal(reading: Promise<unknown>): Promise<SiecleImportError> {
  const error = await reading.then(
    () => {
      throw new Error('the file was accepted');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof SiecleImportError)) throw error;
  return error;
}

/** Peak resident memory above the start while `run` works, sampled every few milliseconds. */
async function memoryGrowth(run: (options: SiecleFileReadOptions) => Promise<unknown>): Promise<{ growthMb: number; result: unknown }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 5);
  try {
    const result = await run({ onProgress: sample }).catch((e: unknown) => e);
    sample();
    return { growthMb: (peak - start) / MB, result };
  } finally {
    clearInterval(timer);
  }
}

interface TestPupil {
  id: string;
  ine?: string;
  last?: string;
  first?: string;
  birth?: string;
  sex?: string;
  division?: string;
}

/** A SIECLE export in miniature, with the real element names. */
function siecleXml(pupils: TestPupil[], { uai = UAI, encoding = 'ISO-8859-15' } = {}): string {
  const tag = (name: string, value = '') => (value ? `<${name}>${value}</${name}>` : `<${name}/>`);
  const eleves = pupils.map((p) =>
    [`<ELEVE ELEVE_ID="${p.id}" ELENOET="${p.id.slice(-4)}">`, tag('ID_NATIONAL', p.ine), tag('NOM_DE_FAMILLE', p.last ?? 'MARTIN'),
      tag('NOM_USAGE'), tag('PRENOM', p.first ?? 'Léa'), tag('PRENOM2'), tag('PRENOM3'), tag('DATE_NAISS', p.birth),
      tag('CODE_PAYS', '100'), tag('CODE_SEXE', p.sex ?? '2'), tag('CODE_DEPARTEMENT_NAISS', '075'),
      tag('CODE_COMMUNE_INSEE_NAISS', '75114'), tag('VILLE_NAISS', 'PARIS 14E ARRONDISSEMENT'), tag('CODE_MEF', '20010018110'),
      tag('CODE_STATUT', 'ST'), tag('DATE_SORTIE'), '</ELEVE>'].join('\n'));
  const structures = pupils.map((p) =>
    `<STRUCTURES_ELEVE ELEVE_ID="${p.id}">\n<STRUCTURE>\n<CODE_STRUCTURE>${p.division ?? '2NDE1'}</CODE_STRUCTURE>\n<TYPE_STRUCTURE>D</TYPE_STRUCTURE>\n</STRUCTURE>\n</STRUCTURES_ELEVE>`);
  return [`<?xml version="1.0" encoding="${encoding}"?>`, '<BEE_ELEVES VERSION="3.1">', `<PARAMETRES>\n<UAJ>${uai}</UAJ>\n</PARAMETRES>`,
    '<DONNEES>', '<ELEVES>', ...eleves, '</ELEVES>', '<STRUCTURES>', ...structures, '</STRUCTURES>', '</DONNEES>', '</BEE_ELEVES>', ''].join('\n');
}

const lineOf = (xml: string, needle: string) => xml.slice(0, xml.indexOf(needle)).split('\n').length;

beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'siecle-test-'));
  generate('--out', file('ElevesSansAdresses.zip'));
  generate('--out', file('ElevesSansAdresses.xml'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('reading a SIECLE export', () => {
  it('reads the sample zip of the demo lycée, accents of ISO-8859-15 included', async () => {
    const raw = await readSiecleFile(file('ElevesSansAdresses.zip'));
    expect(raw.uai).toBe(UAI);
    expect(raw.pupils).toHaveLength(123);
    const names = raw.pupils.map((p) => `${p.firstName} ${p.lastName}`).join(', ');
    expect(names).toContain('CŒURDEVEY');
    expect(names).toMatch(/Maëlys|Éloïse|Anaïs|Noémie|Héloïse|Clémence/);
    expect(names).toMatch(/D'ARCY|N'DIAYE|L'HÔTE/);
    expect(names).not.toMatch(/[\uFFFD¼½]/);
    const { pupils } = validateSiecleImport(raw, UAI);
    expect(pupils).toHaveLength(120);
    expect(new Set(pupils.map((p) => p.division))).toEqual(new Set(['2NDE1', '2NDE2', '1G1', 'TG2']));
    expect(raw.pupils.filter((p) => p.leftAt)).toHaveLength(2);
    expect(raw.pupils.filter((p) => p.division === null)).toHaveLength(1); // the one in "Inactifs"
    // SCOLARITE_AN_DERNIER has a CODE_MEF of its own: the pupil's is this year's.
    expect(new Set(pupils.map((p) => p.mefCode))).toEqual(new Set(['20010018110', '20111010110', '20212010110']));
    const xml = iconv.decode(readFileSync(file('ElevesSansAdresses.xml')), 'ISO-8859-15');
    expect(raw.pupils[5].line).toBe(lineOf(xml, `ELEVE_ID="${raw.pupils[5].eleveId}"`));
  });

  it('reads the same pupils from the bare XML, from a stream of it or of the zip, and from the committed fixtures', async () => {
    const fromZip = await readSiecleFile(file('ElevesSansAdresses.zip'));
    await expect(readSiecleFile(file('ElevesSansAdresses.xml'))).resolves.toEqual(fromZip);
    await expect(readSiecleFile(createReadStream(file('ElevesSansAdresses.xml'), { highWaterMark: 1000 }))).resolves.toEqual(fromZip);
    await expect(readSiecleFile(createReadStream(file('ElevesSansAdresses.zip')))).resolves.toEqual(fromZip);
    await expect(readSiecleFile(path.join(FIXTURES, 'ElevesSansAdresses.zip'))).resolves.toEqual(fromZip);
    await expect(readSiecleFile(path.join(FIXTURES, 'ElevesSansAdresses.xml'))).resolves.toEqual(fromZip);
  });

  it('reports its progress in bytes of XML', async () => {
    const seen: [number, number | undefined][] = [];
    await readSiecleFile(file('ElevesSansAdresses.xml'), { onProgress: (read, total) => seen.push([read, total]) });
    const size = (await fsp.stat(file('ElevesSansAdresses.xml'))).size;
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toEqual([size, size]);
    expect(seen.every(([read], i) => i === 0 || read > seen[i - 1][0])).toBe(true);
  });

  it('ignores the hidden entries a Mac or an explorer adds to the zip', async () => {
    const xml = readFileSync(file('ElevesSansAdresses.xml'));
    const zipped = await zip('mac.zip', [
      ['export/ElevesSansAdresses.xml', xml],
      ['__MACOSX/export/._ElevesSansAdresses.xml', Buffer.from('resource fork')],
      ['export/.DS_Store', Buffer.from('x')],
      ['export/lisez-moi.txt', Buffer.from('SIECLE')],
    ]);
    expect((await readSiecleFile(zipped)).pupils).toHaveLength(123);
  });

  it('reads a UTF-8 file with a byte-order mark and no prolog', async () => {
    const xml = siecleXml([{ id: '1', ine: '1234567890A', first: 'Éloïse', last: "D'ARCY", birth: '05/03/2010' }]).replace(/^<\?xml[^>]*>\n/, '');
    const raw = await readSiecleFile(await write('bom.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)])));
    expect(raw.pupils[0]).toMatchObject({ firstName: 'Éloïse', lastName: "D'ARCY", division: '2NDE1' });
  });

  it('reads 5 000 pupils of a generated zip, and the same XML arriving in one large chunk', async () => {
    generate('--pupils', '5000', '--out', file('5000.zip'));
    const raw = await readSiecleFile(file('5000.zip'));
    expect(raw.pupils).toHaveLength(5003);
    expect(validateSiecleImport(raw, UAI).pupils).toHaveLength(5000);
    generate('--pupils', '5000', '--out', file('5000.xml'));
    const whole = readFileSync(file('5000.xml'));
    expect(whole.length).toBeGreaterThan(2 * MB);
    expect((await readSiecleFile(Readable.from([whole]))).pupils).toHaveLength(5003);
  });
});

describe('refusing a bad file, with what to fix', () => {
  it('refuses malformed XML, giving the line', async () => {
    const xml = siecleXml([{ id: '1', ine: '1234567890A', birth: '05/03/2010' }]).replace('</PRENOM>', '</PRENOMS>');
    const error = await refusal(readSiecleFile(await write('malformed.xml', xml, 'ISO-8859-15')));
    expect(error.codes).toEqual([SiecleProblemCode.MALFORMED_XML]);
    expect(error.problems[0].line).toBe(lineOf(xml, '</PRENOMS>'));
    expect(translate(error.messageKey, error.params)).toContain(`abîmé à la ligne ${lineOf(xml, '</PRENOMS>')}`);
  });

  it('refuses a name of millions of characters without holding it', async () => {
    const xml = siecleXml([{ id: '1', ine: '1234567890A', birth: '05/03/2010', last: 'A'.repeat(3 * MB) }]);
    const error = await refusal(readSiecleFile(Readable.from([Buffer.from(xml)])));
    expect(error.codes).toEqual([SiecleProblemCode.MALFORMED_XML]);
  });

  it('refuses a truncated export', async () => {
    const xml = readFileSync(file('ElevesSansAdresses.xml'));
    const error = await refusal(readSiecleFile(await write('truncated.xml', xml.subarray(0, Math.floor(xml.length / 2)))));
    expect(error.codes).toEqual([SiecleProblemCode.MALFORMED_XML]);
  });

  it('refuses a DTD with an external entity, never resolving it', async () => {
    const xml = siecleXml([{ id: '1', ine: '1234567890A', birth: '05/03/2010', last: '&x;' }]).replace(
      '<BEE_ELEVES',
      '<!DOCTYPE BEE_ELEVES [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<BEE_ELEVES',
    );
    const error = await refusal(readSiecleFile(await write('xxe.xml', xml)));
    expect(error.codes).toEqual([SiecleProblemCode.DTD_FORBIDDEN]);
    expect(JSON.stringify({ ...error, message: error.message })).not.toMatch(/root:|nologin|\/bin\//);
    expect(translate(error.messageKey, error.params)).toContain('DOCTYPE');
  });

  it('refuses the "billion laughs" DTD at once, and an entity nobody declared', async () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE BEE_ELEVES [\n<!ENTITY a "hahahahahahahaha">\n' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('\n') +
      '\n]>\n<BEE_ELEVES><PARAMETRES><UAJ>&j;</UAJ></PARAMETRES></BEE_ELEVES>';
    expect((await refusal(readSiecleFile(await write('laughs.xml', laughs)))).codes).toEqual([SiecleProblemCode.DTD_FORBIDDEN]);
    const undeclared = '<?xml version="1.0"?>\n<BEE_ELEVES><PARAMETRES><UAJ>&x;</UAJ></PARAMETRES></BEE_ELEVES>';
    expect((await refusal(readSiecleFile(await write('entity.xml', undeclared)))).codes).toEqual([SiecleProblemCode.MALFORMED_XML]);
  });

  it('refuses a zip bomb (300 MB of zeros) before memory grows', async () => {
    const bomb = await zip('bomb.zip', [['ElevesSansAdresses.xml', repeated(Buffer.alloc(MB), 300 * MB)]]);
    expect((await fsp.stat(bomb)).size).toBeLessThan(MB);
    const { growthMb, result } = await memoryGrowth((options) => readSiecleFile(bomb, options));
    expect(result).toBeInstanceOf(SiecleImportError);
    expect((result as SiecleImportError).codes).toEqual([SiecleProblemCode.ZIP_TOO_LARGE]);
    expect(growthMb).toBeLessThan(60);
  });

  it('stops inflating at the cap when the zip lies about its size', async () => {
    // Valid XML that never ends, and a central directory claiming 1 000 bytes.
    const head = Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_ELEVES><DONNEES>');
    const liar = await zip('liar.zip', [['ElevesSansAdresses.xml', Readable.from((async function* () {
      yield head;
      yield* repeated(Buffer.from('<X/>'.repeat(16_384)), 300 * MB);
    })())]]);
    const bytes = await fsp.readFile(liar);
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1000, central + 24);
    await fsp.writeFile(liar, bytes);
    const { growthMb, result } = await memoryGrowth((options) => readSiecleFile(liar, { ...options, maxUncompressedBytes: 8 * MB }));
    expect((result as SiecleImportError).codes).toEqual([SiecleProblemCode.ZIP_TOO_LARGE]);
    expect(growthMb).toBeLessThan(60);
  });

  it('refuses a zip without XML, and a zip with two', async () => {
    const none = await zip('none.zip', [['ElevesSansAdresses.csv', Buffer.from('a;b')], ['__MACOSX/._ElevesSansAdresses.xml', Buffer.from('x')]]);
    expect((await refusal(readSiecleFile(none))).codes).toEqual([SiecleProblemCode.NO_XML_IN_ZIP]);
    const xml = readFileSync(file('ElevesSansAdresses.xml'));
    const two = await zip('two.zip', [['ElevesSansAdresses.xml', xml], ['ElevesAvecAdresses.xml', xml]]);
    const error = await refusal(readSiecleFile(two));
    expect(error.codes).toEqual([SiecleProblemCode.SEVERAL_XML_IN_ZIP]);
    expect(translate(error.messageKey, error.params)).toContain('2 fichiers XML (ElevesSansAdresses.xml, ElevesAvecAdresses.xml)');
  });

  it('refuses a damaged zip', async () => {
    const bytes = readFileSync(file('ElevesSansAdresses.zip'));
    const error = await refusal(readSiecleFile(await write('damaged.zip', bytes.subarray(0, bytes.length - 30))));
    expect(error.codes).toEqual([SiecleProblemCode.ZIP_UNREADABLE]);
  });

  it('refuses the export of another school', async () => {
    generate('--uai', '0999999Z', '--out', file('other.zip'));
    const raw = await readSiecleFile(file('other.zip'));
    const error = await refusal(Promise.resolve().then(() => validateSiecleImport(raw, UAI)));
    expect(error.codes).toEqual([SiecleProblemCode.UAI_MISMATCH]);
    expect(translate(error.messageKey, error.params)).toContain('autre établissement (UAI 0999999Z)');
  });

  it('refuses an INE twice, a missing INE and a missing birth date, naming each pupil with its line', async () => {
    const xml = siecleXml([
      { id: '1204301', ine: '1234567890A', first: 'Léa', last: 'MARTIN', birth: '14/02/2010' },
      { id: '1204302', ine: '1234567890A', first: 'Hugo', last: 'LEFÈVRE', birth: '02/07/2009', sex: '1' },
      { id: '1204303', first: 'Maëlys', last: "N'DIAYE", birth: '30/10/2010' },
      { id: '1204304', ine: '2234567890B', first: 'Noé', last: 'CŒURDEVEY', sex: '1' },
    ]);
    const raw = await readSiecleFile(await write('pupils.xml', xml, 'ISO-8859-15'));
    const error = await refusal(Promise.resolve().then(() => validateSiecleImport(raw, UAI)));
    expect(error.problems.map((p) => [p.code, p.line])).toEqual([
      [SiecleProblemCode.INE_DUPLICATE, lineOf(xml, 'ELEVE_ID="1204302"')],
      [SiecleProblemCode.INE_MISSING, lineOf(xml, 'ELEVE_ID="1204303"')],
      [SiecleProblemCode.BIRTHDATE_INVALID, lineOf(xml, 'ELEVE_ID="1204304"')],
    ]);
    const messages = error.problems.map((p) => translate(p.messageKey, p.params));
    expect(messages[0]).toContain("L'INE 1234567890A figure deux fois, pour Léa MARTIN");
    expect(messages[1]).toContain("L'élève Maëlys N'DIAYE (ligne");
    expect(messages[2]).toContain("L'élève Noé CŒURDEVEY (ligne");
    expect(messages[2]).toContain("n'a pas de date de naissance");
  });

  it('refuses a 30 MB file without reading it, from a path or a stream', async () => {
    const big = await write('big.xml', Buffer.concat([Buffer.from('<?xml version="1.0"?>\n<BEE_ELEVES>'), Buffer.alloc(30 * MB, 0x20)]));
    let progress = 0;
    const error = await refusal(readSiecleFile(big, { onProgress: () => (progress += 1) }));
    expect(error.codes).toEqual([SiecleProblemCode.FILE_TOO_LARGE]);
    expect(progress).toBe(0);
    expect(translate(error.messageKey, error.params)).toContain('dépasse 20 Mo');
    let read = 0;
    let stopped = false;
    const upload = Readable.from((async function* () {
      try {
        yield Buffer.from('<?xml version="1.0"?>\n<BEE_ELEVES>');
        for await (const chunk of repeated(Buffer.from('<X/>'.repeat(16_384)), 30 * MB)) {
          read += (chunk as Buffer).length;
          yield chunk;
        }
      } finally {
        stopped = true;
      }
    })());
    expect((await refusal(readSiecleFile(upload))).codes).toEqual([SiecleProblemCode.FILE_TOO_LARGE]);
    expect(read).toBeLessThanOrEqual(20 * MB + 64 * 1024);
    expect(upload.destroyed).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(true);
  });

  it('refuses an empty file', async () => {
    expect((await refusal(readSiecleFile(await write('empty.zip', Buffer.alloc(0))))).codes).toEqual([SiecleProblemCode.EMPTY_FILE]);
    expect((await refusal(readSiecleFile(Readable.from([])))).codes).toEqual([SiecleProblemCode.EMPTY_FILE]);
  });

  it('refuses a PDF renamed .zip, by its content', async () => {
    const pdf = await write('ElevesSansAdresses.zip', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
    const error = await refusal(readSiecleFile(pdf));
    expect(error.codes).toEqual([SiecleProblemCode.NOT_ZIP_OR_XML]);
    expect(translate(error.messageKey, error.params)).toContain("n'est ni un zip ni un fichier XML");
  });

  it('refuses an XML file that is not a SIECLE export', async () => {
    const error = await refusal(readSiecleFile(await write('other.xml', '<?xml version="1.0"?>\n<html><body>Élèves</body></html>')));
    expect(error.codes).toEqual([SiecleProblemCode.NOT_SIECLE]);
  });

  it.each([
    ['an unknown encoding', siecleXml([{ id: '1', ine: 'A' }], { encoding: 'KLINGON' }), 'utf-8'],
    ['a file re-saved in UTF-8 that still says ISO-8859-15', siecleXml([{ id: '1', ine: 'A', first: 'Éloïse Maëlys Hélène' }]), 'utf-8'],
    ['ISO-8859-15 bytes without a prolog (read as UTF-8)', siecleXml([{ id: '1', ine: 'A', first: 'Éloïse' }]).replace(/^<\?xml[^>]*>\n/, ''), 'ISO-8859-15'],
  ])('refuses %s', async (_case, xml, writtenAs) => {
    const error = await refusal(readSiecleFile(await write('encoding.xml', xml, writtenAs)));
    expect(error.codes).toEqual([SiecleProblemCode.ENCODING]);
  });
});
