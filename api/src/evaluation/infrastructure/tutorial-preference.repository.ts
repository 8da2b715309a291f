import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

export type TutorialPreference = 'saved' | 'liked';
const TABLES: Record<TutorialPreference, string> = { saved: 'saved_tutorials', liked: 'liked_tutorials' };

/** Records or removes a learner's preference for a tutorial; idempotent. */
export async function storeTutorialPreference(
  em: EntityManager,
  request: { userId: number; tutorialId: string; preference: TutorialPreference; on: boolean },
): Promise<void> {
  const table = knexOf(em)(TABLES[request.preference]);
  if (request.on) {
    await table.insert({ user_id: request.userId, tutorial_id: request.tutorialId }).onConflict(['user_id', 'tutorial_id']).ignore();
  } else {
    await table.where({ user_id: request.userId, tutorial_id: request.tutorialId }).delete();
  }
}
