import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

/** Accounts shown beside what they did (members, campaign creators, audit entries), one statement per list. */
export function createIamLoaders(em: EntityManager) {
  return {
    userById: new DataLoader<number, UserEntity | undefined>(async (ids) => {
      const rows = await new UserRepository(em).findManyForDisplay(ids);
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
  };
}
