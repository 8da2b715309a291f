import type http from 'node:http';
import { GraphQLError, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate } from '../identity-access-management';
import type { Clock } from '../shared/domain/clock';
import { throttledAddress } from '../shared/domain/client-address';
import { DEFAULT_LOCALE } from '../shared/i18n/translate';
import type { Logger } from '../shared/infrastructure/logger';
import { createContext, type GraphQLContext } from './context';
import { createErrorFormatter } from './error-formatter';
import type { Services } from './services';

/** The bearer token of a connection: `connectionParams.authorization` ("Bearer …" or the token alone). */
function bearerOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value !== 'string' || !value) return null;
  return value.match(/^Bearer\s+(.+)$/i)?.[1] ?? value;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws), on the API's HTTP server at /graphql: each
 * subscription gets a request context like an HTTP request's, from the connection's parameters (an
 * account's access token or an invigilator's token). Who may follow what is the subscription's own
 * check. Returns how to close every connection.
 */
export function serveSubscriptions(options: { httpServer: http.Server; schema: GraphQLSchema; services: Services; logger: Logger; clock: Clock }): () => Promise<void> {
  const { httpServer, schema, services, logger, clock } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const format = createErrorFormatter(logger, { suggestions: false });
  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context: async (ctx): Promise<GraphQLContext> => {
        const bearer = bearerOf(ctx.connectionParams);
        const viewer = await authenticate(services.iam, bearer ?? undefined, clock.now());
        const request = ctx.extra.request;
        return createContext({
          em: () => services.orm.em.fork(),
          viewer,
          locale: DEFAULT_LOCALE,
          requestId: 'ws',
          clock,
          logger: () => logger.child({ requestId: 'ws' }),
          services,
          req: request as never,
          res: undefined as never,
          address: throttledAddress(request.socket.remoteAddress ?? ''),
          bearer,
        });
      },
      // Only subscriptions: queries and mutations go over HTTP, with its limits, throttles and caller's address.
      onSubscribe: (_ctx, _id, payload) => {
        let operation: string | undefined;
        try {
          operation = getOperationAST(parse(payload.query, { maxTokens: 1000 }), payload.operationName)?.operation;
        } catch {
          operation = undefined;
        }
        if (operation !== 'subscription') return [new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations over HTTP.', { extensions: { code: 'BAD_USER_INPUT' } })];
        return undefined;
      },
      // Errors leave with their code and a translated message, as over HTTP.
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(error.toJSON(), error)) as never,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? ({ ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } as never) : undefined,
    },
    wsServer,
  );
  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
