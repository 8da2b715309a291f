import 'reflect-metadata';
import { startPlatform } from './platform';
import { DEMO_ACCOUNTS } from './seeds/demo-data';

/** `npm start` lands here (through scripts/start.mjs, which installs and builds first). */
async function main() {
  const started = Date.now();
  const platform = await startPlatform();
  const { url, config } = platform;
  const lines = [
    '',
    `Pix libre est prêt en ${((Date.now() - started) / 1000).toFixed(1)} s :`,
    `  Apprenant        ${url}/`,
    `  Pix Orga         ${url}/orga/`,
    `  Pix Certif       ${url}/certif/`,
    `  Pix Admin        ${url}/admin/`,
    `  API GraphQL      ${url}/graphql`,
    `  Santé            ${url}/healthz`,
  ];
  if (config.env !== 'production' && !config.smtpUrl) lines.push(`  E-mails envoyés  ${url}/dev/outbox`);
  if (config.loadDemoData) {
    lines.push('', 'Comptes de démonstration :');
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(44)} ${account.login} / ${account.password}`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    platform.logger.info({ signal }, 'shutting down');
    try {
      await platform.stop();
      process.exit(0);
    } catch (error) {
      platform.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
