import { Writable } from 'node:stream';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** A log destination that keeps the parsed lines. */
function collect() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { lines, destination };
}

const requestLines = (lines: Array<Record<string, unknown>>) => lines.filter((line) => line.msg === 'graphql');

/** `npm start` in development: one JSON line per request flooded the terminal. */
describe('the request logs of the platform in development', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });

  it('writes no line per request at the default level (info)', async () => {
    const logs = collect();
    api = await startTestApi({ env: { NODE_ENV: 'development', LOG_LEVEL: 'info' }, logDestination: logs.destination });
    const answer = await api.gql('{ competence(id: "1.1") { name } }');
    expect(answer.status).toBe(200);
    expect(requestLines(logs.lines)).toEqual([]);
  });

  it('writes one line per request, with its duration and SQL statements, at debug level', async () => {
    const logs = collect();
    api = await startTestApi({ env: { NODE_ENV: 'development', LOG_LEVEL: 'debug' }, logDestination: logs.destination });
    await api.gql('query Competence { competence(id: "1.1") { name } }');
    const [line] = requestLines(logs.lines);
    expect(line).toMatchObject({ level: 20, sqlStatements: expect.any(Number), ms: expect.any(Number) });
  });
});
