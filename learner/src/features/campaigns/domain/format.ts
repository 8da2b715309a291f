/** "12 mars 2026" / "March 12, 2026": a date of the API (ISO string) in the UI language. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A rate of the API (0 to 1) as a whole percentage. */
export function toPercent(rate: number | null | undefined): number {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return 0;
  return Math.max(0, Math.min(100, Math.round(rate * 100)));
}
