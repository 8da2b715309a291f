import { ApolloClient, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { HttpLink } from '@apollo/client/link/http';
import { RefreshSessionMutation } from '../auth/auth.graphql';
import { createAuthLink } from './auth-link';
import { Session } from './session';

export interface CreateApolloClientOptions {
  /** The current UI language (Accept-Language). */
  getLanguage: () => string;
  /** GraphQL endpoint; the API serves every app on the same origin. */
  uri?: string;
  /** For tests: a fetch implementation. */
  fetch?: typeof fetch;
  typePolicies?: TypePolicies;
}

export interface ApolloSetup {
  client: ApolloClient;
  session: Session;
}

/** Cache policies that follow the contract's types (objects without id are merged or keyed). */
export const sharedTypePolicies: TypePolicies = {
  Profile: { merge: true },
  CompetenceProfile: { keyFields: ['competence', ['id']] },
  CompetenceFramework: { merge: true },
};

export function createApolloCache(typePolicies: TypePolicies = {}): InMemoryCache {
  return new InMemoryCache({ typePolicies: { ...sharedTypePolicies, ...typePolicies } });
}

/**
 * The Apollo client of an app and its session. The session is renewed through the client itself
 * (refreshSession without argument: the server reads its httpOnly cookie).
 */
export function createApolloClient(options: CreateApolloClientOptions): ApolloSetup {
  const session = new Session();
  const httpLink = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'same-origin',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const client = new ApolloClient({
    link: ApolloLink.from([createAuthLink({ session, getLanguage: options.getLanguage }), httpLink]),
    cache: createApolloCache(options.typePolicies),
  });
  session.setRefresher(async () => {
    const { data } = await client.mutate({
      mutation: RefreshSessionMutation,
      context: { skipAuth: true },
      fetchPolicy: 'no-cache',
    });
    return data?.refreshSession ?? null;
  });
  return { client, session };
}
