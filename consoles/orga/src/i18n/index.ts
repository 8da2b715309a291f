import type { AppResources } from '@pix-libre/ui-shared';
import en from './en.json';
import fr from './fr.json';

/** Pix Orga's texts (keys under `console.`), merged over the shared ones. */
export const orgaResources: AppResources = { fr, en };
