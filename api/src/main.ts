import 'reflect-metadata';
import { startPlatform } from './platform';
import { DEMO_ACCOUNTS } from './seeds/demo-data';
import { formatStartBanner } from './start-banner';

/** `npm start` lands here (through scripts/start.mjs, which installs and builds first). */
async function main() {
  const started = Date.now();
  const platform = await startPlatform();
  const { url, config } = platform;
  const links: Array<[string, string]> = [
    ['Apprenant', `${url}/`],
    ['Pix Orga', `${url}/orga/`],
    ['Pix Certif', `${url}/certif/`],
    ['Pix Admin', `${url}/admin/`],
    ['API GraphQL', `${url}/graphql`],
    ['Santé', `${url}/healthz`],
  ];
  if (config.env !== 'production' && !config.smtpUrl) links.push(['E-mails envoyés', `${url}/dev/outbox`]);
  const seconds = (Date.now() - started) / 1000;
  console.log(formatStartBanner({ seconds, links, accounts: config.loadDemoData ? DEMO_ACCOUNTS : [] }));

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
