import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import { createContext, type GraphQLContext } from './graphql/context';
import { authenticate } from './identity-access-management/application/authenticate';
import { createGraphQLServer } from './graphql/graphql-server';
import { isLoopbackPeer, securityHeaders, SIMULATOR_PAGE_HEADERS } from './shared/infrastructure/http/security';
import { getSchema } from './graphql/schema';
import type { Services } from './graphql/services';
import { throttledAddress } from './shared/domain/client-address';
import { ErrorCode } from './shared/domain/errors';
import { localeFromAcceptLanguage } from './shared/i18n/translate';
import { apiRoot } from './shared/infrastructure/database/orm';
import type { Logger } from './shared/infrastructure/logger';
import { requestScope } from './shared/infrastructure/request-scope';
import { outboxPage } from './shared/infrastructure/mail/outbox-page';
import { systemClock, type Clock } from './shared/domain/clock';
import { DEFAULT_CONTENT_ROOT } from './learning-content/infrastructure/release-files';
import { RESULTS_EXPORT_ROUTE, resultsExportHandler } from './prescription/campaign-results/http/results-export.route';
import {
  CERTIFICATE_ATTESTATION_ROUTE,
  certificateAttestationHandler,
  SCHOOL_RESULTS_DOCUMENT_ROUTE,
  schoolResultsDocumentHandler,
} from './certification/results/http/certificate-documents.route';
import { serveSubscriptions } from './graphql/websocket';
import {
  CANDIDATES_TEMPLATE_ROUTE,
  candidatesTemplateHandler,
  SESSION_DOCUMENT_ROUTE,
  sessionDocumentHandler,
} from './certification/enrolment/http/session-documents.route';
import { oauthTokenRouter } from './integration/http/oauth-token.route';
import { samlRouter } from './integration/http/saml.routes';
import { credentialRouter } from './certification/results/http/credential.routes';
import { ClientTokenService } from './integration';
import { batchRefusal, isJsonGraphQLPost, jsonGraphQLHandler, requestErrorBody } from './graphql/json-requests';

/** Files sent to the API (SIECLE exports) are at most 20 MB. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export interface ApiServer {
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** The web apps built by Vite, served on the same origin as the API. */
const APPS = [
  { mount: '/orga', dir: 'consoles/orga/dist' },
  { mount: '/certif', dir: 'consoles/certif/dist' },
  { mount: '/admin', dir: 'consoles/admin/dist' },
  { mount: '/', dir: 'learner/dist' },
];


export async function createApiServer(services: Services, logger: Logger, clock: Clock = systemClock): Promise<ApiServer> {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POST responses, never revalidated: hashing each body for an ETag is wasted CPU.
  app.set('etag', false);
  // X-Forwarded-For is believed only from the configured proxy (TRUST_PROXY), never from anyone on loopback.
  app.set('trust proxy', config.trustProxy);
  // POST /graphql with a JSON body goes straight to Apollo (json-requests.ts); Express serves the rest.
  let graphqlJson: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const httpServer = http.createServer((req, res) => (graphqlJson && isJsonGraphQLPost(req) ? graphqlJson(req, res) : app(req, res)));
  const schema: GraphQLSchema = await getSchema();

  const { apollo, direct } = createGraphQLServer({ schema, config, logger, httpServer });
  await apollo.start();
  // Subscriptions (the invigilator's live list) over WebSocket on the same server and path.
  const closeSubscriptions = serveSubscriptions({ httpServer, schema, services, logger, clock });

  const security = securityHeaders({ https: config.publicUrl.startsWith('https://'), publicUrl: config.publicUrl });
  // Every request gets an id, its language, and a counter of SQL statements.
  const scope = (req: Request, res: Response, next: () => void) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    requestScope.run({ requestId, locale, statements: 0 }, next);
  };
  app.use(security);
  app.use(scope);

  app.get('/healthz', async (_req, res) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', contentVersion: services.content.get().version });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Downloads that a browser navigates to (signed link) or that a client fetches with its access token.
  app.get(RESULTS_EXPORT_ROUTE, resultsExportHandler(services, logger, clock));
  // A session's attendance sheet and incident report form (PDF), and the candidates file's template.
  app.get(CANDIDATES_TEMPLATE_ROUTE, candidatesTemplateHandler());
  app.get(SESSION_DOCUMENT_ROUTE, sessionDocumentHandler(services, clock));
  app.get(CERTIFICATE_ATTESTATION_ROUTE, certificateAttestationHandler(services, clock));
  app.get(SCHOOL_RESULTS_DOCUMENT_ROUTE, schoolResultsDocumentHandler(services, logger, clock));

  // Certificates as signed Open Badges 3.0 credentials, the revocation list and the issuer's key (docs/credentials.md).
  app.use(credentialRouter(services, clock));

  // Integrators: the OAuth 2.0 client-credentials grant (docs/integrators.md).
  app.use(oauthTokenRouter(services, logger));
  // The GAR's single sign-on (SAML service provider), 404 unless GAR_IDP_METADATA is set.
  app.use(samlRouter(services, logger));

  const connection = services.orm.em.getConnection().getKnex();
  const graphqlContext = async (req: Request, res: Response): Promise<GraphQLContext> => {
    const scope = requestScope.getStore()!;
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    // An integrator's token (its own audience and key) is never a learner's, and the other way round.
    const clientToken = bearer !== undefined && ClientTokenService.isClientToken(bearer);
    const client = clientToken ? services.integration.tokens.verify(bearer, clock.now()) : null;
    // Once per HTTP request (a batch shares it): no statement once this node knows the account.
    const viewer = clientToken ? null : await authenticate(services.iam, bearer, clock.now());
    return createContext({
      // Made on first use only (see createContext).
      em: () => services.orm.em.fork(),
      connection: () => connection,
      viewer,
      client,
      locale: scope.locale,
      requestId: scope.requestId,
      clock,
      logger: () => logger.child({ requestId: scope.requestId }),
      services,
      req,
      res,
      address: throttledAddress(req.ip),
      bearer: bearer ?? null,
    });
  };

  // Uploads (multipart), compressed bodies and other charsets; JSON requests take json-requests.ts's path.
  app.use(
    '/graphql',
    cookieParser(),
    // Files (SIECLE import) come as multipart requests; our own readers refuse what is too large.
    async (req: Request, res: Response, next: NextFunction) => {
      if (!req.is('multipart/form-data')) return next();
      try {
        const { default: processRequest } = await import('graphql-upload/processRequest.mjs');
        req.body = await processRequest(req, res, { maxFileSize: UPLOAD_MAX_BYTES + 1, maxFiles: 1 });
        next();
      } catch (error) {
        res.status(400).json(requestErrorBody(ErrorCode.BAD_USER_INPUT, 'errors.malformedRequest', { detail: (error as Error).message }, req));
      }
    },
    express.json({ limit: config.graphql.maxBodyBytes }),
    (req: Request, res: Response, next: NextFunction) => {
      const refusal = batchRefusal(req.body, config.graphql.maxBatch, req);
      if (refusal) {
        res.status(400).json(refusal);
        return;
      }
      next();
    },
    expressMiddleware(apollo, { context: ({ req, res }) => graphqlContext(req, res) }),
  );
  graphqlJson = jsonGraphQLHandler({
    app,
    apollo,
    direct,
    prelude: (req, res, next) => security(req, res, () => scope(req, res, next)),
    context: graphqlContext,
    maxBodyBytes: config.graphql.maxBodyBytes,
    maxBatch: config.graphql.maxBatch,
    onError: (error, req) => logger.error({ err: error, requestId: requestScope.getStore()?.requestId ?? req.headers['x-request-id'] ?? '-' }, 'unexpected HTTP error'),
  });

  if (config.env !== 'production' && !config.smtpUrl) {
    // Reset links are in there: only for someone on this machine (see isLoopbackPeer).
    app.get('/dev/outbox', async (req, res) => {
      if (!isLoopbackPeer(req)) {
        res.status(403).json(requestErrorBody(ErrorCode.FORBIDDEN, 'errors.outboxLocalOnly', {}, req));
        return;
      }
      res.type('html').send(await outboxPage(services.orm.em.fork()));
    });
  }

  // Files of the content release (illustrations, attachments), named in the challenges.
  // Simulators (HTML pages) get their own policy: sandboxed, self-contained, framed by our pages only.
  app.use(
    '/contenus',
    express.static(path.join(config.contentDir ?? DEFAULT_CONTENT_ROOT, 'assets'), {
      maxAge: '1d',
      fallthrough: false,
      index: false,
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) for (const [name, value] of Object.entries(SIMULATOR_PAGE_HEADERS)) res.setHeader(name, value);
      },
    }),
  );

  const repositoryRoot = path.resolve(apiRoot, '..');
  for (const { mount, dir } of APPS) {
    const folder = path.join(repositoryRoot, dir);
    if (!existsSync(path.join(folder, 'index.html'))) continue;
    app.use(mount, express.static(folder, { index: false, maxAge: '1h' }));
    app.get(mount === '/' ? '/{*path}' : `${mount}{/*path}`, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(folder, 'index.html'));
    });
  }

  // Body too large, malformed JSON…: a GraphQL-shaped error with a code, in the caller's language.
  app.use((error: Error & { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json(requestErrorBody(ErrorCode.PAYLOAD_TOO_LARGE, 'errors.payloadTooLarge', { max: `${Math.round(config.graphql.maxBodyBytes / 1024)} Ko` }, req));
      return;
    }
    // A path that leaves its folder (`/contenus/..%2f…`) is no file of ours: not found, like any other.
    if (error.status === 404 || error.status === 403) {
      res.status(404).json(requestErrorBody(ErrorCode.NOT_FOUND, 'errors.notFound', {}, req));
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json(requestErrorBody(ErrorCode.BAD_USER_INPUT, 'errors.malformedRequest', { detail: 'JSON' }, req));
      return;
    }
    // Any other refusal of the request itself (a NUL byte or a bad escape in the path…) stays a 4xx.
    if (error.status && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(requestErrorBody(ErrorCode.BAD_USER_INPUT, 'errors.malformedRequest', { detail: 'URL' }, req));
      return;
    }
    const requestId = requestScope.getStore()?.requestId ?? '-';
    logger.error({ err: error, requestId }, 'unexpected HTTP error');
    res.status(500).json(requestErrorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'errors.internal', { requestId }, req));
  });

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://localhost:${actualPort}`);
        });
      }),
    stop: async () => {
      await closeSubscriptions();
      await apollo.stop();
    },
  };
}
