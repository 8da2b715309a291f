import { createHmac, createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const AUDIENCE = 'pix-libre:gar-first-sign-in';

/** Who the GAR asserted, between the assertion and the pupil's first-time page (30 minutes). */
export interface GarPendingIdentity {
  ido: string;
  firstName: string;
  lastName: string;
}

/** A verified token: who, and its id and end (it serves once: see completeGarFirstSignIn). */
export interface VerifiedGarPendingToken extends GarPendingIdentity {
  tokenId: string;
  expiresAt: Date;
}

/**
 * A signed, short-lived token of a GAR identity that has no account yet: the first-time page sends it
 * back with the campaign code and birth date. Its key and audience are its own: it is no access token.
 */
export class GarPendingTokens {
  private readonly key: KeyObject;

  constructor(platformSecret: string, private readonly ttlSeconds = 30 * 60) {
    this.key = createSecretKey(createHmac('sha256', platformSecret).update('pix-libre gar first sign-in v1').digest());
  }

  issue(identity: GarPendingIdentity, now: Date): string {
    const iat = Math.floor(now.getTime() / 1000);
    return jwt.sign({ sub: identity.ido, pre: identity.firstName, nom: identity.lastName, jti: randomUUID(), iat, exp: iat + this.ttlSeconds }, this.key, { algorithm: 'HS256', audience: AUDIENCE });
  }

  verify(token: string, now: Date): VerifiedGarPendingToken | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], audience: AUDIENCE, clockTimestamp: Math.floor(now.getTime() / 1000) }) as jwt.JwtPayload;
      if (typeof claims.sub !== 'string' || typeof claims.jti !== 'string' || typeof claims.exp !== 'number') return null;
      return { ido: claims.sub, firstName: String(claims.pre ?? ''), lastName: String(claims.nom ?? ''), tokenId: claims.jti, expiresAt: new Date(claims.exp * 1000) };
    } catch {
      return null;
    }
  }
}
