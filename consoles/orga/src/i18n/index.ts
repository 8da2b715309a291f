import type { AppResources } from '@pix-libre/ui-shared';
import campaignResultsEn from './campaign-results.en.json';
import campaignResultsFr from './campaign-results.fr.json';
import certificationResultsEn from './certification-results.en.json';
import certificationResultsFr from './certification-results.fr.json';
import en from './en.json';
import fr from './fr.json';

type Texts = Record<string, unknown>;

const isTexts = (value: unknown): value is Texts => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `extra` merged into `base` key by key, at every depth (a feature's own file adds keys under `console.`). */
export function mergeTexts(base: Texts, extra: Texts): Texts {
  const merged: Texts = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = isTexts(current) && isTexts(value) ? mergeTexts(current, value) : value;
  }
  return merged;
}

/** Pix Orga's texts (keys under `console.`), merged over the shared ones. */
export const orgaResources: AppResources = {
  fr: mergeTexts(mergeTexts(fr, campaignResultsFr), certificationResultsFr),
  en: mergeTexts(mergeTexts(en, campaignResultsEn), certificationResultsEn),
};
