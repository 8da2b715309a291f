import type { AppResources } from '@pix-libre/ui-shared';
import en from './en.json';
import fr from './fr.json';

/** Pix Admin's texts (keys under `console.`), merged over the shared ones. */
export const adminResources: AppResources = { fr, en };
