import type { IamRepositories } from './dependencies';

/**
 * Staff operation (the resolver declares who): accounts whose names, e-mail or username contain every
 * word typed, whatever the case, the accents and œ/æ; sorted in French order. Two statements whatever
 * the page size, the search read from a trigram index.
 */
export function searchUsers(repositories: IamRepositories, query: { search?: string | null; limit: number; offset: number }) {
  return repositories.userSearch.search(query);
}
