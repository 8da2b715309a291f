import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isApiScope, type ApiScope, type ClientPrincipal } from '../domain/api-client';

/** The audience of integrators' tokens: a learner's token has none, and is never taken for one (and vice versa). */
export const CLIENT_TOKEN_AUDIENCE = 'pix-libre:integrators';
const CLIENT_TOKEN_TYPE = 'client-credentials';

/**
 * Integrators' access tokens (HS256 JWT, 1 hour by default): the client, its granted scopes and UAIs,
 * the secret's version. The key is derived from the platform's secret with a label of its own, so a
 * signature made for a learner's token can never verify here, and the audience is checked as well.
 */
export class ClientTokenService {
  private readonly key: KeyObject;

  constructor(platformSecret: string, readonly ttlSeconds: number) {
    this.key = createSecretKey(createHmac('sha256', platformSecret).update('pix-libre integrators tokens v1').digest());
  }

  issue(principal: ClientPrincipal, now: Date): { token: string; expiresIn: number } {
    const iat = Math.floor(now.getTime() / 1000);
    const claims = { sub: principal.clientId, typ: CLIENT_TOKEN_TYPE, scope: principal.scopes.join(' '), uais: principal.uais, sv: principal.secretVersion, iat, exp: iat + this.ttlSeconds };
    return { token: jwt.sign(claims, this.key, { algorithm: 'HS256', audience: CLIENT_TOKEN_AUDIENCE }), expiresIn: this.ttlSeconds };
  }

  /** The token's principal, or null when it is no client token of ours, forged or expired. */
  verify(token: string, now: Date): ClientPrincipal | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], audience: CLIENT_TOKEN_AUDIENCE, clockTimestamp: Math.floor(now.getTime() / 1000) }) as jwt.JwtPayload;
      if (claims.typ !== CLIENT_TOKEN_TYPE || typeof claims.sub !== 'string' || typeof claims.scope !== 'string') return null;
      const scopes = claims.scope.split(' ').filter(isApiScope) as ApiScope[];
      const uais = Array.isArray(claims.uais) ? (claims.uais as string[]) : null;
      const secretVersion = Number(claims.sv);
      if (!Number.isInteger(secretVersion)) return null;
      return { clientId: claims.sub, scopes, uais, secretVersion };
    } catch {
      return null;
    }
  }

  /** Whether a bearer token looks like one of ours (its audience), without trusting it. */
  static isClientToken(token: string): boolean {
    // Only the payload's audience is read (every request asks): the verification that follows is the check.
    const payload = token.split('.', 3)[1];
    if (!payload) return false;
    try {
      return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud?: unknown } | null)?.aud === CLIENT_TOKEN_AUDIENCE;
    } catch {
      return false;
    }
  }
}

/** A new client id (public) and secret (high-entropy, 256 bits: its SHA-256 is enough to store). */
export function newClientCredentials(): { clientId: string; clientSecret: string; secretHash: string } {
  const clientSecret = randomBytes(32).toString('base64url');
  return { clientId: `pix_${randomBytes(12).toString('hex')}`, clientSecret, secretHash: hashSecret(clientSecret) };
}

export function newClientSecret(): { clientSecret: string; secretHash: string } {
  const clientSecret = randomBytes(32).toString('base64url');
  return { clientSecret, secretHash: hashSecret(clientSecret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with the stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
