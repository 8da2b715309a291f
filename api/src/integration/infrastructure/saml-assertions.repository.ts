import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

/** The ids of the SAML assertions (and GAR first-time tokens) already used (`saml_assertions`), kept until they expire. */
export class SamlAssertionsRepository {
  constructor(private readonly em: EntityManager) {}

  /** Records the assertion's id: false when it was already used (a replay). Expired ids are swept on the way. */
  async useOnce(assertionId: string, expiresAt: Date, now: Date): Promise<boolean> {
    const knex = knexOf(this.em);
    const result = await knex.raw(
      `with swept as (delete from saml_assertions where expires_at < ?)
       insert into saml_assertions (id, expires_at) values (?, ?) on conflict (id) do nothing returning id`,
      [now, assertionId, expiresAt],
    );
    return result.rows.length === 1;
  }

  /** Gives an id back (a first-time token whose reconciliation failed may be tried again). */
  async release(id: string): Promise<void> {
    await knexOf(this.em)('saml_assertions').where({ id }).delete();
  }
}
