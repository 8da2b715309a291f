import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

export type TutorialPreference = 'saved' | 'liked';
const TABLES: Record<TutorialPreference, string> = { saved: 'saved_tutorials', liked: 'liked_tutorials' };

/** "Enregistrer" / "Tuto utile" and their undoing, by the learner for themself; idempotent. */
export async function setTutorialPreference(
  em: EntityManager,
  content: LearningContent,
  request: { userId: number; tutorialId: string; preference: TutorialPreference; on: boolean },
): Promise<void> {
  if (!content.tutorial(request.tutorialId)) throw new NotFoundError('errors.tutorialUnknown');
  const table = knexOf(em)(TABLES[request.preference]);
  if (request.on) {
    await table.insert({ user_id: request.userId, tutorial_id: request.tutorialId }).onConflict(['user_id', 'tutorial_id']).ignore();
  } else {
    await table.where({ user_id: request.userId, tutorial_id: request.tutorialId }).delete();
  }
}
