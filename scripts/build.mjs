// Builds what `npm start` and the tests serve: the API (tsc) and the four web apps (Vite).
// A part whose sources are older than its output is not rebuilt, so a second start is quick.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: process.env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}`))));
  });
}

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const parts = [
  { name: 'api', cwd: 'api', sources: ['api/src', 'api/migrations'], output: 'api/dist/src/main.js', cmd: [tsc, '-p', 'tsconfig.build.json'] },
  ...['learner', 'consoles/orga', 'consoles/certif', 'consoles/admin'].map((app) => ({
    name: app,
    cwd: app,
    sources: [app, 'consoles/shared/src'],
    output: `${app}/dist/index.html`,
    // Vite does not type-check: tsc does, so that a front end with a type error does not build.
    typecheck: [tsc, '--noEmit', '-p', 'tsconfig.json'],
    cmd: [vite, 'build', '--logLevel', 'warn'],
  })),
];

const stale = parts.filter((part) => {
  const output = path.join(root, part.output);
  if (force || !existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return part.sources.some((source) => newestMtime(path.join(root, source)) > built);
});

const started = Date.now();
// The API first (tsc), then the web apps two at a time (2 cores).
// Incremental tsc leaves unchanged outputs as they were: the marker output is touched so that the
// next start sees the part as up to date.
const markBuilt = (part) => {
  const now = new Date();
  utimesSync(path.join(root, part.output), now, now);
};
for (const part of stale.filter((p) => p.name === 'api')) {
  await run(process.execPath, part.cmd, path.join(root, part.cwd));
  markBuilt(part);
}
const apps = stale.filter((p) => p.name !== 'api');
for (let i = 0; i < apps.length; i += 2) {
  await Promise.all(
    apps.slice(i, i + 2).map(async (part) => {
      await run(process.execPath, part.typecheck, path.join(root, part.cwd));
      await run(process.execPath, part.cmd, path.join(root, part.cwd));
      markBuilt(part);
    }),
  );
}
if (stale.length) console.log(`Built ${stale.map((p) => p.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
