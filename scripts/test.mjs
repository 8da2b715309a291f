// `npm test`: every test of the repository (unit, integration, acceptance, components, browser
// journeys), after installing and building what they need. Test files run in parallel, each on a
// database of its own. Extra arguments go to jest (e.g. `npm test -- --selectProjects api-unit`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstall } from './ensure-install.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureRedis } from './ensure-redis.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureInstall();
ensureChromium();
ensureRedis();
await import('./build.mjs');
const jest = path.join(root, 'node_modules/jest/bin/jest.js');
const result = spawnSync(process.execPath, [jest, '--maxWorkers=2', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
