import type http from 'node:http';
import type { ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import { sqlStatementScope } from '../shared/infrastructure/database/orm';
import type { Logger } from '../shared/infrastructure/logger';
import { checkClientOperation, clientOperationsPlugin } from './client-operations';
import type { GraphQLContext } from './context';
import { createDirectExecution, type OperationRequest } from './direct-execution';
import { createErrorFormatter } from './error-formatter';
import { aliasRule, complexityCheck, complexityPlugin, queryShapeRule } from './limits';
import { checkNulCharacters, nulCharacterPlugin } from './nul-characters';

/**
 * The GraphQL endpoint's two executors over one schema: Apollo Server, which serves every kind of
 * request, and the direct execution of the documents it has already accepted (direct-execution.ts).
 * Both run the same checks and the same end of request (statement count header, request log).
 */
export function createGraphQLServer(options: { schema: GraphQLSchema; config: Config; logger: Logger; httpServer: http.Server }) {
  const { schema, config, logger, httpServer } = options;
  const formatError = createErrorFormatter(logger, { suggestions: config.graphql.suggestions });
  const checkComplexity = complexityCheck(() => schema, config.graphql.maxComplexity);

  const requestLogLevel = config.env === 'production' ? 'info' : 'debug';
  const finished = (
    context: GraphQLContext,
    request: Pick<OperationRequest, 'operationName'>,
    errors: readonly GraphQLError[] | undefined,
    startedAt: bigint,
    setHeader: (name: string, value: string) => void,
    executor: 'apollo' | 'direct',
  ) => {
    const statements = sqlStatementScope.getStore()?.statements ?? 0;
    if (config.env !== 'production') setHeader('x-sql-statements', String(statements));
    // The request's child logger is made only when this line is written. One line per request is for
    // production's log collector; elsewhere it is debug (LOG_LEVEL=debug).
    if (logger.isLevelEnabled(requestLogLevel))
      context.logger[requestLogLevel](
        {
          operation: request.operationName ?? undefined,
          executor,
          ms: Number(process.hrtime.bigint() - startedAt) / 1e6,
          sqlStatements: statements,
          errors: errors?.map((e) => e.extensions?.code ?? e.message),
        },
        'graphql',
      );
  };

  const direct = createDirectExecution({
    schema,
    formatError,
    checks: {
      beforeContext: (request, document) => {
        checkNulCharacters(document, request.variables);
        checkComplexity(request, document);
      },
      withContext: checkClientOperation,
    },
    finished: (context, request, errors, response: ServerResponse, startedAt) =>
      finished(context, request, errors, startedAt, (name, value) => response.setHeader(name, value), 'direct'),
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    allowBatchedHttpRequests: true,
    // main.ts owns the shutdown on SIGTERM/SIGINT (Apollo would re-raise the signal and leave us hanging).
    stopOnTerminationSignals: false,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    // A query longer than this stops at parse time, before any validation work.
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationOptions: { hideSuggestions: !config.graphql.suggestions },
    // The shape rule enters the document first and, over a limit, leaves nothing for the costly rules.
    validationRules: [
      queryShapeRule({
        maxDepth: config.graphql.maxDepth,
        maxFields: config.graphql.maxFields,
        maxRepeatedFields: config.graphql.maxRepeatedFields,
      }),
      aliasRule(config.graphql.maxAliases),
    ],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of GraphQL answers here; its per-field hook costs on every list.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its sandbox from a CDN, which the Content-Security-Policy refuses.
      ApolloServerPluginLandingPageDisabled(),
      complexityPlugin(checkComplexity),
      nulCharacterPlugin(),
      clientOperationsPlugin(),
      direct.learningPlugin,
      {
        async requestDidStart({ request, contextValue }) {
          const startedAt = process.hrtime.bigint();
          return {
            async willSendResponse({ response, errors }) {
              finished(contextValue, request, errors, startedAt, (name, value) => response.http.headers.set(name, value), 'apollo');
            },
          };
        },
      },
    ],
  });
  return { apollo, direct };
}
