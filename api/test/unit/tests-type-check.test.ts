import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Jest runs test files without type-checking them, so a use case whose signature changed could be
 * called the old way by a test, or by an e2e helper, and fail only at run time (or pass while testing
 * nothing). The API's sources, its tests and the browser journeys are type-checked together here
 * (api/tsconfig.test.json); a type error fails `npm test` with tsc's own message: file, line, what to fix.
 */
describe('the tests themselves', () => {
  it('type-check with the API sources and the browser journeys', () => {
    const tsc = path.resolve(__dirname, '../../../node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', path.resolve(__dirname, '../../tsconfig.test.json')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 240_000);
});
