// `npm start`: installs if needed, builds what changed, then runs the platform in this process's
// place (one Node process serving the API and the apps on one origin; see api/src/main.ts).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstall } from './ensure-install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureInstall();
await import('./build.mjs');
const child = spawn(process.execPath, [path.join(root, 'api/dist/src/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
