import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes of the API contract (enum ErrorCode). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'EMAIL_ALREADY_USED'
  | 'INVALID_TOKEN'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_LARGE'
  | 'BATCH_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_CURRENT_CHALLENGE'
  | 'ASSESSMENT_COMPLETED'
  | 'RETRY_NOT_AVAILABLE'
  | 'RESET_NOT_AVAILABLE';

/** One error as the API reports it: a message already translated by the server, a code, maybe a field. */
export interface ApiError {
  message: string;
  code?: string;
  field?: string;
  retryAfterSeconds?: number;
}

interface FormattedErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function toApiError(error: FormattedErrorLike): ApiError {
  const extensions = error.extensions ?? {};
  const apiError: ApiError = { message: typeof error.message === 'string' ? error.message : '' };
  if (typeof extensions.code === 'string') apiError.code = extensions.code;
  if (typeof extensions.field === 'string') apiError.field = extensions.field;
  if (typeof extensions.retryAfterSeconds === 'number') apiError.retryAfterSeconds = extensions.retryAfterSeconds;
  return apiError;
}

function errorsFromBody(bodyText: string): ApiError[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) ? body.errors.map((error) => toApiError(error as FormattedErrorLike)) : [];
  } catch {
    return [];
  }
}

/**
 * The GraphQL errors carried by anything Apollo may throw or return: `CombinedGraphQLErrors`,
 * a `ServerError` whose body is a GraphQL response (e.g. a 401 or 400 with `errors`), or a plain
 * `errors` array of a result. Network failures give an empty list.
 */
export function getApiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (Array.isArray(error)) return error.map((item) => toApiError(item as FormattedErrorLike));
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((item) => toApiError(item));
  if (ServerError.is(error)) return errorsFromBody(error.bodyText);
  return [];
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return getApiErrors(error).some((apiError) => apiError.code === code);
}

/**
 * Messages of the errors that name an input field (`extensions.field`), by field name.
 * `codeFields` places errors without a field by their code (e.g. EMAIL_ALREADY_USED → "email").
 */
export function getFieldErrors(
  error: unknown,
  codeFields: Partial<Record<ApiErrorCode, string>> = {},
): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const apiError of getApiErrors(error)) {
    const field = apiError.field ?? (apiError.code ? codeFields[apiError.code as ApiErrorCode] : undefined);
    if (field && !fieldErrors[field]) fieldErrors[field] = apiError.message;
  }
  return fieldErrors;
}
