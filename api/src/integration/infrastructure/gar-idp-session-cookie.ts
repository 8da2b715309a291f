import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { GAR_IDP_SESSION_COOKIE, type GarIdpSession } from '../domain/gar-assertion';

const AUDIENCE = 'pix-libre:gar-idp-session';

/**
 * The GAR's session of a pupil signed in through it (NameID, format, SessionIndex), kept in the
 * browser in a signed, httpOnly cookie, so that "Se déconnecter" can ask the GAR to end
 * it too (GET /saml/logout). Signed with its own key and audience: nobody makes us ask the GAR to log
 * someone else out.
 */
export class GarIdpSessions {
  static readonly COOKIE = GAR_IDP_SESSION_COOKIE;
  private readonly key: KeyObject;

  constructor(platformSecret: string, readonly ttlSeconds: number) {
    this.key = createSecretKey(createHmac('sha256', platformSecret).update('pix-libre gar idp session v1').digest());
  }

  issue(session: GarIdpSession, now: Date): string {
    const iat = Math.floor(now.getTime() / 1000);
    return jwt.sign({ sub: session.nameId, fmt: session.nameIdFormat, sid: session.sessionIndex, iat, exp: iat + this.ttlSeconds }, this.key, { algorithm: 'HS256', audience: AUDIENCE });
  }

  verify(token: unknown, now: Date): GarIdpSession | null {
    if (typeof token !== 'string' || !token) return null;
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], audience: AUDIENCE, clockTimestamp: Math.floor(now.getTime() / 1000) }) as jwt.JwtPayload;
      if (typeof claims.sub !== 'string' || typeof claims.fmt !== 'string') return null;
      return { nameId: claims.sub, nameIdFormat: claims.fmt, sessionIndex: typeof claims.sid === 'string' ? claims.sid : null };
    } catch {
      return null;
    }
  }
}
