import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

/** The GAR login method of accounts (`gar_identities`: the pupil's stable opaque id, IDO). */
export class GarIdentityRepository {
  constructor(private readonly em: EntityManager) {}

  /** The account of this IDO, its last GAR log-in written in the same statement. */
  async signIn(ido: string, now: Date): Promise<number | null> {
    const rows = await knexOf(this.em)('gar_identities').where({ ido }).update({ last_login_at: now }).returning('user_id');
    return rows[0]?.user_id ?? null;
  }

  /** Adds the method; false when the account already has another IDO (or this IDO another account). */
  async add(userId: number, ido: string, now: Date): Promise<boolean> {
    const rows = await knexOf(this.em).raw(
      `insert into gar_identities (user_id, ido, created_at, last_login_at) values (?, ?, ?, ?)
       on conflict do nothing returning user_id`,
      [userId, ido, now, now],
    );
    if (rows.rows.length > 0) return true;
    const existing = await knexOf(this.em)('gar_identities').where({ user_id: userId, ido }).first('user_id');
    return !!existing;
  }
}
