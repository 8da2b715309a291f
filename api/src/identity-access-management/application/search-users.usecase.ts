import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSearchRepository } from '../infrastructure/user-search.repository';

/**
 * Staff operation (the resolver declares who): accounts whose names, e-mail or username contain every
 * word typed, whatever the case, the accents and œ/æ; sorted in French order. Two statements whatever
 * the page size, the search read from a trigram index.
 */
export function searchUsers(em: EntityManager, query: { search?: string | null; limit: number; offset: number }) {
  return new UserSearchRepository(em).search(query);
}
