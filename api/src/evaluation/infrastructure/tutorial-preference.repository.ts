import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { runPrepared, type PreparedStatement, type StatementTarget } from '../../shared/infrastructure/database/prepared-statement';

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

/** A learner's saved and liked tutorials (saved: most recent first); the order and the sets the pages show. */
export interface TutorialPreferences {
  saved: Set<string>;
  liked: Set<string>;
  savedOrder: string[];
}

/** Read at every checkpoint and on the tutorials pages: prepared, planned once per connection. */
const SAVED_OF_USERS: PreparedStatement = {
  name: 'evaluation.saved-tutorials-of-users',
  text: 'select user_id, tutorial_id from saved_tutorials where user_id = any($1::int[]) order by created_at desc',
};
const LIKED_OF_USERS: PreparedStatement = {
  name: 'evaluation.liked-tutorials-of-users',
  text: 'select user_id, tutorial_id from liked_tutorials where user_id = any($1::int[])',
};

/** The tutorial preferences of each learner, in two statements for all of them. */
export async function tutorialPreferencesOfUsers(target: StatementTarget, userIds: readonly number[]): Promise<TutorialPreferences[]> {
  const ids = [...userIds];
  const [saved, liked] = await Promise.all([
    runPrepared<{ user_id: number; tutorial_id: string }>(target, SAVED_OF_USERS, [ids]),
    runPrepared<{ user_id: number; tutorial_id: string }>(target, LIKED_OF_USERS, [ids]),
  ]);
  return userIds.map((id) => {
    const savedOrder = saved.filter((row) => row.user_id === id).map((row) => row.tutorial_id);
    return { savedOrder, saved: new Set(savedOrder), liked: new Set(liked.filter((row) => row.user_id === id).map((row) => row.tutorial_id)) };
  });
}
