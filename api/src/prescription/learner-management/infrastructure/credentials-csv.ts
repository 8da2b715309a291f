import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../../shared/i18n/translate';
import { asText, CSV_BOM, CSV_OPTIONS, frenchDate } from '../../../shared/domain/french-csv';

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

/** The sheet a teacher hands out: semicolons, UTF-8 with a BOM (what French spreadsheets expect), dates JJ/MM/AAAA. */
export function credentialsCsv(lines: CredentialsLine[], locale: Locale): string {
  return (
    CSV_BOM +
    stringify(
      lines.map((l) => [l.division ?? '', l.lastName, l.firstName, frenchDate(l.birthdate), l.username, l.temporaryPassword].map(asText)),
      { ...CSV_OPTIONS, header: true, columns: HEADERS[locale] },
    )
  );
}
