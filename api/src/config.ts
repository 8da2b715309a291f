import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { JobSettings } from './shared/infrastructure/jobs/job-queue';

/**
 * Everything the platform reads from its environment, in one place.
 * Secrets left unset in development are generated once and kept under DATA_DIR;
 * in production an unset secret stops the start.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** The interface to listen on: loopback only in development, every interface in production. */
  host: string;
  publicUrl: string;
  dataDir: string;
  /** The content release folder (api/content unless CONTENT_DIR says otherwise). */
  contentDir?: string;
  databaseUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  redisUrl?: string;
  accessTokenSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  passwordResetTtlSeconds: number;
  adminEmail?: string;
  adminPassword?: string;
  loadDemoData: boolean;
  logLevel: string;
  throttle: { accountFailures: number; addressFailures: number; windowSeconds: number };
  jobs: JobSettings;
  /** When the challenges' measured difficulty is refreshed (cron, UTC; "off": only on demand from Pix Admin). */
  challengeStatisticsCron: string;
  /** Express's `trust proxy`: only these proxies' X-Forwarded-For gives the client's address (false: none). */
  trustProxy: string | number | false;
  /** Integrators' client-credentials tokens (docs/integrators.md). */
  integrators: { tokenTtlSeconds: number };
  /**
   * The GAR's single sign-on: the identity provider's metadata (GAR_IDP_METADATA: the XML itself, or
   * the path of a file holding it); unset: the SAML endpoints answer 404.
   */
  gar: { idpMetadata?: string; spEntityId: string; clockSkewSeconds: number };
  /**
   * The platform's Ed25519 private key that signs the certificates' Open Badges credentials
   * (CREDENTIAL_SIGNING_KEY: a PKCS#8 PEM or a private JWK, or the path of a file holding one;
   * docs/credentials.md). Generated once under DATA_DIR in development, required in production.
   */
  credentialSigningKey: string;
  /**
   * Former keys' public parts (CREDENTIAL_PREVIOUS_PUBLIC_KEYS: publicKeyMultibase `z6Mk…` values separated
   * by commas), still published so that the credentials they signed keep verifying after a key change.
   */
  credentialPreviousPublicKeys: string[];
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    maxAliases: number;
    maxBatch: number;
    maxBodyBytes: number;
    /** Lexical tokens of a query: parsing stops past this. */
    maxTokens: number;
    /** Fields of an operation once its fragments are expanded. */
    maxFields: number;
    /** Fields with the same response name in one selection set (their pairwise checks are quadratic). */
    maxRepeatedFields: number;
    /** Schema introspection (on outside production unless INTROSPECTION says otherwise). */
    introspection: boolean;
    /** "Did you mean…?" in error messages, which describe the schema (off in production). */
    suggestions: boolean;
  };
}

function secretFrom(env: NodeJS.ProcessEnv, name: string, dataDir: string, production: boolean): string {
  const value = env[name];
  if (value) return value;
  if (production) throw new Error(`${name} must be set in production (NODE_ENV=production).`);
  const file = path.join(dataDir, 'secrets', `${name.toLowerCase()}.txt`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * CREDENTIAL_SIGNING_KEY: the key itself (PEM, `\n` allowed for line breaks, or a JWK) or the path of a
 * file holding it. Unset: an error in production; elsewhere an Ed25519 key generated once under DATA_DIR.
 */
function credentialSigningKeyFrom(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): string {
  const value = env.CREDENTIAL_SIGNING_KEY?.trim();
  if (value) {
    if (value.startsWith('-----BEGIN')) return value.replace(/\\n/g, '\n');
    if (value.startsWith('{')) return value;
    return readFileSync(path.resolve(value), 'utf8');
  }
  if (production) throw new Error('CREDENTIAL_SIGNING_KEY must be set in production (NODE_ENV=production).');
  const file = path.join(dataDir, 'secrets', 'credential_signing_key.pem');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(file, pem, { mode: 0o600 });
  return pem;
}

/** TRUST_PROXY: a number of hops, or addresses / CIDR ranges / Express's names (loopback…); unset or "false": none. */
export function trustProxySetting(value: string | undefined): string | number | false {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  return text;
}

/** GAR_IDP_METADATA: the XML itself, or the path of a file holding it. */
function garMetadata(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return text.startsWith('<') ? text : readFileSync(path.resolve(text), 'utf8');
}

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const port = int(env.PORT, 4000);
  const dataDir = path.resolve(env.DATA_DIR ?? '.data');
  return {
    env: nodeEnv,
    port,
    // A development machine does not publish its outbox or its demo accounts to the network.
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    contentDir: env.CONTENT_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Pix libre <ne-pas-repondre@pix-libre.local>',
    redisUrl: env.REDIS_URL || undefined,
    accessTokenSecret: secretFrom(env, 'ACCESS_TOKEN_SECRET', dataDir, production),
    accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60),
    refreshTokenTtlSeconds: int(env.REFRESH_TOKEN_TTL_SECONDS, 30 * 24 * 3600),
    passwordResetTtlSeconds: int(env.PASSWORD_RESET_TTL_SECONDS, 60 * 60),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    loadDemoData: env.DEMO_DATA ? env.DEMO_DATA !== 'false' : !production,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    throttle: {
      accountFailures: int(env.THROTTLE_ACCOUNT_FAILURES, 10),
      addressFailures: int(env.THROTTLE_ADDRESS_FAILURES, 50),
      windowSeconds: int(env.THROTTLE_WINDOW_SECONDS, 15 * 60),
    },
    jobs: {
      worker: env.JOB_WORKER !== 'false',
      expireSeconds: env.JOB_EXPIRE_SECONDS ? Number(env.JOB_EXPIRE_SECONDS) : undefined,
      maintenanceSeconds: Number(env.JOB_MAINTENANCE_SECONDS ?? 10),
      pollingSeconds: Number(env.JOB_POLLING_SECONDS ?? 1),
    },
    challengeStatisticsCron: env.CHALLENGE_STATISTICS_CRON || '*/15 * * * *',
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    integrators: { tokenTtlSeconds: int(env.INTEGRATOR_TOKEN_TTL_SECONDS, 3600) },
    gar: {
      idpMetadata: garMetadata(env.GAR_IDP_METADATA),
      spEntityId: env.GAR_SP_ENTITY_ID || `${(env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '')}/saml/metadata`,
      clockSkewSeconds: int(env.GAR_CLOCK_SKEW_SECONDS, 60),
    },
    credentialSigningKey: credentialSigningKeyFrom(env, dataDir, production),
    credentialPreviousPublicKeys: (env.CREDENTIAL_PREVIOUS_PUBLIC_KEYS ?? '').split(',').map((key) => key.trim()).filter(Boolean),
    graphql: {
      maxDepth: 12,
      maxComplexity: 10_000,
      maxAliases: 30,
      maxBatch: 10,
      maxBodyBytes: 100 * 1024,
      maxTokens: 5_000,
      maxFields: 1_000,
      maxRepeatedFields: 50,
      introspection: env.INTROSPECTION ? env.INTROSPECTION === 'true' : !production,
      suggestions: !production,
    },
  };
}
