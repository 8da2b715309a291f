import type { Readable } from 'node:stream';

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload over ${maxBytes} bytes`);
  }
}

/**
 * Receives a whole upload in memory before the answer is sent (stopping at `maxBytes`), so that it
 * can be stored in PostgreSQL for whichever process runs the work that follows: nothing of it stays
 * on this process's disk.
 */
export async function receiveUpload(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > maxBytes) throw new UploadTooLargeError(maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    stream.destroy();
    // graphql-upload ends an upload over its own limit with an HTTP 413 error.
    if (error instanceof UploadTooLargeError || (error as { status?: number }).status === 413) throw new UploadTooLargeError(maxBytes);
    throw error;
  }
  return Buffer.concat(chunks, size);
}
