import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export const INVIGILATOR_AUDIENCE = 'pix-libre:invigilator';

/**
 * The invigilator's token: a JWT for one session only (claim `sid`), of its own audience, signed with a
 * key derived from the platform's secret (so it is never mistaken for an account's access token, nor the
 * other way round). It expires at the end of the day it was issued (Paris time, at most 24 h); the
 * session's finalisation ends it too (checked on every use, see invigilator-access.ts).
 */
export class InvigilatorTokens {
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(createHmac('sha256', secret).update('invigilator-token').digest());
  }

  issue(sessionId: number, now: Date): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = Math.floor(endOfParisDay(now).getTime() / 1000);
    const token = jwt.sign({ sid: sessionId, iat, exp }, this.key, { algorithm: 'HS256', audience: INVIGILATOR_AUDIENCE, subject: `session:${sessionId}` });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The session the token opens, or null (forged, expired, another audience). */
  verify(token: string, now: Date): number | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], audience: INVIGILATOR_AUDIENCE, clockTimestamp: Math.floor(now.getTime() / 1000) }) as jwt.JwtPayload;
      const sessionId = Number(claims.sid);
      return Number.isSafeInteger(sessionId) && claims.sub === `session:${sessionId}` ? sessionId : null;
    } catch {
      return null;
    }
  }
}

/** Midnight at the end of `now`'s day in Paris. */
export function endOfParisDay(now: Date): Date {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const elapsed = (get('hour') * 3600 + get('minute') * 60 + get('second')) * 1000;
  return new Date(now.getTime() - (now.getTime() % 1000) - elapsed + 24 * 3600 * 1000);
}
