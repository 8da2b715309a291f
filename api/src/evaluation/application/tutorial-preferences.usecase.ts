import type { LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import type { TutorialPreference } from '../infrastructure/tutorial-preference.repository';
import type { EvaluationRepositories } from './dependencies';

export type { TutorialPreference };

/** "Enregistrer" / "Tuto utile" and their undoing, by the learner for themself; idempotent. */
export async function setTutorialPreference(
  repositories: Pick<EvaluationRepositories, 'storeTutorialPreference'>,
  content: LearningContent,
  request: { userId: number; tutorialId: string; preference: TutorialPreference; on: boolean },
): Promise<void> {
  if (!content.tutorial(request.tutorialId)) throw new NotFoundError('errors.tutorialUnknown');
  await repositories.storeTutorialPreference(request);
}
