import type { Session } from '../apollo/session';

/** Thrown when a file could not be fetched; `status` is the HTTP status (0: network). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed (${status})`);
    this.name = 'DownloadError';
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
 * Fetches a file of the API with the access token (an attestation is its holder's only), renewing
 * the token once when the server finds it expired, and saves it. A signed link (`?token=`) needs no
 * session: pass null.
 */
export async function downloadWithToken(session: Session | null, url: string, fileName: string, language: string, fetcher: typeof fetch = fetch): Promise<void> {
  const attempt = (token: string | null) => fetcher(url, { headers: { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  let response: Response;
  try {
    response = await attempt(session?.getAccessToken() ?? null);
    const failed = session?.getAccessToken();
    if (response.status === 401 && session && failed && (await session.renewAfterRejection(failed))) response = await attempt(session.getAccessToken());
  } catch {
    throw new DownloadError(0);
  }
  if (!response.ok) throw new DownloadError(response.status);
  saveBlob(await response.blob(), fileName);
}
