import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import * as yauzl from 'yauzl';
import { SiecleImportError, SiecleProblemCode } from '../domain/siecle-errors';
import { emptyRawSieclePupil, INACTIVE_DIVISION, SIECLE_PUPIL_FIELDS, type RawSieclePupil } from '../domain/siecle-pupil';

const MB = 1024 * 1024;
export const SIECLE_MAX_BYTES = 20 * MB;
export const SIECLE_MAX_UNCOMPRESSED_BYTES = 200 * MB;
export const SIECLE_MAX_PUPILS = 30_000;
/** Characters the parser may buffer without any markup (a value, a comment…): far beyond any real one. */
const MAX_CHARS_WITHOUT_MARKUP = 1_000_000;
/** The parser is fed in slices, so that a text without markup is noticed within one slice. */
const WRITE_SLICE_CHARS = 64 * 1024;
/** Longest value kept for a field (a name, a code). */
const MAX_VALUE_CHARS = 1_000;
const HEAD_BYTES = 1024;
const ROOT = 'BEE_ELEVES';

export interface SiecleFileReadOptions {
  /** Size of the file as received (default 20 MB). */
  maxBytes?: number;
  /** Size of the XML once unzipped (default 200 MB): checked on the bytes, whatever the zip claims. */
  maxUncompressedBytes?: number;
  /** ELEVE elements kept at most (default 30 000). */
  maxPupils?: number;
  /** Bytes of XML read so far, and in all when known. */
  onProgress?: (bytesRead: number, totalBytes?: number) => void;
}

export interface RawSiecleFile {
  uai: string | null;
  pupils: RawSieclePupil[];
}

interface Limits {
  maxBytes: number;
  maxUncompressedBytes: number;
  maxPupils: number;
  onProgress?: (bytesRead: number, totalBytes?: number) => void;
}

const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} Mo`;

/**
 * Reads a SIECLE export (the zip as SIECLE delivers it, or the bare ElevesSansAdresses.xml) from a
 * path or a stream, in one streaming pass: the type comes from the first bytes, never the name; a
 * DOCTYPE is refused and no entity resolved; sizes are capped before anything grows.
 */
export async function readSiecleFile(input: Readable | string, options: SiecleFileReadOptions = {}): Promise<RawSiecleFile> {
  const limits: Limits = {
    maxBytes: options.maxBytes ?? SIECLE_MAX_BYTES,
    maxUncompressedBytes: options.maxUncompressedBytes ?? SIECLE_MAX_UNCOMPRESSED_BYTES,
    maxPupils: options.maxPupils ?? SIECLE_MAX_PUPILS,
    onProgress: options.onProgress,
  };
  if (typeof input === 'string') return readPath(input, limits);
  try {
    return await readUpload(input, limits);
  } finally {
    input.destroy();
  }
}

async function readPath(file: string, limits: Limits): Promise<RawSiecleFile> {
  const { size } = await fsp.stat(file);
  if (size > limits.maxBytes) throw SiecleImportError.of(SiecleProblemCode.FILE_TOO_LARGE, { max: megabytes(limits.maxBytes) });
  const handle = await fsp.open(file, 'r');
  const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (fileKind(head, size <= head.length) === 'zip') return readZip(file, limits);
  return readXml(capped(createReadStream(file), limits.maxBytes, fileTooLarge(limits)), limits, size);
}

/** A stream (an upload): XML is parsed as it comes; a zip is spooled to a temporary file for yauzl. */
async function readUpload(input: Readable, limits: Limits): Promise<RawSiecleFile> {
  const iterator = capped(input, limits.maxBytes, fileTooLarge(limits))[Symbol.asyncIterator]();
  const { head, done } = await peek(iterator, HEAD_BYTES);
  const kind = fileKind(head, done);
  const all = rejoin(head, iterator, done);
  if (kind === 'xml') return readXml(all, limits);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'siecle-'));
  try {
    const file = path.join(dir, 'upload.zip');
    await pipeline(Readable.from(all), createWriteStream(file));
    return await readZip(file, limits);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

const fileTooLarge = (limits: Limits) => () =>
  SiecleImportError.of(SiecleProblemCode.FILE_TOO_LARGE, { max: megabytes(limits.maxBytes) });

// ---- bytes -------------------------------------------------------------------------------------

function toBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
}

/** Yields the chunks of a source and stops with `tooLarge()` as soon as they pass `max` bytes. */
async function* capped(source: AsyncIterable<unknown>, max: number, tooLarge: () => Error): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buffer = toBuffer(chunk);
    total += buffer.length;
    if (total > max) throw tooLarge();
    yield buffer;
  }
}

async function peek(iterator: AsyncIterator<Buffer>, size: number): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(parts), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(parts), done: false };
}

async function* rejoin(head: Buffer, iterator: AsyncIterator<Buffer>, done: boolean): AsyncGenerator<Buffer> {
  try {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  } finally {
    await iterator.return?.();
  }
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** XML starts with `<` after an optional byte-order mark and blanks (UTF-16 only with its mark). */
function looksLikeXml(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && isSpace(head[i])) i += 1;
  return head[i] === 0x3c;
}

/** `complete` when the head is the whole file: blanks alone then make an empty file. */
function fileKind(head: Buffer, complete: boolean): 'zip' | 'xml' {
  if (complete && head.every(isSpace)) throw SiecleImportError.of(SiecleProblemCode.EMPTY_FILE);
  const signature = head.subarray(0, 4).toString('latin1');
  if (signature === 'PK\x03\x04' || signature === 'PK\x05\x06') return 'zip';
  if (looksLikeXml(head)) return 'xml';
  throw SiecleImportError.of(SiecleProblemCode.NOT_ZIP_OR_XML, { detected: signature === '%PDF' ? 'PDF' : 'inconnu' });
}

// ---- zip ---------------------------------------------------------------------------------------

const zipUnreadable = (error: unknown) =>
  SiecleImportError.of(SiecleProblemCode.ZIP_UNREADABLE, { detail: error instanceof Error ? error.message : String(error) });

/** Hidden paths that archivers add (`__MACOSX/`, `.DS_Store`, `._x.xml`) do not count. */
export function isSiecleXmlEntry(fileName: string): boolean {
  if (fileName.endsWith('/') || !/\.xml$/i.test(fileName)) return false;
  const segments = fileName.split('/');
  return segments[0] !== '__MACOSX' && !segments.some((segment) => segment.startsWith('.'));
}

async function readZip(file: string, limits: Limits): Promise<RawSiecleFile> {
  // No size validation by yauzl: our own count of the inflated bytes is the only limit that matters.
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: false }).catch((error: unknown) => {
    throw zipUnreadable(error);
  });
  try {
    const xmlEntries: yauzl.Entry[] = [];
    let xmlCount = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (!isSiecleXmlEntry(entry.fileName)) continue;
        xmlCount += 1;
        if (xmlEntries.length < 5) xmlEntries.push(entry);
      }
    } catch (error) {
      throw zipUnreadable(error);
    }
    if (xmlCount === 0) throw SiecleImportError.of(SiecleProblemCode.NO_XML_IN_ZIP);
    if (xmlCount > 1) {
      const names = xmlEntries.map((e) => e.fileName).join(', ') + (xmlCount > xmlEntries.length ? '…' : '');
      throw SiecleImportError.of(SiecleProblemCode.SEVERAL_XML_IN_ZIP, { count: xmlCount, names });
    }
    const [entry] = xmlEntries;
    const zipTooLarge = () => SiecleImportError.of(SiecleProblemCode.ZIP_TOO_LARGE, { max: megabytes(limits.maxUncompressedBytes) });
    if (entry.uncompressedSize > limits.maxUncompressedBytes) throw zipTooLarge();
    if (entry.isEncrypted()) throw zipUnreadable('encrypted entry');
    const stream = await zip.openReadStreamPromise(entry).catch((error: unknown) => {
      throw zipUnreadable(error);
    });
    return await readXml(inflated(stream, limits.maxUncompressedBytes, zipTooLarge), limits, entry.uncompressedSize);
  } finally {
    zip.close();
  }
}

/** The entry's bytes, refused past the cap; inflate errors mean a damaged zip. */
async function* inflated(stream: Readable, max: number, tooLarge: () => SiecleImportError): AsyncGenerator<Buffer> {
  try {
    yield* capped(stream, max, tooLarge);
  } catch (error) {
    throw error instanceof SiecleImportError ? error : zipUnreadable(error);
  } finally {
    stream.destroy();
  }
}

// ---- XML ---------------------------------------------------------------------------------------

/** The encoding: a byte-order mark, else the prolog's `encoding="…"`, else UTF-8. */
export function xmlEncoding(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const prolog = /^\s*<\?xml\s[^>]*?\?>/.exec(head.toString('latin1'));
  const declared = prolog && /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(prolog[0]);
  if (!declared) return 'utf-8';
  const name = declared[2].trim();
  // Without a byte-order mark the prolog was readable as ASCII: a UTF-16/32 claim is false.
  if (!iconv.encodingExists(name) || /^(utf-?|ucs-?)(16|32|2|4)/i.test(name)) {
    throw SiecleImportError.of(SiecleProblemCode.ENCODING, { encoding: name });
  }
  return name;
}

/** UTF-8 sequences (é = C3 A9…) in a file declared in a single-byte encoding: it was re-saved. */
function hasUtf8Sequences(chunk: Buffer): boolean {
  let count = 0;
  for (let i = chunk.indexOf(0xc3); i !== -1 && i < chunk.length - 1; i = chunk.indexOf(0xc3, i + 1)) {
    if (chunk[i + 1] >= 0x80 && chunk[i + 1] <= 0xbf && ++count >= 3) return true;
  }
  return false;
}

async function readXml(source: AsyncIterable<Buffer>, limits: Limits, totalBytes?: number): Promise<RawSiecleFile> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    const { head, done } = await peek(iterator, HEAD_BYTES);
    if (done && head.every(isSpace)) throw SiecleImportError.of(SiecleProblemCode.EMPTY_FILE);
    if (!looksLikeXml(head)) throw SiecleImportError.of(SiecleProblemCode.NOT_SIECLE, { root: '' });
    const encoding = xmlEncoding(head);
    const utf8 = /^utf-?8$/i.test(encoding);
    const singleByte = !utf8 && !/^utf-?16/i.test(encoding);
    const decoder = iconv.getDecoder(encoding);
    const collector = new SiecleXmlCollector(limits.maxPupils);
    let bytesRead = 0;
    const feed = (chunk: Buffer) => {
      bytesRead += chunk.length;
      if (singleByte && hasUtf8Sequences(chunk)) throw SiecleImportError.of(SiecleProblemCode.ENCODING, { encoding });
      const text = decoder.write(chunk);
      if (utf8 && text.includes('\uFFFD')) throw SiecleImportError.of(SiecleProblemCode.ENCODING, { encoding });
      collector.write(text);
      limits.onProgress?.(bytesRead, totalBytes);
    };
    feed(head);
    if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) feed(next.value);
    const rest = decoder.end();
    if (rest) collector.write(rest);
    return collector.finish();
  } finally {
    await iterator.return?.();
  }
}

type Capture = { target: 'uai' } | { target: 'pupil'; field: (typeof SIECLE_PUPIL_FIELDS)[string] } | { target: 'structure'; field: 'code' | 'type' };

const PATHS = {
  uai: 'BEE_ELEVES/PARAMETRES/UAJ',
  pupil: 'BEE_ELEVES/DONNEES/ELEVES/ELEVE',
  pupilStructures: 'BEE_ELEVES/DONNEES/STRUCTURES/STRUCTURES_ELEVE',
  structure: 'BEE_ELEVES/DONNEES/STRUCTURES/STRUCTURES_ELEVE/STRUCTURE',
};

const UAI_CAPTURE: Capture = { target: 'uai' };
const PUPIL_CAPTURES = new Map<string, Capture>(
  Object.entries(SIECLE_PUPIL_FIELDS).map(([name, field]) => [name, { target: 'pupil', field }]),
);
const STRUCTURE_CAPTURES: Record<'code' | 'type', Capture> = { code: { target: 'structure', field: 'code' }, type: { target: 'structure', field: 'type' } };

/**
 * Saxes handlers that keep only what the import needs: the UAJ, each ELEVE's fields (direct
 * children only: SCOLARITE_AN_DERNIER has a CODE_MEF of its own) and each pupil's class.
 */
class SiecleXmlCollector {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private uai: string | null = null;
  private readonly pupils: RawSieclePupil[] = [];
  private readonly divisions = new Map<string, string>();
  private pupil: RawSieclePupil | null = null;
  private structuresOf: string | null = null;
  private structure: { code: string | null; type: string | null } | null = null;
  /** The open elements, as a path ("BEE_ELEVES/DONNEES/…"), and how many. */
  private path = '';
  private depth = 0;
  private capture: Capture | null = null;
  private captureDepth = 0;
  private text = '';
  /** Characters written since the last markup (counted per slice: at most one slice too many). */
  private sinceMarkup = 0;
  private markupSeen = false;

  constructor(private readonly maxPupils: number) {
    const parser = this.parser;
    parser.on('error', (error) => {
      throw SiecleImportError.of(SiecleProblemCode.MALFORMED_XML, { line: parser.line, detail: error.message }, { line: parser.line });
    });
    parser.on('doctype', () => {
      throw SiecleImportError.of(SiecleProblemCode.DTD_FORBIDDEN, { line: parser.line }, { line: parser.line });
    });
    parser.on('opentag', (tag) => this.openTag(tag));
    parser.on('closetag', () => this.closeTag());
    parser.on('text', (text) => this.append(text));
    parser.on('cdata', (text) => this.append(text));
    const touch = () => (this.markupSeen = true);
    parser.on('opentagstart', touch);
    parser.on('comment', touch);
    parser.on('processinginstruction', touch);
    parser.on('xmldecl', touch);
  }

  write(text: string): void {
    for (let start = 0; start < text.length; start += WRITE_SLICE_CHARS) {
      const slice = text.slice(start, start + WRITE_SLICE_CHARS);
      this.markupSeen = false;
      this.parser.write(slice);
      this.sinceMarkup = this.markupSeen ? 0 : this.sinceMarkup + slice.length;
      if (this.sinceMarkup > MAX_CHARS_WITHOUT_MARKUP) {
        const line = this.parser.line;
        throw SiecleImportError.of(SiecleProblemCode.MALFORMED_XML, { line, detail: 'value too long' }, { line });
      }
    }
  }

  finish(): RawSiecleFile {
    this.parser.close();
    for (const pupil of this.pupils) pupil.division = this.divisions.get(pupil.eleveId) ?? null;
    return { uai: this.uai, pupils: this.pupils };
  }

  private openTag(tag: SaxesTagPlain): void {
    this.markupSeen = true;
    const parent = this.path;
    this.depth += 1;
    if (this.depth === 1) {
      if (tag.name !== ROOT) throw SiecleImportError.of(SiecleProblemCode.NOT_SIECLE, { root: tag.name });
      this.path = tag.name;
      return;
    }
    const here = (this.path = `${parent}/${tag.name}`);
    if (here === PATHS.uai) this.startCapture(UAI_CAPTURE);
    else if (here === PATHS.pupil) {
      if (this.pupils.length >= this.maxPupils) throw SiecleImportError.of(SiecleProblemCode.TOO_MANY_PUPILS, { max: this.maxPupils });
      this.pupil = emptyRawSieclePupil(String(tag.attributes.ELEVE_ID ?? '').trim(), this.parser.line);
    } else if (parent === PATHS.pupil && this.pupil && PUPIL_CAPTURES.has(tag.name)) {
      this.startCapture(PUPIL_CAPTURES.get(tag.name)!);
    } else if (here === PATHS.pupilStructures) this.structuresOf = String(tag.attributes.ELEVE_ID ?? '').trim();
    else if (here === PATHS.structure) this.structure = { code: null, type: null };
    else if (parent === PATHS.structure && this.structure && (tag.name === 'CODE_STRUCTURE' || tag.name === 'TYPE_STRUCTURE')) {
      this.startCapture(tag.name === 'CODE_STRUCTURE' ? STRUCTURE_CAPTURES.code : STRUCTURE_CAPTURES.type);
    }
  }

  private startCapture(capture: Capture): void {
    this.capture = capture;
    this.captureDepth = this.depth;
    this.text = '';
  }

  private append(text: string): void {
    this.markupSeen = true;
    if (this.capture && this.text.length < MAX_VALUE_CHARS) this.text += text.slice(0, MAX_VALUE_CHARS - this.text.length);
  }

  private closeTag(): void {
    this.markupSeen = true;
    const here = this.path;
    const depth = this.depth;
    this.depth -= 1;
    this.path = here.slice(0, Math.max(0, here.lastIndexOf('/')));
    const capture = this.capture;
    if (capture && this.captureDepth === depth) {
      this.capture = null;
      const value = this.text.trim() || null;
      if (capture.target === 'uai') this.uai = value;
      else if (capture.target === 'pupil' && this.pupil) this.pupil[capture.field] = value;
      else if (capture.target === 'structure' && this.structure) this.structure[capture.field] = value;
    } else if (here === PATHS.pupil && this.pupil) {
      this.pupils.push(this.pupil);
      this.pupil = null;
    } else if (here === PATHS.structure && this.structure) {
      const { code, type } = this.structure;
      this.structure = null;
      const eleveId = this.structuresOf;
      const isClass = type?.toUpperCase() === 'D' && code !== null && code.toLowerCase() !== INACTIVE_DIVISION.toLowerCase();
      if (eleveId && isClass && !this.divisions.has(eleveId)) this.divisions.set(eleveId, code);
    } else if (here === PATHS.pupilStructures) this.structuresOf = null;
  }
}
