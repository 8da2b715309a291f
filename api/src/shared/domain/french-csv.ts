/**
 * Cell formats of the CSV files schools open in French spreadsheet software (domain.md §6):
 * semicolons, UTF-8 with a BOM, decimal comma, JJ/MM/AAAA, Oui/Non, and no cell run as a formula.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_OPTIONS = { delimiter: ';', record_delimiter: '\r\n' } as const;

/** A cell starting with =, +, -, @, a tab or a carriage return gets a leading quote. */
export function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Made once: building a formatter per cell (`toLocaleDateString`) costs most of an export's time. */
const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });

/** 2026-03-05 or a Date → 05/03/2026 (the calendar day in Paris for a Date). */
export function frenchDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string') return value.slice(0, 10).split('-').reverse().join('/');
  return PARIS_DAY.format(value);
}

/** A rate as spreadsheets read it, with a decimal comma and at most 2 decimals: 0.4567 → "0,46", 1 → "1". */
export function frenchRate(rate: number): string {
  return String(Math.round(rate * 100) / 100).replace('.', ',');
}

export const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');

/** What a column shows for a participant whose results are not shared. */
export const NOT_AVAILABLE = 'NA';
