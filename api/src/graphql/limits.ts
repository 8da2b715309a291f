import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/domain/errors';
import { measureQuery, type QueryShape } from './query-shape';

/** A refusal of the client's query: an HTTP 400 with our code and a translated message. */
function limitError(message: string, code: ErrorCode, key: string, params: Record<string, string | number>) {
  return new GraphQLError(message, { extensions: { code, i18n: { key, params }, http: { status: 400 } } });
}

export interface ShapeLimits {
  maxDepth: number;
  maxFields: number;
  maxRepeatedFields: number;
}

/** Once a shape limit is passed, the other rules are given this instead of the document. */
const NOTHING_TO_VALIDATE: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/**
 * Depth, number of fields (fragments expanded) and repetitions of a field, measured in one pass when
 * validation enters the document. A document over a limit is replaced by an empty one for the rules
 * that follow (graphql's visitor semantics: a returned node replaces the visited one), so a huge or
 * exploding query costs one linear pass instead of graphql's quadratic overlap checks.
 */
export function queryShapeRule(limits: ShapeLimits): ValidationRule {
  return (context: ValidationContext) => ({
    Document: {
      enter(document) {
        const error = shapeError(measureQuery(document), limits);
        if (!error) return undefined;
        context.reportError(error);
        return NOTHING_TO_VALIDATE;
      },
    },
  });
}

/** The first limit the query passes (one clear reason is enough to refuse it). */
function shapeError(shape: QueryShape, limits: ShapeLimits): GraphQLError | null {
  if (shape.fields > limits.maxFields)
    return limitError(`Too many fields: ${shape.fields}`, ErrorCode.QUERY_TOO_LARGE, 'errors.tooManyFields', {
      count: shape.fields,
      max: limits.maxFields,
    });
  if (shape.mostRepeated && shape.mostRepeated.count > limits.maxRepeatedFields)
    return limitError(`Field repeated ${shape.mostRepeated.count} times`, ErrorCode.QUERY_TOO_LARGE, 'errors.fieldRepeated', {
      field: shape.mostRepeated.name,
      count: shape.mostRepeated.count,
      max: limits.maxRepeatedFields,
    });
  if (shape.depth > limits.maxDepth)
    return limitError(`Query too deep: ${shape.depth}`, ErrorCode.QUERY_TOO_DEEP, 'errors.queryTooDeep', { max: limits.maxDepth });
  return null;
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

/** The query's complexity, or null when its variables cannot be coerced (graphql then reports them). */
function complexityOf(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number | null {
  try {
    return getComplexity({ schema, query, operationName, variables, estimators: [listAwareEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/** The variables a query's cost depends on: a list's `first` (a number) and @include/@skip (a boolean). */
function costVariables(variables: Record<string, unknown> | undefined): [string, unknown][] {
  return Object.entries(variables ?? {}).filter(([, value]) => typeof value === 'number' || typeof value === 'boolean' || value === null);
}

/**
 * The complexity check of a resolved operation (throws over the limit). The same query with the same
 * sizes always costs the same: the last few hundred are remembered. Only the variables that can change
 * the cost are in the key (page sizes, @include/@skip flags: numbers and booleans); a random
 * idempotency key or a text would make every request a miss.
 */
export function complexityCheck(schema: () => GraphQLSchema, maxComplexity: number) {
  const known = new Map<string, number>();
  return (request: { query?: string; operationName?: string | null; variables?: Record<string, unknown> }, document: DocumentNode): void => {
    const key = `${request.operationName ?? ''}\u0000${request.query ?? ''}\u0000${JSON.stringify(costVariables(request.variables))}`;
    const cached = request.query ? known.get(key) : undefined;
    const complexity = cached ?? complexityOf(schema(), document, request.operationName ?? undefined, request.variables);
    // Variables that do not fit their types: execution refuses them next, with BAD_USER_INPUT.
    if (complexity === null) return;
    if (cached === undefined && request.query) {
      if (known.size >= 500) known.delete(known.keys().next().value!);
      known.set(key, complexity);
    }
    if (complexity > maxComplexity)
      throw limitError(`Query too complex: ${complexity}`, ErrorCode.QUERY_TOO_COMPLEX, 'errors.queryTooComplex', {
        complexity,
        max: maxComplexity,
      });
  };
}

/** Complexity needs the variables (page sizes), so it is checked once the operation is resolved. */
export function complexityPlugin(check: ReturnType<typeof complexityCheck>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          check(request, document);
        },
      };
    },
  };
}

