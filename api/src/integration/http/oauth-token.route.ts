import express, { type Request, type Response, type Router } from 'express';
import type { Services } from '../../graphql/services';
import { throttledAddress } from '../../shared/domain/client-address';
import { DomainError } from '../../shared/domain/errors';
import type { Logger } from '../../shared/infrastructure/logger';
import { integrationRepositories } from '../application/integration-repositories';
import { issueClientToken } from '../application/issue-client-token.usecase';

export const OAUTH_TOKEN_ROUTE = '/oauth/token';

/** The client's id and secret from `Authorization: Basic` (RFC 6749 §2.3.1: each form-urlencoded). */
function basicCredentials(header: string | undefined): { clientId?: string; clientSecret?: string } {
  const encoded = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i)?.[1];
  if (!encoded) return {};
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return {};
  const unescape = (value: string) => {
    try {
      return decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      return value;
    }
  };
  return { clientId: unescape(decoded.slice(0, colon)), clientSecret: unescape(decoded.slice(colon + 1)) };
}

/** POST /oauth/token: the client-credentials grant (RFC 6749 §4.4), answers of §5.1 and §5.2. */
export function oauthTokenRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.post(OAUTH_TOKEN_ROUTE, express.urlencoded({ extended: false, limit: '4kb' }), async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('pragma', 'no-cache');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const credentials = basicCredentials(req.headers.authorization);
    try {
      const answer = await issueClientToken(integrationRepositories(services.orm.em.fork(), services.integration.clock), services.integration, {
        grantType: text(body.grant_type),
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        scope: text(body.scope),
        address: throttledAddress(req.ip),
      });
      if (answer.ok) {
        res.json({ access_token: answer.accessToken, token_type: answer.tokenType, expires_in: answer.expiresIn, scope: answer.scope });
        return;
      }
      if (answer.error === 'invalid_client') {
        res.setHeader('www-authenticate', 'Basic realm="pix-libre"');
        res.status(401);
      } else res.status(400);
      res.json({ error: answer.error, error_description: answer.description });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'TOO_MANY_ATTEMPTS') {
        res.setHeader('retry-after', String((error.extensions as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60));
        res.status(429).json({ error: 'slow_down', error_description: 'Trop de tentatives : réessayez plus tard.' });
        return;
      }
      logger.error({ err: error }, 'oauth token');
      res.status(500).json({ error: 'server_error' });
    }
  });
  return router;
}
