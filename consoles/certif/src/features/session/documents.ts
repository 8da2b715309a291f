import type { Session } from '@pix-libre/ui-shared';

/** Thrown when a document could not be fetched; `status` is the HTTP status (0: network). */
export class DocumentError extends Error {
  constructor(readonly status: number) {
    super(`document request failed (${status})`);
    this.name = 'DocumentError';
  }
}

/** Saves a blob under its name (an invisible link clicked, then forgotten). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Fetches a file of the API with the access token (the session's documents are the centre's only),
 * renewing the token once when the server finds it expired, and saves it.
 */
export async function downloadWithToken(session: Session | null, url: string, fileName: string, language: string): Promise<void> {
  const attempt = (token: string | null) =>
    fetch(url, { headers: { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  let response: Response;
  try {
    response = await attempt(session?.getAccessToken() ?? null);
    const failed = session?.getAccessToken();
    if (response.status === 401 && session && failed && (await session.renewAfterRejection(failed))) response = await attempt(session.getAccessToken());
  } catch {
    throw new DocumentError(0);
  }
  if (!response.ok) throw new DocumentError(response.status);
  saveBlob(await response.blob(), fileName);
}
