import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TargetProfile } from '../domain/target-profile';
import { TargetProfileRepository } from './target-profile.repository';

/** A list of campaigns resolves its parcours in one statement. */
export function createTargetProfileLoaders(em: EntityManager) {
  return {
    targetProfileById: new DataLoader<number, TargetProfile | undefined>(async (ids) => {
      const rows = await new TargetProfileRepository(em).findByIds(ids);
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
  };
}
