import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/domain/errors';
import { clientOperations } from './access';
import type { GraphQLContext } from './context';

/**
 * An integrator's token opens the integrators' operations (`@Client`) and nothing else: not even a
 * public one. Checked once per operation, before any resolver runs.
 */
export function checkClientOperation(context: Pick<GraphQLContext, 'client'>, operation: OperationDefinitionNode | null | undefined): void {
  if (!context.client || !operation) return;
  const rootFields = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).map((field) => field.name.value);
  const refused = operation.operation === 'query' ? rootFields.filter((name) => name !== '__typename' && !clientOperations.has(name)) : rootFields;
  const fragments = operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD);
  if (refused.length > 0 || fragments)
    throw new GraphQLError('integrator token on another operation', {
      extensions: { code: ErrorCode.INTEGRATOR_OPERATION_FORBIDDEN, i18n: { key: 'errors.integration.operationForbidden', params: {} }, http: { status: 403 } },
    });
}

/** `checkClientOperation` once the operation is resolved. */
export function clientOperationsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          checkClientOperation(contextValue, operation);
        },
      };
    },
  };
}
