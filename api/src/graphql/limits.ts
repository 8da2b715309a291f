import { GraphQLError, type ASTVisitor, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/domain/errors';

function limitError(message: string, code: ErrorCode, key: string, params: Record<string, number>, nodes?: readonly never[]) {
  return new GraphQLError(message, { nodes, extensions: { code, i18n: { key, params } } });
}

/** graphql-depth-limit, with our code and a translated message. */
export function depthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const report = context.reportError.bind(context);
    (context as { reportError: (e: GraphQLError) => void }).reportError = (error: GraphQLError) =>
      report(
        limitError(error.message, ErrorCode.QUERY_TOO_DEEP, 'errors.queryTooDeep', { max: maxDepth }, error.nodes as never),
      );
    return depthLimit(maxDepth)(context) as ASTVisitor;
  };
}

/** Aliases multiply the work of one field: a query may use only so many. */
export function aliasRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > maxAliases)
            context.reportError(
              limitError(`Too many aliases: ${count}`, ErrorCode.TOO_MANY_ALIASES, 'errors.tooManyAliases', {
                count,
                max: maxAliases,
              }),
            );
        },
      },
    };
  };
}

/** Complexity needs the variables (page sizes), so it is checked once the operation is resolved. */
export function complexityPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema: schema(),
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity)
            throw limitError(`Query too complex: ${complexity}`, ErrorCode.QUERY_TOO_COMPLEX, 'errors.queryTooComplex', {
              complexity,
              max: maxComplexity,
            });
        },
      };
    },
  };
}

