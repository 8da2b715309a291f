import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { ANONYMIZED_NAME, type LoginMethod } from '../domain/login-methods';
import { accountFields, dateOrNull } from './user-rows';

/** An account as the support team sees it (never its password hash). */
export interface AdministeredAccount {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  username: string | null;
  locale: string;
  platformRole: string | null;
  mustChangePassword: boolean;
  createdAt: Date;
  lastLoggedAt: Date | null;
  cguAcceptedAt: Date | null;
  anonymizedAt: Date | null;
  garIdo: string | null;
  garCreatedAt: Date | null;
  garLastLoginAt: Date | null;
  sessionVersion: number;
}

/** The support team's reads and writes on accounts (users, gar_identities), in the caller's transaction. */
export class AccountAdministrationRepository {
  constructor(private readonly em: EntityManager) {}

  /** One statement; `lock`: the account's row is locked until the transaction ends (an action on it). */
  async find(userId: number, lock = false): Promise<AdministeredAccount | null> {
    const builder = knexOf(this.em)('users as u')
      .leftJoin('gar_identities as g', 'g.user_id', 'u.id')
      .where('u.id', userId)
      .first(
        'u.id', 'u.first_name', 'u.last_name', 'u.email', 'u.username', 'u.locale', 'u.platform_role', 'u.must_change_password',
        'u.created_at', 'u.last_logged_at', 'u.cgu_accepted_at', 'u.anonymized_at', 'u.session_version',
        'g.ido', { gar_created_at: 'g.created_at' }, { gar_last_login_at: 'g.last_login_at' },
      );
    if (lock) builder.forUpdate('u');
    const row = await builder;
    if (!row) return null;
    return {
      ...accountFields(row),
      lastLoggedAt: dateOrNull(row.last_logged_at),
      cguAcceptedAt: dateOrNull(row.cgu_accepted_at),
      anonymizedAt: dateOrNull(row.anonymized_at),
      garIdo: row.ido ?? null,
      garCreatedAt: dateOrNull(row.gar_created_at),
      garLastLoginAt: dateOrNull(row.gar_last_login_at),
      sessionVersion: row.session_version,
    };
  }

  /** Removes one way into the account (the caller checked it is not the last one). */
  async removeLoginMethod(userId: number, method: LoginMethod, now: Date): Promise<void> {
    const knex = knexOf(this.em);
    if (method === 'GAR') await knex('gar_identities').where({ user_id: userId }).delete();
    else await knex('users').where({ id: userId }).update({ [method === 'EMAIL' ? 'email' : 'username']: null, updated_at: now });
  }

  /**
   * Replaces the account's personal data and removes every way into it. The new password hash (one
   * nobody can match) makes the database end every session, refresh token and password link of the
   * account (trigger users_credentials_changed); the version is raised once more for the tokens in
   * flight. Returns the new session version.
   */
  async anonymize(userId: number, actorUserId: number, now: Date): Promise<number> {
    const knex = knexOf(this.em);
    await knex('gar_identities').where({ user_id: userId }).delete();
    const [row] = await knex('users')
      .where({ id: userId })
      .update({
        first_name: ANONYMIZED_NAME,
        last_name: ANONYMIZED_NAME,
        email: null,
        username: null,
        password_hash: `!anonymized:${randomBytes(16).toString('hex')}`,
        must_change_password: false,
        cgu_accepted_at: null,
        anonymized_at: now,
        anonymized_by_user_id: actorUserId,
        updated_at: now,
        session_version: knex.raw('session_version + 1'),
      })
      .returning(['session_version']);
    return row.session_version;
  }
}
