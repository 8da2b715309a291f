import type { EntityManager } from '@mikro-orm/postgresql';
import { UserEntity } from '../infrastructure/user.entity';

/** Staff operation (the resolver declares who). Two statements whatever the page size. */
export async function searchUsers(em: EntityManager, query: { search?: string; limit: number; offset: number }) {
  const term = query.search?.trim();
  const like = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = like
    ? { $or: [{ firstName: { $ilike: like } }, { lastName: { $ilike: like } }, { email: { $ilike: like } }, { username: { $ilike: like } }] }
    : {};
  const [users, totalCount] = await em.findAndCount(UserEntity, where, {
    orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' },
    limit: query.limit,
    offset: query.offset,
  });
  return { users, totalCount };
}
