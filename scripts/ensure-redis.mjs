// The Redis adapter of the live events is tested against a real Redis at 127.0.0.1:6379. On a fresh
// machine of this project's kind (Debian, root), install Debian's redis-server and start it (no
// persistence: the tests' events only), as Chromium is installed for the browser journeys.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function answers() {
  return spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG';
}

export function ensureRedis() {
  if (existsSync('/usr/bin/redis-cli') && answers()) return;
  if (!existsSync('/usr/bin/redis-server')) {
    const root = process.getuid?.() === 0;
    if (!root || !existsSync('/usr/bin/apt-get')) throw new Error('Redis is missing: install Debian\'s "redis-server" package (the live events\' Redis adapter is tested against it).');
    console.log('Installation de Redis (paquet Debian redis-server)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server', { stdio: 'inherit', shell: '/bin/bash' });
  }
  execSync("redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes", { stdio: 'inherit', shell: '/bin/bash' });
  for (let i = 0; i < 50 && !answers(); i += 1) execSync('sleep 0.1');
  if (!answers()) throw new Error('Redis did not start on 127.0.0.1:6379.');
}
