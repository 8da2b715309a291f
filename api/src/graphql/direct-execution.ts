import type { ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import { execute, GraphQLError, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';

/**
 * The API's hottest requests served by graphql-js directly, with Apollo Server kept for everything else.
 *
 * Apollo Server's request pipeline (query hash, document store, content negotiation, a dozen plugin
 * hooks and the promises between them) cost 11 % of an answer's Node CPU and 16 % of a dashboard's
 * (measured: docs/benchmarks.md). Most requests are the same few documents of the apps, already parsed
 * and validated. So a single operation whose document Apollo has already accepted (learned in its
 * `didResolveOperation` hook, after parsing, validation and operation resolution) is executed here:
 * the same schema, the same checks (NUL characters, complexity, integrator operations), the same
 * context, the same error formatter, the same response (status, content type, body).
 *
 * Anything else goes to Apollo, untouched: a new document, a batch, a persisted query, an `accept`
 * that would not get JSON, and any request refused before execution (a check that fails, variables
 * that do not fit their types). Those refusals run nothing, so Apollo serving them afresh gives the
 * exact error it always gave. Only an executed operation's own errors are formatted here, the way
 * Apollo does it (`formatExecutionErrors`), which api/test/acceptance/direct-execution.test.ts checks
 * against Apollo's own answers.
 */
export interface DirectExecutionOptions {
  schema: GraphQLSchema;
  /** The formatter Apollo Server is given (createErrorFormatter). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The checks Apollo's plugins run once the operation is resolved; each throws to refuse. */
  checks: {
    beforeContext: (request: OperationRequest, document: DocumentNode) => void;
    withContext: (context: GraphQLContext, operation: OperationDefinitionNode) => void;
  };
  /** What Apollo's `willSendResponse` hook does for every operation (statement count header, request log). */
  finished: (context: GraphQLContext, request: OperationRequest, errors: readonly GraphQLError[] | undefined, response: ServerResponse, startedAt: bigint) => void;
}

export interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

interface Learned {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/**
 * Documents remembered (the apps send a few dozen, of a few KB each); the oldest forgotten past either
 * bound, so that a client sending many large documents cannot grow the process (a parsed document
 * weighs several times its text).
 */
const MAX_DOCUMENTS = 1000;
const MAX_DOCUMENTS_CHARS = 2_000_000;
/** `accept` headers remembered with the content type they negotiate (browsers send a handful). */
const MAX_ACCEPT_HEADERS = 64;

const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const CALLBACK_JSON = 'application/json; callbackSpec=1.0; charset=utf-8';

export function createDirectExecution(options: DirectExecutionOptions) {
  const { schema, formatError, checks, finished } = options;
  const learned = new Map<string, Learned>();
  let learnedChars = 0;
  const negotiated = new Map<string, string | null>();
  // No name and an empty name are not the same request (the second names no operation of the document).
  const keyOf = (query: string, operationName: string | null | undefined) => `${operationName ?? '\u0001'}\u0000${query}`;

  /** The content type Apollo would answer with for this `accept` (its own negotiation), or null to leave it to Apollo. */
  function contentTypeFor(accept: string | undefined): string | null {
    if (!accept) return APPLICATION_JSON;
    let type = negotiated.get(accept);
    if (type === undefined) {
      const preferred = new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, CALLBACK_JSON]);
      type = preferred === APPLICATION_JSON || preferred === GRAPHQL_RESPONSE_JSON ? preferred : null;
      if (negotiated.size < MAX_ACCEPT_HEADERS) negotiated.set(accept, type);
    }
    return type;
  }

  /** Apollo's plugin hook: a document it parsed, validated and resolved to an operation. */
  const learningPlugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (typeof request.query !== 'string' || !operation) return;
          const key = keyOf(request.query, request.operationName);
          if (learned.has(key) || key.length > MAX_DOCUMENTS_CHARS) return;
          while (learned.size > 0 && (learned.size >= MAX_DOCUMENTS || learnedChars + key.length > MAX_DOCUMENTS_CHARS)) {
            const oldest = learned.keys().next().value!;
            learned.delete(oldest);
            learnedChars -= oldest.length;
          }
          learned.set(key, { document, operation });
          learnedChars += key.length;
        },
      };
    },
  };

  /**
   * Serves the request when it is one of those described above and answers true; else answers false
   * having written nothing, for Apollo to serve it.
   */
  async function serve(body: unknown, accept: string | undefined, context: () => Promise<GraphQLContext>, res: ServerResponse): Promise<boolean> {
    const startedAt = process.hrtime.bigint();
    const request = singleOperation(body);
    if (!request) return false;
    const known = learned.get(keyOf(request.query, request.operationName));
    if (!known) return false;
    const contentType = contentTypeFor(accept);
    if (!contentType) return false;
    try {
      checks.beforeContext(request, known.document);
    } catch {
      return false;
    }
    let contextValue: GraphQLContext;
    try {
      contextValue = await context();
      checks.withContext(contextValue, known.operation);
    } catch {
      return false;
    }
    const result = await execute({
      schema,
      document: known.document,
      operationName: request.operationName,
      variableValues: request.variables,
      contextValue,
    });
    // No data at all: the variables did not fit (nothing ran). Apollo answers that one (400, BAD_USER_INPUT).
    if (!('data' in result)) return false;
    const { errors, status } = formatExecutionErrors(result.errors, formatError);
    finished(contextValue, request, result.errors, res, startedAt);
    const text = JSON.stringify({ errors, data: result.data, extensions: result.extensions }) + '\n';
    res.statusCode = status;
    res.setHeader('content-type', contentType);
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
    return true;
  }

  return { learningPlugin, serve };
}

/** A single operation as GraphQL over HTTP posts it, or null (a batch, a persisted query, a malformed body: Apollo's). */
function singleOperation(body: unknown): OperationRequest | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query === '') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  if (extensions !== undefined && extensions !== null && (typeof extensions !== 'object' || 'persistedQuery' in extensions)) return null;
  return { query, operationName: operationName as string | null | undefined, variables: (variables ?? undefined) as Record<string, unknown> | undefined };
}

/**
 * An executed operation's errors as Apollo Server formats them (its errorNormalize): each a GraphQL
 * error with a code (INTERNAL_SERVER_ERROR when it has none), its `http` extension taken off into the
 * response's status, then the platform's formatter; an error of the formatter itself is masked.
 */
export function formatExecutionErrors(
  errors: readonly GraphQLError[] | undefined,
  formatError: DirectExecutionOptions['formatError'],
): { errors: GraphQLFormattedError[] | undefined; status: number } {
  let status = 200;
  if (!errors) return { errors: undefined, status };
  const formatted = errors.map((error) => {
    try {
      const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
      const http = extensions.http as { status?: unknown } | undefined;
      if (http && typeof http === 'object') {
        if (typeof http.status === 'number') status = http.status;
        delete extensions.http;
      }
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { errors: formatted, status };
}
