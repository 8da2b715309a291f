import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { FRENCH_COLLATION, frenchContainsSql } from '../../shared/infrastructure/database/french-text';
import { UserEntity } from '../infrastructure/user.entity';

const COLUMNS = ['first_name', 'last_name', 'email', 'username'];

/** Staff operation (the resolver declares who). Two statements whatever the page size; case, accents and œ/æ do not count. */
export async function searchUsers(em: EntityManager, query: { search?: string; limit: number; offset: number }) {
  const term = query.search?.trim();
  const where = term
    ? {
        [raw((alias) => frenchContainsSql(COLUMNS.map((column) => `${alias}.${column}`), term).sql, frenchContainsSql(COLUMNS, term).bindings)]: [],
      }
    : {};
  const [users, totalCount] = await em.findAndCount(UserEntity, where, {
    orderBy: [
      { [raw((alias) => `${alias}.last_name collate ${FRENCH_COLLATION}`)]: 'asc' },
      { [raw((alias) => `${alias}.first_name collate ${FRENCH_COLLATION}`)]: 'asc' },
      { id: 'asc' },
    ],
    limit: query.limit,
    offset: query.offset,
  });
  return { users, totalCount };
}
