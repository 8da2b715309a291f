import { dateTime } from '../../components/format';
import type { JuryCourseFieldsFragment } from '../../__generated__/graphql';

export type JuryCourse = JuryCourseFieldsFragment;
export type JuryQuestion = JuryCourse['questions'][number];
export type JuryScoring = NonNullable<JuryCourse['scoring']>;

/** 0.8125 → "81 %" (French), "81%" (English). */
export const percent = (rate: number | null | undefined, language: string): string =>
  rate === null || rate === undefined ? '–' : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A jury action's before/after, readable: what changed ("Neutralisée : Non, Par : –" → "Neutralisée :
 * Oui, Par : jury") and what stayed the same (the question, the challenge). Field names and codes are
 * translated (console.jury.fields.*, console.jury.values.*); user ids are left out (the history names
 * the actor); moments are shown in the interface's language; "–": nothing.
 */
export function describeChange(before: unknown, after: unknown, t: Translate, language: string): { before: string; after: string; same: string } {
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return t(value ? 'console.jury.yes' : 'console.jury.no');
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return dateTime(value, language);
    if (typeof value === 'string' && /^[A-Z][A-Z_]+$/.test(value)) return t(`console.jury.values.${value}`, { defaultValue: value });
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const asRecord = (values: unknown): Record<string, unknown> => (values && typeof values === 'object' ? (values as Record<string, unknown>) : {});
  const [from, to] = [asRecord(before), asRecord(after)];
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => !key.endsWith('UserId'));
  const changed = keys.filter((key) => before === null || JSON.stringify(from[key]) !== JSON.stringify(to[key]));
  const list = (values: Record<string, unknown>, of: string[]) =>
    of.length ? of.map((key) => `${t(`console.jury.fields.${key}`, { defaultValue: key })} : ${show(values[key])}`).join(', ') : '–';
  const same = keys.filter((key) => !changed.includes(key));
  return { before: before === null ? '–' : list(from, changed), after: after === null ? '–' : list(to, changed), same: same.length ? list(to, same) : '' };
}
