import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Services } from '../../../graphql/services';
import { authenticate } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { DomainError, ErrorCode } from '../../../shared/domain/errors';
import { requestScope } from '../../../shared/infrastructure/request-scope';
import { translate } from '../../../shared/i18n/translate';
import { resultsRepositories } from '../application/results-repositories';
import { certificateCredential, issuerDidDocument, issuerJwks, statusListCredential } from '../application/credentials.usecases';

export const CREDENTIAL_ROUTE = '/certificats/:courseId/credential.json';
export const STATUS_LIST_ROUTE = '/credentials/status/:list';
export const DID_DOCUMENT_ROUTE = '/.well-known/did.json';
export const JWKS_ROUTE = '/.well-known/jwks.json';

const STATUS: Partial<Record<ErrorCode, number>> = { [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.NOT_FOUND]: 404 };

const MAX_ID = 2_147_483_647;

function refuse(res: Response, code: ErrorCode, key: string) {
  const locale = requestScope.getStore()?.locale ?? 'fr';
  res.status(STATUS[code] ?? 400).setHeader('cache-control', 'no-store');
  res.json({ errors: [{ message: translate(key, {}, locale), extensions: { code } }] });
}

const positiveId = (value: unknown) => (typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) > 0 && Number(value) <= MAX_ID ? Number(value) : null);

/** What anyone may fetch, from anywhere (a verifier's page): the public key and the revocation list. */
function publicJson(res: Response, body: unknown, maxAgeSeconds: number, type = 'application/json') {
  res.status(200);
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('cache-control', `public, max-age=${maxAgeSeconds}`);
  res.setHeader('access-control-allow-origin', '*');
  res.end(JSON.stringify(body, null, 2));
}

/**
 * The certificates' Open Badges 3.0 credentials (docs/credentials.md):
 * - GET /certificats/:courseId/credential.json — the signed credential, for its holder and the reading
 *   staff (access token, `Authorization: Bearer`), as a file to save; 404 for anyone else and for a
 *   certificate that is not published and validated;
 * - GET /credentials/status/:list — the signed revocation list (public, short cache);
 * - GET /.well-known/did.json and /.well-known/jwks.json — the issuer's public key (public).
 */
export function credentialRouter(services: Services, clock: Clock): Router {
  const router = express.Router();
  const deps = services.credentials;

  router.get(CREDENTIAL_ROUTE, async (req: Request, res: Response, next: NextFunction) => {
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const viewer = bearer ? await authenticate(services.iam, bearer, clock.now()) : null;
    if (!viewer) return refuse(res, ErrorCode.UNAUTHENTICATED, 'errors.unauthenticated');
    const courseId = positiveId(req.params.courseId);
    if (courseId === null) return refuse(res, ErrorCode.NOT_FOUND, 'credentials.errors.certificateUnavailable');
    try {
      const { fileName, credential } = await certificateCredential(resultsRepositories(services.orm.em.fork(), services.results), deps, viewer, courseId);
      res.status(200);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      res.end(JSON.stringify(credential, null, 2));
    } catch (error) {
      if (error instanceof DomainError) return refuse(res, error.code, error.messageKey);
      next(error);
    }
  });

  router.get(STATUS_LIST_ROUTE, async (req: Request, res: Response, next: NextFunction) => {
    const list = positiveId(req.params.list);
    if (list === null) return refuse(res, ErrorCode.NOT_FOUND, 'credentials.errors.statusListUnknown');
    try {
      publicJson(res, await statusListCredential(resultsRepositories(services.orm.em.fork(), services.results), deps, list), 60);
    } catch (error) {
      if (error instanceof DomainError) return refuse(res, error.code, 'credentials.errors.statusListUnknown');
      next(error);
    }
  });

  const didDocument = issuerDidDocument(deps);
  router.get(DID_DOCUMENT_ROUTE, (_req, res) => publicJson(res, didDocument, 300, 'application/did+json'));
  // did:web:host:path resolves to https://host/path/did.json: a platform published under a path answers there too.
  if (new URL(deps.issuer.publicUrl).pathname.replace(/\/$/, '') !== '') router.get('/did.json', (_req, res) => publicJson(res, didDocument, 300, 'application/did+json'));
  const keys = issuerJwks(deps);
  router.get(JWKS_ROUTE, (_req, res) => publicJson(res, keys, 300, 'application/jwk-set+json'));
  return router;
}
