import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { ApiScope, ValidApiClient } from '../domain/api-client';
import type { ApiClientRow, ApiClientUsage, ClientCallAdmission } from '../domain/api-client-row';

interface Row {
  id: number;
  client_id: string;
  name: string;
  contact: string;
  scopes: string[];
  uais: string[] | null;
  secret_hash: string;
  secret_version: number;
  rate_limit_per_minute: number;
  created_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

const toRow = (row: Row): ApiClientRow => ({
  id: row.id,
  clientId: row.client_id,
  name: row.name,
  contact: row.contact,
  scopes: row.scopes as ApiScope[],
  uais: row.uais,
  secretHash: row.secret_hash,
  secretVersion: row.secret_version,
  rateLimitPerMinute: row.rate_limit_per_minute,
  createdAt: new Date(row.created_at),
  rotatedAt: row.rotated_at ? new Date(row.rotated_at) : null,
  revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
});

/** The SQL of `api_clients` and `api_client_calls`. */
export class ApiClientRepository {
  constructor(private readonly em: EntityManager) {}

  async insert(client: Omit<ApiClientRow, 'id' | 'secretVersion' | 'rotatedAt' | 'revokedAt' | 'rateLimitPerMinute'> & { createdByUserId: number; rateLimitPerMinute?: number }): Promise<ApiClientRow> {
    const [row] = await knexOf(this.em)('api_clients')
      .insert({
        client_id: client.clientId,
        name: client.name,
        contact: client.contact,
        scopes: client.scopes,
        uais: client.uais,
        secret_hash: client.secretHash,
        rate_limit_per_minute: client.rateLimitPerMinute ?? 600,
        created_by_user_id: client.createdByUserId,
        created_at: client.createdAt,
      })
      .returning('*');
    return toRow(row as Row);
  }

  async byClientId(clientId: string): Promise<ApiClientRow | null> {
    const row = await knexOf(this.em)('api_clients').where({ client_id: clientId }).first();
    return row ? toRow(row as Row) : null;
  }

  /** Locks the client's row in the caller's transaction (rotation, revocation). */
  async lockByClientId(clientId: string): Promise<ApiClientRow | null> {
    const row = await knexOf(this.em)('api_clients').where({ client_id: clientId }).forUpdate().first();
    return row ? toRow(row as Row) : null;
  }

  async rotateSecret(id: number, secretHash: string, now: Date): Promise<ApiClientRow> {
    const [row] = await knexOf(this.em)('api_clients')
      .where({ id })
      .update({ secret_hash: secretHash, secret_version: knexOf(this.em).raw('secret_version + 1'), rotated_at: now })
      .returning('*');
    return toRow(row as Row);
  }

  /** New name, contact, rights or rate limit; changed rights end the outstanding tokens (secret_version + 1, the secret kept). */
  async update(id: number, client: ValidApiClient, endTokens: boolean): Promise<ApiClientRow> {
    const [row] = await knexOf(this.em)('api_clients')
      .where({ id })
      .update({
        name: client.name,
        contact: client.contact,
        scopes: client.scopes,
        uais: client.uais,
        rate_limit_per_minute: client.rateLimitPerMinute,
        ...(endTokens ? { secret_version: knexOf(this.em).raw('secret_version + 1') } : {}),
      })
      .returning('*');
    return toRow(row as Row);
  }

  async revoke(id: number, now: Date): Promise<ApiClientRow> {
    const [row] = await knexOf(this.em)('api_clients').where({ id }).update({ revoked_at: now }).returning('*');
    return toRow(row as Row);
  }

  /** Every client, newest first, with its calls of the last days (one statement). */
  async list(sinceDay: string): Promise<(ApiClientRow & { usage: ApiClientUsage[] })[]> {
    const result = await knexOf(this.em).raw(
      `select c.*, coalesce(json_agg(json_build_object('day', to_char(k.day, 'YYYY-MM-DD'), 'calls', k.calls, 'lastCallAt', k.last_call_at) order by k.day desc)
                            filter (where k.day is not null), '[]') as usage
       from api_clients c left join api_client_calls k on k.api_client_id = c.id and k.day >= ?::date
       group by c.id order by c.created_at desc, c.id desc`,
      [sinceDay],
    );
    return (result.rows as (Row & { usage: { day: string; calls: number; lastCallAt: string }[] })[]).map((row) => ({
      ...toRow(row),
      usage: row.usage.map((u) => ({ day: u.day, calls: u.calls, lastCallAt: new Date(u.lastCallAt) })),
    }));
  }

  /**
   * One call of a client's token, in ONE statement: admitted only while the client is not revoked
   * and its secret is the token's; then counted in the audit of the day (Europe/Paris).
   */
  async admitCall(clientId: string, secretVersion: number, now: Date): Promise<ClientCallAdmission> {
    const result = await knexOf(this.em).raw(
      `with c as (select id, revoked_at, secret_version, rate_limit_per_minute from api_clients where client_id = ?),
            counted as (
              insert into api_client_calls as k (api_client_id, day, calls, last_call_at)
              select id, (?::timestamptz at time zone 'Europe/Paris')::date, 1, ?::timestamptz from c
               where revoked_at is null and secret_version = ?
              on conflict (api_client_id, day) do update set calls = k.calls + 1, last_call_at = excluded.last_call_at
              returning api_client_id)
       select c.id, c.revoked_at, c.secret_version, c.rate_limit_per_minute, (select count(*) from counted)::int as counted from c`,
      [clientId, now, now, secretVersion],
    );
    const row = result.rows[0] as { id: number; revoked_at: Date | null; secret_version: number; rate_limit_per_minute: number; counted: number } | undefined;
    if (!row) return { kind: 'unknown' };
    if (row.revoked_at) return { kind: 'revoked' };
    if (row.counted === 0) return { kind: 'outdated' };
    return { kind: 'admitted', rateLimitPerMinute: row.rate_limit_per_minute };
  }
}
