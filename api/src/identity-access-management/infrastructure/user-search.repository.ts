import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { FRENCH_COLLATION, searchWords } from '../../shared/infrastructure/database/french-text';
import type { UserEntity } from './user.entity';
import { dateOrNull, toDisplayedUser } from './user-rows';

/**
 * What the support team's search compares: `users.searched_text`, the names, e-mail and username of
 * the account in one text through `search_text()` (case, accents and œ/æ removed), kept by the
 * database and read from a trigram index (Migration20261207130000_user_administration.ts).
 */
const MATCHES = `"searched_text" like public.search_text(?)`;
const COLUMNS = ['id', 'first_name', 'last_name', 'email', 'username', 'locale', 'platform_role', 'must_change_password', 'created_at', 'last_logged_at', 'anonymized_at'];
const ORDER = `"last_name" collate ${FRENCH_COLLATION}, "first_name" collate ${FRENCH_COLLATION}, "id"`;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

const toListed = (row: any): UserEntity =>
  toDisplayedUser(row, { lastLoggedAt: dateOrNull(row.last_logged_at), anonymizedAt: dateOrNull(row.anonymized_at) });

/** The support team's list of accounts: two statements (a page, its total) whatever the page size. */
export class UserSearchRepository {
  constructor(private readonly em: EntityManager) {}

  async search(query: { search?: string | null; limit: number; offset: number }): Promise<{ users: UserEntity[]; totalCount: number }> {
    const knex = knexOf(this.em);
    // Every word typed is in the names, the e-mail or the username ("jean martin" finds Jean MARTIN).
    const words = searchWords(query.search);
    const patterns = words.map((word) => `%${escapeLike(word)}%`);
    const where = words.map(() => MATCHES).join(' and ');
    const [page, [{ n }]] = await Promise.all([
      words.length === 0
        ? // The whole list: a page read in order from the names index.
          knex('users').select(COLUMNS).orderByRaw(ORDER).limit(query.limit).offset(query.offset)
        : // The matches first (a bitmap of the trigram index), then sorted: walking the names index
          // in order would read half the accounts before the page of a frequent name.
          knex
            .raw(`with matches as materialized (select ${COLUMNS.map((c) => `"${c}"`).join(', ')} from users where ${where})
              select * from matches order by ${ORDER} limit ? offset ?`, [...patterns, query.limit, query.offset])
            .then((result: { rows: unknown[] }) => result.rows),
      words.length === 0 ? knex('users').count({ n: '*' }) : knex('users').whereRaw(where, patterns).count({ n: '*' }),
    ]);
    return { users: (page as any[]).map(toListed), totalCount: Number(n) };
  }
}
