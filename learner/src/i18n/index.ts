import type { AppResources } from '@pix-libre/ui-shared';
import en from './en.json';
import fr from './fr.json';

/** The learner app's texts (keys under `learner.`), merged over the shared ones. */
export const learnerResources: AppResources = { fr, en };
