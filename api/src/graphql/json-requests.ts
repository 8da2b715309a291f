import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { ErrorCode } from '../shared/domain/errors';
import { localeFromAcceptLanguage, translate } from '../shared/i18n/translate';
import type { GraphQLContext } from './context';

/**
 * The API's hot path: a GraphQL request POSTed as JSON to /graphql (every operation of the apps and of
 * the integrators) goes to Apollo Server without Express's router and body parsers, which cost a tenth
 * of an answer's CPU. Same endpoint, same Apollo, same context, same errors; Express still serves
 * everything else, uploads (multipart), compressed bodies and other charsets included.
 */
export interface JsonGraphQLOptions {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  /** Documents Apollo has already accepted, executed without its pipeline (direct-execution.ts). */
  direct: { serve(body: unknown, accept: string | undefined, context: () => Promise<GraphQLContext>, res: ServerResponse): Promise<boolean> };
  /** What every request of the platform gets first (security headers, request id, request scope), then `next`. */
  prelude: (req: Request, res: Response, next: () => void) => void;
  context: (req: Request, res: Response) => Promise<GraphQLContext>;
  maxBodyBytes: number;
  maxBatch: number;
  /** An unexpected failure of this handler (Apollo reports the operation's own errors in its response). */
  onError: (error: unknown, req: Request) => void;
}

/** POST /graphql with `application/json` (UTF-8) and no content encoding: the requests this path serves. */
export function isJsonGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  if (req.headers['content-encoding'] !== undefined) return false;
  const type = req.headers['content-type'];
  if (!type) return false;
  const [mediaType, ...parameters] = type.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value] = parameter.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || value === 'utf-8' || value === '"utf-8"';
  });
}

/** The GraphQL-shaped error of a refused request, in the caller's language. */
export function requestErrorBody(code: ErrorCode, key: string, params: Record<string, string | number>, req: IncomingMessage) {
  const locale = localeFromAcceptLanguage(req.headers['accept-language']);
  return { errors: [{ message: translate(key, params, locale), extensions: { code } }] };
}

/** The error body of a batch of more than `max` operations, or null when the body is no such batch. */
export function batchRefusal(body: unknown, max: number, req: IncomingMessage) {
  if (!Array.isArray(body) || body.length <= max) return null;
  return requestErrorBody(ErrorCode.BATCH_TOO_LARGE, 'errors.batchTooLarge', { count: body.length, max }, req);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

class BodyTooLarge extends Error {}

/** The body, at most `limit` bytes (refused from its Content-Length when it says more). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      length += chunk.length;
      if (length > limit) {
        done = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, length).toString('utf8'));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}

/** JSON as Express's strict parser takes it: an object or an array (an empty body is an empty object). */
function parseJson(text: string): unknown {
  const start = text.search(/\S/);
  if (start === -1) return {};
  if (text[start] !== '{' && text[start] !== '[') throw new SyntaxError('not an object or an array');
  return JSON.parse(text);
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The handler of `isJsonGraphQLPost` requests: Express's request and response objects, without its router. */
export function jsonGraphQLHandler(options: JsonGraphQLOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { app, apollo, direct, prelude, context, maxBodyBytes, maxBatch, onError } = options;
  const cookies = cookieParser();
  const serve = async (req: Request, res: Response): Promise<void> => {
    let body: unknown;
    try {
      body = parseJson(await readBody(req, maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, requestErrorBody(ErrorCode.PAYLOAD_TOO_LARGE, 'errors.payloadTooLarge', { max: `${Math.round(maxBodyBytes / 1024)} Ko` }, req));
        return;
      }
      if (error instanceof SyntaxError) {
        sendJson(res, 400, requestErrorBody(ErrorCode.BAD_USER_INPUT, 'errors.malformedRequest', { detail: 'JSON' }, req));
        return;
      }
      throw error;
    }
    const refusal = batchRefusal(body, maxBatch, req);
    if (refusal) {
      sendJson(res, 400, refusal);
      return;
    }
    req.body = body;
    if (await direct.serve(body, req.headers.accept, () => context(req, res), res)) return;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const query = req.url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : req.url.slice(query), body },
      context: () => context(req, res),
    });
    await writeResponse(res, response);
  };
  return (incoming, outgoing) => {
    // What Express's app.handle does first: its request and response helpers (cookies, req.ip…) on these objects.
    const req = incoming as Request;
    const res = outgoing as Response;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    req.res = res;
    res.req = req;
    res.locals ??= Object.create(null);
    const failed = (error: unknown) => {
      onError(error, req);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, requestErrorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'errors.internal', { requestId: String(res.getHeader('x-request-id') ?? '-') }, req));
    };
    prelude(req, res, () => cookies(req, res, () => serve(req, res).catch(failed)));
  };
}
