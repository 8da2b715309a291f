import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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

/** Apollo wraps validation errors (originalError); our limit rules carry their own code and i18n key. */
function ownLimitError(error: unknown): GraphQLError | undefined {
  let found: GraphQLError | undefined;
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof GraphQLError && (current.extensions as { i18n?: unknown })?.i18n) found = current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return found; // the deepest: the rule's own error, before Apollo relabels it
}

/** graphql's parser stops there when a query has more tokens than `maxTokens`. */
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/; // graphql 16 writes "more that"
/** graphql's "Did you mean …?" names fields, types and enum values of the schema. */
const SUGGESTION = / ?Did you mean .+\?$/;

export interface ErrorFormatterOptions {
  /** Keep graphql's suggestions in messages (off in production: they describe the schema). */
  suggestions: boolean;
}

/**
 * Every error leaves with `extensions.code` and a message in the request's language. Domain errors
 * are translated from their key; unexpected errors are logged with the request id and masked.
 */
export function createErrorFormatter(logger: Logger, options: ErrorFormatterOptions = { suggestions: true }) {
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
    // Apollo labels validation errors GRAPHQL_VALIDATION_FAILED; our limit rules set a code of their own.
    const own = ownLimitError(original);
    const ownCode = own?.extensions.code as string | undefined;
    const code = (ownCode ?? formatted.extensions?.code) as string | undefined;
    const ours = code && (Object.values(ErrorCode) as string[]).includes(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    const detail = options.suggestions ? formatted.message : formatted.message.replace(SUGGESTION, '');
    if (ours) {
      const source = own?.extensions ?? formatted.extensions ?? {};
      const { i18n, stacktrace: _stack, http: _http, ...extensions } = source as Record<string, unknown> & {
        i18n?: { key: string; params: Record<string, string | number> };
      };
      return { ...base, message: i18n ? translate(i18n.key, i18n.params, locale) : detail, extensions: { ...extensions, code } };
    }
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
    if (tokens) {
      return { message: translate('errors.tooManyTokens', { max: Number(tokens[1]) }, locale), extensions: { code: ErrorCode.QUERY_TOO_LARGE } };
    }
    if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
      return { ...base, message: translate('errors.introspectionDisabled', {}, locale), extensions: { code } };
    }
    if (code && GRAPHQL_CODES[code]) {
      return {
        ...base,
        message: translate(GRAPHQL_CODES[code], { detail }, locale),
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
