import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { Language } from '../i18n/i18n';

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

/**
 * What a console's log-in page says to a pupil with a temporary password: the new password is
 * chosen in the learner app. (Defaults of `shared.login.passwordChangeRequired`, which the shared
 * translation files may override.)
 */
export const PASSWORD_CHANGE_REQUIRED_MESSAGES: Record<Language, string> = {
  fr: "Votre mot de passe est provisoire. Connectez-vous d'abord à {{appName}}, l'espace des apprenants, pour choisir votre propre mot de passe, puis revenez vous connecter ici avec ce nouveau mot de passe.",
  en: "Your password is temporary. First log in to {{appName}}, the learners' app, to choose your own password, then come back and log in here with that new password.",
};
