import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../shared/domain/errors';
import { translate } from '../shared/i18n/translate';
import type { Logger } from '../shared/infrastructure/logger';
import { requestScope } from '../shared/infrastructure/request-scope';

/** Codes produced by GraphQL itself (parse, validation, variables) keep their meaning. */
const GRAPHQL_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'errors.graphqlValidation',
  GRAPHQL_VALIDATION_FAILED: 'errors.graphqlValidation',
  BAD_USER_INPUT: 'errors.graphqlValidation',
  BAD_REQUEST: 'errors.malformedRequest',
  OPERATION_RESOLUTION_FAILURE: 'errors.graphqlValidation',
};

/**
 * Every error leaves with `extensions.code` and a message in the request's language. Domain errors
 * are translated from their key; unexpected errors are logged with the request id and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const scope = requestScope.getStore();
    const locale = scope?.locale ?? 'fr';
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: translate(original.messageKey, original.params, locale),
        extensions: { code: original.code, ...original.extensions },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    const ours = code && (Object.values(ErrorCode) as string[]).includes(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (ours) {
      const i18n = formatted.extensions?.i18n as { key: string; params: Record<string, string | number> } | undefined;
      const { i18n: _drop, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: i18n ? translate(i18n.key, i18n.params, locale) : formatted.message, extensions };
    }
    if (code && GRAPHQL_CODES[code]) {
      return {
        ...base,
        message: translate(GRAPHQL_CODES[code], { detail: formatted.message }, locale),
        extensions: { code: code === 'BAD_REQUEST' ? ErrorCode.BAD_USER_INPUT : code === 'BAD_USER_INPUT' ? ErrorCode.BAD_USER_INPUT : code },
      };
    }
    logger.error({ err: original, requestId: scope?.requestId, path: formatted.path }, 'unexpected error');
    return {
      ...base,
      message: translate('errors.internal', { requestId: scope?.requestId ?? '-' }, locale),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: scope?.requestId },
    };
  };
}
