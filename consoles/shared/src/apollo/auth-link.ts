import { ApolloLink } from '@apollo/client/link';
import { Observable, type Subscription } from 'rxjs';
import { getApiErrors } from './api-errors';
import type { Session } from './session';

declare module '@apollo/client' {
  interface DefaultContext {
    /**
     * Public operations of the session itself (logIn, signUp, refreshSession…): sent without the
     * Authorization header and never retried after a renewal.
     */
    skipAuth?: boolean;
    /**
     * An operation authorised by a token of its own (an invigilator's token for one session, no
     * account): sent as `Authorization: Bearer` instead of the session's token, never renewed.
     */
    bearerToken?: string;
  }
}

export interface AuthLinkOptions {
  session: Session;
  /** The current UI language, sent as Accept-Language so that server messages come translated. */
  getLanguage: () => string;
}

function isUnauthenticated(errors: unknown): boolean {
  return getApiErrors(errors).some((error) => error.code === 'UNAUTHENTICATED');
}

function applyHeaders(operation: ApolloLink.Operation, token: string | null, language: string): void {
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
    const next: Record<string, string> = { ...headers, 'accept-language': language };
    delete next.authorization;
    if (token) next.authorization = `Bearer ${token}`;
    return { headers: next };
  });
}

/**
 * Adds Accept-Language and, while logged in, `Authorization: Bearer <token>` to every request.
 * When an operation sent with a token fails with extensions.code UNAUTHENTICATED (in the result
 * or in an HTTP error body), it renews the session once (concurrent failures share one
 * refreshSession) and replays the operation with the new token. When the renewal is refused,
 * the session ends and the original error goes through.
 */
export function createAuthLink({ session, getLanguage }: AuthLinkOptions): ApolloLink {
  const link = authenticatedLink(session, getLanguage);
  return new ApolloLink((operation, forward) => {
    const bearerToken = operation.getContext().bearerToken;
    if (typeof bearerToken === 'string' && bearerToken) {
      applyHeaders(operation, bearerToken, getLanguage());
      return forward(operation);
    }
    // While the session is being restored from its cookie (a reload, a direct link), an operation
    // waits for it: otherwise it would leave without a token and answer as if nobody were logged in
    // (a campaign's landing page would ask a linked pupil who they are).
    if (operation.getContext().skipAuth === true || session.getSnapshot().status !== 'unknown') return link.request(operation, forward)!;
    return new Observable<ApolloLink.Result>((observer) => {
      let subscription: Subscription | undefined;
      let closed = false;
      void session.restore().then(() => {
        if (!closed) subscription = link.request(operation, forward)!.subscribe(observer);
      });
      return () => {
        closed = true;
        subscription?.unsubscribe();
      };
    });
  });
}

function authenticatedLink(session: Session, getLanguage: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const skipAuth = operation.getContext().skipAuth === true;
    if (skipAuth || !session.getAccessToken()) {
      applyHeaders(operation, skipAuth ? null : session.getAccessToken(), getLanguage());
      return forward(operation);
    }

    return new Observable<ApolloLink.Result>((observer) => {
      let subscription: Subscription | undefined;
      let closed = false;
      let renewing = false;

      const renewThenRetry = (failedToken: string, fallback: () => void): void => {
        renewing = true;
        void session.renewAfterRejection(failedToken).then((renewed) => {
          if (closed) return;
          renewing = false;
          if (renewed) send(false);
          else fallback();
        });
      };

      const send = (mayRenew: boolean): void => {
        const token = session.getAccessToken();
        applyHeaders(operation, token, getLanguage());
        subscription = forward(operation).subscribe({
          next: (result) => {
            if (mayRenew && token && isUnauthenticated(result.errors)) {
              renewThenRetry(token, () => {
                observer.next(result);
                observer.complete();
              });
              return;
            }
            observer.next(result);
          },
          error: (error: unknown) => {
            if (mayRenew && token && isUnauthenticated(error)) {
              renewThenRetry(token, () => observer.error(error));
              return;
            }
            observer.error(error);
          },
          complete: () => {
            if (!renewing) observer.complete();
          },
        });
      };

      send(true);
      return () => {
        closed = true;
        subscription?.unsubscribe();
      };
    });
  });
}
