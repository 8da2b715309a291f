import { createHash, createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { PlatformRole, Viewer } from '../domain/platform-role';

/** A valid access token: who, and the version of the account's sessions when it was issued. */
export interface VerifiedAccessToken extends Viewer {
  sessionVersion: number;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Short-lived signed access tokens (HS256) and opaque refresh tokens stored as SHA-256. */
export class TokenService {
  /** A key object made once: building it from the string on every verification costs more than the HMAC. */
  private readonly key: KeyObject;

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  /** `sessionVersion` (claim `sv`): the token is refused once the account's version is past it. */
  issueAccessToken(viewer: Viewer, now: Date, sessionVersion = 0): IssuedAccessToken {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const claims = { sub: String(viewer.userId), role: viewer.platformRole ?? undefined, sv: sessionVersion, iat, exp };
    return { token: jwt.sign(claims, this.key, { algorithm: 'HS256' }), expiresAt: new Date(exp * 1000) };
  }

  /**
   * The token's claims, or null when it is forged or expired. Whether its session still goes on is
   * the session versions' answer (see `authenticate`).
   */
  verifyAccessToken(token: string, now: Date): VerifiedAccessToken | null {
    try {
      const claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(now.getTime() / 1000),
      }) as jwt.JwtPayload;
      const userId = Number(claims.sub);
      if (!Number.isInteger(userId)) return null;
      // Tokens issued before session versions existed count as version 0.
      const sessionVersion = claims.sv === undefined ? 0 : Number(claims.sv);
      if (!Number.isInteger(sessionVersion)) return null;
      return { userId, platformRole: (claims.role as PlatformRole | undefined) ?? null, sessionVersion };
    } catch {
      return null;
    }
  }

  static newRefreshToken(): { token: string; hash: string; familyId: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hash(token), familyId: randomUUID() };
  }

  static newOpaqueToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hash(token) };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
