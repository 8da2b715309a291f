/**
 * Verifies a certificate's Open Badges 3.0 credential offline (docs/credentials.md):
 *   npm run credential:verify -w api -- <credential.json> --key <did.json | jwks.json | public-key.pem> [--status <status-list.json>]
 * Checks the eddsa-jcs-2022 proof with the issuer's published key and, with --status, that the
 * credential is not revoked (the status list's own proof too). Prints ✓ or ✗ with the reason;
 * exits 0 when valid, 1 when not, 2 on a usage error. Reads files only, never the network; loads
 * only the verification modules (no database, no server).
 */
import { readFileSync } from 'node:fs';
import { verifyCredential } from './certification/results/application/credential-verification';

const USAGE = 'usage: credential:verify <credential.json> --key <did.json|jwks.json|key.pem> [--status <status-list.json>]';

function parseArguments(args: string[]): { credential: string; key: string; status?: string } | null {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--key' || args[i] === '--status') {
      if (args[i + 1] === undefined) return null;
      options[args[i].slice(2)] = args[i + 1];
      i += 1;
    } else positional.push(args[i]);
  }
  if (positional.length !== 1 || !options.key) return null;
  return { credential: positional[0], key: options.key, status: options.status };
}

const parsed = parseArguments(process.argv.slice(2));
if (!parsed) {
  console.error(USAGE);
  process.exit(2);
}
let texts: { credential: string; key: string; statusList?: string };
try {
  texts = {
    credential: readFileSync(parsed.credential, 'utf8'),
    key: readFileSync(parsed.key, 'utf8'),
    statusList: parsed.status === undefined ? undefined : readFileSync(parsed.status, 'utf8'),
  };
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(2);
}
const outcome = verifyCredential({ ...texts, now: new Date() });
for (const line of outcome.lines) console.log(`  ${line}`);
if (outcome.valid) {
  console.log(`✓ Certificat valide (valid credential): ${parsed.credential}`);
  process.exit(0);
}
console.log(`✗ Certificat invalide (invalid credential): ${outcome.reason}`);
process.exit(1);
