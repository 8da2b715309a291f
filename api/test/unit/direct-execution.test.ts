import type { ServerResponse } from 'node:http';
import { getOperationAST, GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { createDirectExecution, formatExecutionErrors } from '../../src/graphql/direct-execution';
import type { GraphQLContext } from '../../src/graphql/context';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { hello: { type: GraphQLString, args: { name: { type: GraphQLString } }, resolve: (_root, args: { name?: string }) => `Bonjour ${args.name ?? 'vous'}` } },
  }),
});

/** A direct executor on a tiny schema, and what Apollo's hook would teach it. */
function executor() {
  const finished: string[] = [];
  const direct = createDirectExecution({
    schema,
    formatError: (formatted) => formatted,
    checks: { beforeContext: () => undefined, withContext: () => undefined },
    finished: (_context, request) => finished.push(request.operationName ?? ''),
  });
  const learn = async (query: string, operationName?: string) => {
    const document = parse(query);
    const hooks = (await direct.learningPlugin.requestDidStart!({} as never)) as { didResolveOperation(c: unknown): Promise<void> };
    await hooks.didResolveOperation({ request: { query, operationName }, document, operation: getOperationAST(document, operationName) });
  };
  const serve = async (body: unknown) => {
    const written: { status?: number; headers: Record<string, unknown>; body?: string } = { headers: {} };
    const res = {
      set statusCode(value: number) {
        written.status = value;
      },
      setHeader: (name: string, value: unknown) => (written.headers[name] = value),
      end: (text: string) => (written.body = text),
    } as unknown as ServerResponse;
    const served = await direct.serve(body, undefined, async () => ({}) as GraphQLContext, res);
    return { served, ...written };
  };
  return { learn, serve, finished };
}

describe('the direct execution of documents Apollo has accepted', () => {
  it('serves only what it has learned, with the content type and body Apollo would send', async () => {
    const { learn, serve, finished } = executor();
    const query = 'query Hello($name: String) { hello(name: $name) }';
    expect((await serve({ query, operationName: 'Hello', variables: { name: 'Zoé' } })).served).toBe(false);
    await learn(query, 'Hello');
    const answer = await serve({ query, operationName: 'Hello', variables: { name: 'Zoé' } });
    expect(answer).toMatchObject({ served: true, status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(answer.body).toBe('{"data":{"hello":"Bonjour Zoé"}}\n');
    expect(finished).toEqual(['Hello']);
    // Another operation name, a batch, a persisted query: Apollo's.
    expect((await serve({ query, operationName: 'Other' })).served).toBe(false);
    expect((await serve([{ query, operationName: 'Hello' }])).served).toBe(false);
    expect((await serve({ query, operationName: 'Hello', extensions: { persistedQuery: { version: 1 } } })).served).toBe(false);
    // Variables that do not fit: nothing ran, Apollo answers.
    expect((await serve({ query, operationName: 'Hello', variables: { name: { first: 'Zoé' } } })).served).toBe(false);
  });

  it('forgets its oldest documents past 2 million characters, whatever a client sends', async () => {
    const { learn, serve } = executor();
    await learn('{ hello }');
    expect((await serve({ query: '{ hello }' })).served).toBe(true);
    const padding = ' '.repeat(400_000);
    for (let i = 0; i < 5; i += 1) await learn(`query Q${i} { hello }${padding}`);
    expect((await serve({ query: '{ hello }' })).served).toBe(false);
    expect((await serve({ query: `query Q4 { hello }${padding}` })).served).toBe(true);
  });
});

describe("an executed operation's errors, formatted as Apollo Server does", () => {
  it('gives each error a code, and takes its http extension off into the status', () => {
    const { errors, status } = formatExecutionErrors(
      [new GraphQLError('boom'), new GraphQLError('refusé', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } })],
      (formatted) => formatted,
    );
    expect(status).toBe(403);
    expect(errors).toEqual([
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'refusé', extensions: { code: 'FORBIDDEN' } },
    ]);
  });

  it('masks an error of the formatter itself', () => {
    const { errors } = formatExecutionErrors([new GraphQLError('boom')], () => {
      throw new Error('formatter');
    });
    expect(errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });
});
