import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

interface GraphQLErrorLike {
  extensions?: Readonly<Record<string, unknown>> | null;
}

function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: unknown };
      return Array.isArray(body.errors) ? (body.errors as GraphQLErrorLike[]) : [];
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * The log-in of an account with a temporary password (a pupil's account) fails with
 * PASSWORD_CHANGE_REQUIRED and a single-use `passwordChangeToken` for changeExpiredPassword.
 * Gives that token ('' when the server sent none), or null for any other error.
 */
export function getPasswordChangeToken(error: unknown): string | null {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const extensions = graphQLError.extensions ?? {};
    if (extensions.code === 'PASSWORD_CHANGE_REQUIRED') {
      return typeof extensions.passwordChangeToken === 'string' ? extensions.passwordChangeToken : '';
    }
  }
  return null;
}
