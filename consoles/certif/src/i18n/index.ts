import type { AppResources } from '@pix-libre/ui-shared';
import en from './en.json';
import fr from './fr.json';

/** Pix Certif's texts (keys under `console.`), merged over the shared ones. */
export const certifResources: AppResources = { fr, en };
