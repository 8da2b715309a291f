/** 2026-12-07 → 07/12/2026 (a calendar day: no time zone). */
export const frenchDay = (isoDate: string | null | undefined): string => (isoDate ? isoDate.slice(0, 10).split('-').reverse().join('/') : '');

/** A moment in the interface's language: 07/12/2026 14:05 (French), 12/07/2026, 2:05 PM (English). */
export const dateTime = (iso: string | null | undefined, language: string): string =>
  iso ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)) : '';

/** A moment's day only, JJ/MM/AAAA. */
export const frenchDate = (iso: string | null | undefined): string => (iso ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }).format(new Date(iso)) : '');

/** "Camille Martin" (null: nobody). */
export const personName = (person: { firstName: string; lastName: string } | null | undefined): string | null =>
  person ? `${person.firstName} ${person.lastName}` : null;
