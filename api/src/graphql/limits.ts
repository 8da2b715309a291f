import { GraphQLError, getNullableType, isListType, type ASTVisitor, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/domain/errors';

function limitError(message: string, code: ErrorCode, key: string, params: Record<string, number>, nodes?: readonly never[]) {
  return new GraphQLError(message, { nodes, extensions: { code, i18n: { key, params } } });
}

/** graphql-depth-limit, with our code and a translated message. */
export function depthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    // The context is shared by every rule: relabel only this rule's reports, through a view of it.
    const view = Object.create(context) as ValidationContext;
    view.reportError = (error: GraphQLError) =>
      context.reportError(
        limitError(error.message, ErrorCode.QUERY_TOO_DEEP, 'errors.queryTooDeep', { max: maxDepth }, error.nodes as never),
      );
    return depthLimit(maxDepth)(view) as ASTVisitor;
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

/** Assumed length of a list whose size the query does not bound with `first`. */
const DEFAULT_LIST_SIZE = 10;

/**
 * Each field costs 1; a list multiplies what it selects by its page size (`first`) or 10. A
 * connection is sized by its `first`, so its `edges` list does not multiply again.
 */
export const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const isConnection = /Connection$/.test(String(getNullableType(field.type)));
  const isList = isConnection || (isListType(getNullableType(field.type)) && field.name !== 'edges');
  const size = typeof args.first === 'number' ? args.first : DEFAULT_LIST_SIZE;
  return 1 + (isList ? size * childComplexity : childComplexity);
};

/** The variables a query's cost depends on: a list's `first` (a number) and @include/@skip (a boolean). */
function costVariables(variables: Record<string, unknown> | undefined): [string, unknown][] {
  return Object.entries(variables ?? {}).filter(([, value]) => typeof value === 'number' || typeof value === 'boolean' || value === null);
}

/** Complexity needs the variables (page sizes), so it is checked once the operation is resolved. */
export function complexityPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  // The same query with the same sizes always costs the same: remember the last few hundred. Only the
  // variables that can change the cost are in the key (page sizes, @include/@skip flags: numbers and
  // booleans); a random idempotency key or a text would make every request a miss.
  const known = new Map<string, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = `${request.operationName ?? ''}\u0000${request.query ?? ''}\u0000${JSON.stringify(costVariables(request.variables))}`;
          const cached = request.query ? known.get(key) : undefined;
          const complexity = cached ?? getComplexity({
            schema: schema(),
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [listAwareEstimator],
          });
          if (cached === undefined && request.query) {
            if (known.size >= 500) known.delete(known.keys().next().value!);
            known.set(key, complexity);
          }
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

