import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import { storeTutorialPreference, type TutorialPreference } from '../infrastructure/tutorial-preference.repository';

export type { TutorialPreference };

/** "Enregistrer" / "Tuto utile" and their undoing, by the learner for themself; idempotent. */
export async function setTutorialPreference(
  em: EntityManager,
  content: LearningContent,
  request: { userId: number; tutorialId: string; preference: TutorialPreference; on: boolean },
): Promise<void> {
  if (!content.tutorial(request.tutorialId)) throw new NotFoundError('errors.tutorialUnknown');
  await storeTutorialPreference(em, request);
}
