import { Writable } from 'node:stream';
import { startTestApi, type TestApi } from '../helpers/test-api';

// The first time a document comes, Apollo Server serves it; from then on it is executed directly
// (direct-execution.ts). A client must not be able to tell the two apart: the same status, content
// type, body (to the byte) and statement count, in both languages, with or without errors; and what is
// refused before execution is still Apollo's answer.
describe('documents executed directly once Apollo has accepted them', () => {
  let api: TestApi;
  const logs: { msg?: string; executor?: string; operation?: string }[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      env: { LOG_LEVEL: 'debug' },
      logDestination: new Writable({
        write(chunk, _encoding, callback) {
          for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
          callback();
        },
      }),
    });
  });
  afterAll(() => api.stop());

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      statements: response.headers.get('x-sql-statements'),
      text: await response.text(),
    };
  };
  /** The executor of each GraphQL request logged so far (one line per request, LOG_LEVEL=debug). */
  const executors = () => logs.filter((line) => line.msg === 'graphql').map((line) => line.executor);

  /** The same request twice: Apollo's answer, then the direct one; they must be identical. */
  async function twice(body: unknown, headers: Record<string, string> = {}) {
    const before = executors().length;
    const first = await post(body, headers);
    const second = await post(body, headers);
    expect(second).toEqual(first);
    return { answer: first, executors: executors().slice(before) };
  }

  it('answers a query alike, as JSON or as graphql-response+json (what the apps send)', async () => {
    const query = { query: 'query Framework { competenceFramework { areas { code name competences { code } } } }', operationName: 'Framework' };
    const plain = await twice(query);
    expect(plain.executors).toEqual(['apollo', 'direct']);
    expect(plain.answer.status).toBe(200);
    expect(plain.answer.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(plain.answer.text).data.competenceFramework.areas).toHaveLength(5);
    const apps = await twice(query, { accept: 'application/graphql-response+json,application/json;q=0.9' });
    expect(apps.executors).toEqual(['direct', 'direct']);
    expect(apps.answer.contentType).toBe('application/graphql-response+json; charset=utf-8');
    expect(apps.answer.text).toBe(plain.answer.text);
  });

  it("formats an operation's errors alike, in French and in English, beside the data that could be read", async () => {
    const query = { query: '{ competence(id: "1.1") { code } assessment(id: "1") { id } }' };
    const french = await twice(query, { 'accept-language': 'fr' });
    expect(french.executors).toEqual(['apollo', 'direct']);
    const body = JSON.parse(french.answer.text);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].path).toEqual(['assessment']);
    expect(body.data).toEqual({ competence: { code: '1.1' }, assessment: null });
    const english = await twice(query, { 'accept-language': 'en' });
    expect(english.executors).toEqual(['direct', 'direct']);
    expect(JSON.parse(english.answer.text).errors[0].message).not.toBe(body.errors[0].message);
  });

  it('leaves to Apollo what is refused before execution: variables that do not fit, a NUL character', async () => {
    const query = 'query One($id: ID!) { competence(id: $id) { code } }';
    await twice({ query, variables: { id: '1.1' } });
    const wrongType = await twice({ query, variables: { id: { code: '1.1' } } });
    expect(wrongType.executors).toEqual(['apollo', 'apollo']);
    expect(wrongType.answer.status).toBe(400);
    expect(JSON.parse(wrongType.answer.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const nul = await twice({ query, variables: { id: '1.\u00001' } });
    expect(nul.executors).toEqual(['apollo', 'apollo']);
    expect(nul.answer.status).toBe(400);
    expect(JSON.parse(nul.answer.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('leaves batches and other operations of the same document to Apollo, and executes the one it was asked', async () => {
    const document = 'query A { errorCodes } query B { competence(id: "2.1") { code } }';
    const b = await twice({ query: document, operationName: 'B' });
    expect(b.executors).toEqual(['apollo', 'direct']);
    expect(JSON.parse(b.answer.text).data).toEqual({ competence: { code: '2.1' } });
    const a = await post({ query: document, operationName: 'A' });
    expect(JSON.parse(a.text).data.errorCodes).toContain('UNAUTHENTICATED');
    const batch = await twice([{ query: document, operationName: 'B' }]);
    expect(batch.executors).toEqual(['apollo', 'apollo']);
    expect(JSON.parse(batch.answer.text)).toEqual([{ data: { competence: { code: '2.1' } } }]);
  });
});
