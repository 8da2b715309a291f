import type { JuryCourseFieldsFragment } from '../../__generated__/graphql';

export type JuryCourse = JuryCourseFieldsFragment;
export type JuryQuestion = JuryCourse['questions'][number];
export type JuryScoring = NonNullable<JuryCourse['scoring']>;

/** 0.8125 → "81 %" (French), "81%" (English). */
export const percent = (rate: number | null | undefined, language: string): string =>
  rate === null || rate === undefined ? '–' : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** A jury action's before/after as "key : value, …" (null: nothing). */
export function describeChange(values: unknown): string {
  if (values === null || values === undefined) return '–';
  if (typeof values !== 'object') return String(values);
  const entries = Object.entries(values as Record<string, unknown>);
  if (entries.length === 0) return '–';
  return entries.map(([key, value]) => `${key} : ${value === null ? '–' : typeof value === 'object' ? JSON.stringify(value) : String(value)}`).join(', ');
}
