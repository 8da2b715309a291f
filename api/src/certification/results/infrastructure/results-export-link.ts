import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived download links of a school's certification results (the CSV file, the class's
 * attestations): `<viewer id>.<expiry, epoch seconds>.<HMAC>`, the HMAC-SHA256 covering the document,
 * the school, the class, the viewer and the expiry, with a key derived from the server's secret for
 * this use only. The route still checks that the viewer may read the school's results.
 */
export const RESULTS_LINK_TTL_SECONDS = 5 * 60;

export type SchoolResultsDocument = 'certifications.csv' | 'attestations.pdf';

export class ResultsExportLinks {
  private readonly key: Buffer;

  constructor(serverSecret: string) {
    this.key = createHmac('sha256', serverSecret).update('pix-libre/certification-results-export/v1').digest();
  }

  private signature(document: SchoolResultsDocument, organizationId: number, division: string, userId: number, expiresAt: number): Buffer {
    return createHmac('sha256', this.key).update(JSON.stringify([document, organizationId, division, userId, expiresAt])).digest();
  }

  sign(document: SchoolResultsDocument, organizationId: number, division: string, userId: number, now: Date): string {
    const expiresAt = Math.floor(now.getTime() / 1000) + RESULTS_LINK_TTL_SECONDS;
    return `${userId}.${expiresAt}.${this.signature(document, organizationId, division, userId, expiresAt).toString('base64url')}`;
  }

  /** The viewer the link was made for, when well signed for this document, school and class, and not expired; else null. */
  verify(document: SchoolResultsDocument, organizationId: number, division: string, token: string, now: Date): number | null {
    const match = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const userId = Number(match[1]);
    const expiresAt = Number(match[2]);
    const given = Buffer.from(match[3], 'base64url');
    const expected = this.signature(document, organizationId, division, userId, expiresAt);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (expiresAt * 1000 <= now.getTime()) return null;
    return userId;
  }
}

/** `/exports/organisations/<id>/<document>?division=<class>`: on the API's origin. */
export const schoolResultsPath = (document: SchoolResultsDocument, organizationId: number, division: string) =>
  `/exports/organisations/${organizationId}/${document}?division=${encodeURIComponent(division)}`;
