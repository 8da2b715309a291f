import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { startPlatform, type Platform } from '../../src/platform';
import type { Clock } from '../../src/shared/domain/clock';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  headers: Headers;
}

export interface TestApi {
  url: string;
  platform: Platform;
  databaseUrl: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The credentials' signing key of this test process (production requires one; elsewhere it would be generated per DATA_DIR). */
export const TEST_CREDENTIAL_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** The real API over real HTTP, on a database of its own (no demo data). */
export async function startTestApi(
  options: { clock?: Clock; env?: Record<string, string>; logDestination?: DestinationStream } = {},
): Promise<TestApi> {
  const database = await createTestDatabase();
  const platform = await startPlatform({
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'pix-libre-api-')),
      DEMO_DATA: 'false',
      ACCESS_TOKEN_SECRET: 'secret-de-test-uniquement',
      CREDENTIAL_SIGNING_KEY: TEST_CREDENTIAL_SIGNING_KEY,
      LOG_LEVEL: 'fatal',
      DATABASE_POOL_MAX: '5',
      ...options.env,
    },
    clock: options.clock,
    logDestination: options.logDestination,
    skipContentImport: true,
  });
  const endpoint = `${platform.url}/graphql`;
  return {
    url: platform.url,
    platform,
    databaseUrl: database.url,
    async gql(query, variables, requestOptions = {}) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    async stop() {
      await platform.stop();
      await database.drop();
    },
  };
}

/** The refresh token a response set as its httpOnly cookie (the body never carries it). */
export function refreshTokenOf(response: Pick<GraphQLResponse, 'headers'>): string {
  const token = /(?:^|[\s,])refresh_token=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('no refresh_token cookie in the response');
  return decodeURIComponent(token);
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-23T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}
