import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { FRENCH_COLLATION, searchWords } from '../../shared/infrastructure/database/french-text';
import { UserEntity } from './user.entity';

/**
 * What the support team's search compares: the names, e-mail and username of an account in one text
 * (case, accents and œ/æ removed). The same expression as the trigram index users_search_trgm_index
 * (Migration20261207130000_user_administration.ts): change both together.
 */
const SEARCHED_TEXT = `public.search_text("first_name" || ' ' || "last_name" || ' ' || coalesce("email", '') || ' ' || coalesce("username", ''))`;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

const toListed = (row: any): UserEntity =>
  Object.assign(new UserEntity(), {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    username: row.username,
    locale: row.locale,
    platformRole: row.platform_role,
    mustChangePassword: row.must_change_password,
    createdAt: new Date(row.created_at),
    lastLoggedAt: row.last_logged_at ? new Date(row.last_logged_at) : null,
    anonymizedAt: row.anonymized_at ? new Date(row.anonymized_at) : null,
  });

/** The support team's list of accounts: two statements (a page, its total) whatever the page size. */
export class UserSearchRepository {
  constructor(private readonly em: EntityManager) {}

  async search(query: { search?: string | null; limit: number; offset: number }): Promise<{ users: UserEntity[]; totalCount: number }> {
    const knex = knexOf(this.em);
    // Every word typed is in the names, the e-mail or the username ("jean martin" finds Jean MARTIN).
    const filtered = () => {
      const builder = knex('users');
      for (const word of searchWords(query.search)) builder.whereRaw(`${SEARCHED_TEXT} like public.search_text(?)`, [`%${escapeLike(word)}%`]);
      return builder;
    };
    const [rows, [{ n }]] = await Promise.all([
      filtered()
        .select('id', 'first_name', 'last_name', 'email', 'username', 'locale', 'platform_role', 'must_change_password', 'created_at', 'last_logged_at', 'anonymized_at')
        .orderByRaw(`"last_name" collate ${FRENCH_COLLATION}, "first_name" collate ${FRENCH_COLLATION}, "id"`)
        .limit(query.limit)
        .offset(query.offset),
      filtered().count({ n: '*' }),
    ]);
    return { users: rows.map(toListed), totalCount: Number(n) };
  }
}
