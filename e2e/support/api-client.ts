/** A GraphQL client for what a test checks behind the browser (never to drive the journey itself). */
export async function gql<T = any>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

export async function logInToken(baseUrl: string, login: string, password: string): Promise<string> {
  const data = await gql(baseUrl, 'mutation L($l: String!, $p: String!) { logIn(input: { login: $l, password: $p }) { accessToken } }', {
    l: login,
    p: password,
  });
  return data.logIn.accessToken;
}
