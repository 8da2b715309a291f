import { createWriteStream } from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload over ${maxBytes} bytes`);
  }
}

export interface SpooledUpload {
  path: string;
  size: number;
  /** Deletes the file; safe to call twice. */
  remove(): Promise<void>;
}

/**
 * Receives a whole upload into a private temporary file before the answer is sent, so that the work
 * that follows never depends on the request still being open; stops at `maxBytes`.
 */
export async function spoolUpload(stream: Readable, maxBytes: number): Promise<SpooledUpload> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'upload-'));
  const file = path.join(dir, 'file');
  const remove = () => fsp.rm(dir, { recursive: true, force: true });
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new UploadTooLargeError(maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(stream, cap, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await remove();
    // graphql-upload ends an upload over its own limit with an HTTP 413 error.
    if (error instanceof UploadTooLargeError || (error as { status?: number }).status === 413) throw new UploadTooLargeError(maxBytes);
    throw error;
  }
  return { path: file, size, remove };
}
