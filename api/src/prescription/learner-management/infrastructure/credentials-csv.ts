import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../../shared/i18n/translate';

export interface CredentialsLine {
  division: string | null;
  lastName: string;
  firstName: string;
  birthdate: string | null;
  username: string;
  temporaryPassword: string;
}

const HEADERS: Record<Locale, string[]> = {
  fr: ['Classe', 'Nom', 'Prénom', 'Date de naissance', 'Identifiant', 'Mot de passe provisoire'],
  en: ['Class', 'Last name', 'First name', 'Date of birth', 'Username', 'Temporary password'],
};

/** A cell a spreadsheet would run as a formula is shown as text. */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const frenchDate = (day: string | null) => (day ? day.split('-').reverse().join('/') : '');

/** The sheet a teacher hands out: semicolons, UTF-8 with a BOM (what French spreadsheets expect), dates JJ/MM/AAAA. */
export function credentialsCsv(lines: CredentialsLine[], locale: Locale): string {
  return (
    '\uFEFF' +
    stringify(
      lines.map((l) => [l.division ?? '', l.lastName, l.firstName, frenchDate(l.birthdate), l.username, l.temporaryPassword].map(asText)),
      { delimiter: ';', header: true, columns: HEADERS[locale], record_delimiter: '\r\n' },
    )
  );
}
