import type { ApiScope } from './api-client';

/** A stored API client (its secret only as a hash). */
export interface ApiClientRow {
  id: number;
  clientId: string;
  name: string;
  contact: string;
  scopes: ApiScope[];
  uais: string[] | null;
  secretHash: string;
  secretVersion: number;
  rateLimitPerMinute: number;
  createdAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/** One day of a client's calls. */
export interface ApiClientUsage {
  /** AAAA-MM-JJ (Europe/Paris). */
  day: string;
  calls: number;
  lastCallAt: Date;
}

/** Whether a client token's call may go on. */
export type ClientCallAdmission =
  | { kind: 'admitted'; rateLimitPerMinute: number }
  | { kind: 'unknown' }
  | { kind: 'revoked' }
  /** The secret was rotated since the token was issued. */
  | { kind: 'outdated' };
