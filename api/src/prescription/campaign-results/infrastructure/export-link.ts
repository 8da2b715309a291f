import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived download links of a campaign's results: `<viewer id>.<expiry, epoch seconds>.<HMAC>`,
 * the HMAC-SHA256 covering the campaign id, the viewer id and the expiry. The key is derived from the
 * server's secret for this use only, so a link can never pass for an access token nor the reverse.
 * The link proves who asked and until when; the route still checks that this viewer may see the campaign.
 */
export const EXPORT_LINK_TTL_SECONDS = 5 * 60;

export class ExportLinks {
  private readonly key: Buffer;

  constructor(serverSecret: string) {
    this.key = createHmac('sha256', serverSecret).update('pix-libre/campaign-results-export/v1').digest();
  }

  private signature(campaignId: number, userId: number, expiresAt: number): Buffer {
    return createHmac('sha256', this.key).update(`${campaignId}:${userId}:${expiresAt}`).digest();
  }

  sign(campaignId: number, userId: number, now: Date, ttlSeconds = EXPORT_LINK_TTL_SECONDS): string {
    const expiresAt = Math.floor(now.getTime() / 1000) + ttlSeconds;
    return `${userId}.${expiresAt}.${this.signature(campaignId, userId, expiresAt).toString('base64url')}`;
  }

  /** The viewer the link was made for, when it is well signed, for this campaign, and not expired; else null. */
  verify(campaignId: number, token: string, now: Date): number | null {
    const match = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const userId = Number(match[1]);
    const expiresAt = Number(match[2]);
    const given = Buffer.from(match[3], 'base64url');
    const expected = this.signature(campaignId, userId, expiresAt);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (expiresAt * 1000 <= now.getTime()) return null;
    return userId;
  }
}

/** `/exports/campagnes/<id>/resultats.csv`: the route of the export, on the API's origin. */
export const exportPath = (campaignId: number) => `/exports/campagnes/${campaignId}/resultats.csv`;
