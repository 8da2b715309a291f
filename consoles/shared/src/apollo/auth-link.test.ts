import { gql } from '@apollo/client';
import { createApolloClient } from './create-apollo-client';

interface Call {
  operationName: string;
  authorization: string | null;
  language: string | null;
}

const MeQuery = gql`
  query Me {
    me {
      id
      firstName
    }
  }
`;
const OtherQuery = gql`
  query Other {
    me {
      id
      lastName
    }
  }
`;

function sessionPayload(token: string) {
  return {
    __typename: 'AuthPayload',
    accessToken: token,
    accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
    user: {
      __typename: 'User',
      id: 'u1',
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille@example.net',
      username: null,
      locale: 'fr',
      platformRole: null,
      mustChangePassword: false,
    },
  };
}

const unauthenticated = { errors: [{ message: 'Session expirée', extensions: { code: 'UNAUTHENTICATED' } }] };

function fakeFetch(handler: (operationName: string, authorization: string | null) => unknown, statusOf: (body: unknown) => number = () => 200) {
  const calls: Call[] = [];
  const fetchImpl = jest.fn(async (_uri: string, init: { headers: Record<string, string>; body: string }) => {
    const { operationName } = JSON.parse(init.body) as { operationName: string };
    const authorization = init.headers.authorization ?? null;
    calls.push({ operationName, authorization, language: init.headers['accept-language'] ?? null });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = handler(operationName, authorization);
    const body = JSON.stringify(result);
    const status = statusOf(result);
    return {
      ok: status < 300,
      status,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () => body,
    };
  });
  return { calls, fetchImpl: fetchImpl as unknown as typeof fetch };
}

function meResult(field: 'firstName' | 'lastName') {
  return { data: { me: { __typename: 'User', id: 'u1', [field]: field === 'firstName' ? 'Camille' : 'Martin' } } };
}

describe('Apollo client auth flow', () => {
  it('restores the session on start with refreshSession (no argument, no Authorization)', async () => {
    const { calls, fetchImpl } = fakeFetch(() => ({ data: { refreshSession: sessionPayload('token-1') } }));
    const { session } = createApolloClient({ getLanguage: () => 'en', fetch: fetchImpl });

    await expect(session.restore()).resolves.toBe(true);

    expect(calls).toEqual([{ operationName: 'RefreshSession', authorization: null, language: 'en' }]);
    expect(session.getAccessToken()).toBe('token-1');
    expect(session.getSnapshot()).toMatchObject({ status: 'authenticated', user: { firstName: 'Camille' } });
  });

  it('holds an operation sent while the session is being restored, then sends it with the restored token', async () => {
    const { calls, fetchImpl } = fakeFetch((operationName, authorization) => {
      if (operationName === 'RefreshSession') return { data: { refreshSession: sessionPayload('restored') } };
      return authorization === 'Bearer restored' ? meResult('firstName') : unauthenticated;
    });
    const { client } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });

    // A direct link: the page's query leaves before anything restored the session.
    const me = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });

    expect(me.data).toEqual({ me: { __typename: 'User', id: 'u1', firstName: 'Camille' } });
    expect(calls).toEqual([
      { operationName: 'RefreshSession', authorization: null, language: 'fr' },
      { operationName: 'Me', authorization: 'Bearer restored', language: 'fr' },
    ]);
  });

  it('is anonymous when the server refuses to restore the session', async () => {
    const { fetchImpl } = fakeFetch(() => unauthenticated);
    const { session } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });

    await expect(session.restore()).resolves.toBe(false);
    expect(session.getSnapshot()).toEqual({ status: 'anonymous', user: null });
  });

  it('renews an expired token once for concurrent failures and replays the operations', async () => {
    const { calls, fetchImpl } = fakeFetch((operationName, authorization) => {
      if (operationName === 'RefreshSession') return { data: { refreshSession: sessionPayload('fresh') } };
      if (authorization !== 'Bearer fresh') return unauthenticated;
      return meResult(operationName === 'Me' ? 'firstName' : 'lastName');
    });
    const { client, session } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });
    session.start(sessionPayload('stale'));

    const [me, other] = await Promise.all([
      client.query({ query: MeQuery, fetchPolicy: 'network-only' }),
      client.query({ query: OtherQuery, fetchPolicy: 'network-only' }),
    ]);

    expect(me.data).toEqual({ me: { __typename: 'User', id: 'u1', firstName: 'Camille' } });
    expect(other.data).toEqual({ me: { __typename: 'User', id: 'u1', lastName: 'Martin' } });
    expect(calls.filter((call) => call.operationName === 'RefreshSession')).toHaveLength(1);
    expect(calls.filter((call) => call.operationName === 'RefreshSession')[0].authorization).toBeNull();
    expect(calls.filter((call) => call.operationName !== 'RefreshSession').map((call) => call.authorization).sort()).toEqual([
      'Bearer fresh',
      'Bearer fresh',
      'Bearer stale',
      'Bearer stale',
    ]);
    expect(calls.every((call) => call.language === 'fr')).toBe(true);
  });

  it('ends the session and passes the error on when the renewal is refused', async () => {
    const { calls, fetchImpl } = fakeFetch(() => unauthenticated);
    const { client, session } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });
    session.start(sessionPayload('stale'));

    await expect(client.query({ query: MeQuery, fetchPolicy: 'network-only' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: 'Session expirée' })],
    });

    expect(calls.map((call) => call.operationName)).toEqual(['Me', 'RefreshSession']);
    expect(session.getSnapshot()).toEqual({ status: 'anonymous', user: null });
  });

  it('also renews when the server answers UNAUTHENTICATED with an HTTP 401', async () => {
    const { calls, fetchImpl } = fakeFetch(
      (operationName, authorization) => {
        if (operationName === 'RefreshSession') return { data: { refreshSession: sessionPayload('fresh') } };
        return authorization === 'Bearer fresh' ? meResult('firstName') : unauthenticated;
      },
      (body) => (body === unauthenticated ? 401 : 200),
    );
    const { client, session } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });
    session.start(sessionPayload('stale'));

    const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });

    expect(data).toEqual({ me: { __typename: 'User', id: 'u1', firstName: 'Camille' } });
    expect(calls.map((call) => call.operationName)).toEqual(['Me', 'RefreshSession', 'Me']);
  });

  it('does not try to renew when nobody is logged in', async () => {
    const { calls, fetchImpl } = fakeFetch(() => unauthenticated);
    const { client, session } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });
    session.end(); // known to be anonymous (nothing left to restore)

    await expect(client.query({ query: MeQuery, fetchPolicy: 'network-only' })).rejects.toBeTruthy();
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });

  it("sends an operation's own bearer token (an invigilator's) instead of the session's, at once and without renewal", async () => {
    const { calls, fetchImpl } = fakeFetch((operationName, authorization) => {
      if (operationName === 'RefreshSession') return { data: { refreshSession: null } };
      return authorization === 'Bearer invigilator-token' ? meResult('firstName') : unauthenticated;
    });
    const { client } = createApolloClient({ getLanguage: () => 'fr', fetch: fetchImpl });

    const me = await client.query({ query: MeQuery, fetchPolicy: 'network-only', context: { bearerToken: 'invigilator-token' } });

    expect(me.data).toEqual({ me: { __typename: 'User', id: 'u1', firstName: 'Camille' } });
    // Not held while the session is being restored: an invigilator has no session to restore.
    expect(calls).toEqual([{ operationName: 'Me', authorization: 'Bearer invigilator-token', language: 'fr' }]);
  });
});
