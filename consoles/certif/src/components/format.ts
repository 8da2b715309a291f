/** 2026-12-07 → 07/12/2026 (dates of sessions and birth dates are calendar days: no time zone). */
export const frenchDay = (isoDate: string | null | undefined): string => (isoDate ? isoDate.slice(0, 10).split('-').reverse().join('/') : '');

/** 14:05 → 14 h 05 in French, 14:05 in English. */
export const localTime = (time: string, language: string): string => (language.startsWith('fr') ? time.replace(':', ' h ') : time);
