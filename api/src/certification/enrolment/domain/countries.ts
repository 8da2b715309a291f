import { INSEE_COUNTRIES_TABLE } from './insee-countries';

/**
 * Birth countries a candidate may be given: the INSEE's current countries and territories (see
 * insee-countries.ts), stored by their French name as the INSEE writes it, found by that name, an
 * alias, or their code (five digits "99xxx", or the three digits SIECLE uses, without "99").
 */
export const FRANCE = 'FRANCE';

export interface Country {
  /** The INSEE code, five digits (99100 for France). */
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = INSEE_COUNTRIES_TABLE.split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => {
    const [head, ...aliases] = line.split('|').map((part) => part.trim());
    const [, digits, name] = /^(\d{3}) (.+)$/.exec(head)!;
    return { code: `99${digits}`, name, aliases };
  });

/** A name as compared: upper case, no accents, no punctuation, single spaces. */
export function countryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, string>(COUNTRIES.flatMap(({ name, code, aliases }) => [name, code, ...aliases].map((n) => [countryKey(n), name] as [string, string])));
const BY_SIECLE_CODE = new Map<string, string>(COUNTRIES.map(({ name, code }) => [code.slice(2), name]));

/** The country's name as stored (its name, an alias or its five-digit INSEE code typed), or null when unknown. */
export function findCountry(typed: string): string | null {
  return BY_KEY.get(countryKey(typed)) ?? null;
}

/** The country of a SIECLE code (three digits, or five with "99"; null: not a current INSEE country). */
export function countryOfSiecleCode(code: string | null): string | null {
  if (!code) return null;
  return BY_SIECLE_CODE.get(code.trim().replace(/^99(?=\d{3}$)/, '').padStart(3, '0')) ?? null;
}
