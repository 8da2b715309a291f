/**
 * Birth countries a candidate may be given, by their French name (as the INSEE writes them), with the
 * three digits SIECLE uses for them (the INSEE code without its leading "99"). A subset of the INSEE
 * list, the countries most met in French schools; a country missing here is added to this list.
 */
export const FRANCE = 'FRANCE';

const COUNTRIES: readonly (readonly [name: string, siecleCode: string, aliases?: readonly string[]])[] = [
  [FRANCE, '100'],
  ['ALLEMAGNE', '109'],
  ['ALGÉRIE', '352'],
  ['BELGIQUE', '131'],
  ['BRÉSIL', '416'],
  ['CAMEROUN', '322'],
  ['CANADA', '401'],
  ['CHINE', '216'],
  ["CÔTE D'IVOIRE", '326'],
  ['ESPAGNE', '134'],
  ['ÉTATS-UNIS', '404', ['ETATS UNIS', 'USA']],
  ['INDE', '223'],
  ['ITALIE', '127'],
  ['LUXEMBOURG', '137'],
  ['MADAGASCAR', '333'],
  ['MALI', '335'],
  ['MAROC', '350'],
  ['PAYS-BAS', '135'],
  ['POLOGNE', '122'],
  ['PORTUGAL', '139'],
  ['ROUMANIE', '114'],
  ['ROYAUME-UNI', '132'],
  ['RUSSIE', '123'],
  ['SÉNÉGAL', '341'],
  ['SUISSE', '140'],
  ['TUNISIE', '351'],
  ['TURQUIE', '208'],
  ['UKRAINE', '155'],
  ['VIET NAM', '243', ['VIETNAM']],
];

/** A name as compared: upper case, no accents, no punctuation, single spaces. */
export function countryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, string>(COUNTRIES.flatMap(([name, , aliases]) => [name, ...(aliases ?? [])].map((n) => [countryKey(n), name] as [string, string])));
const BY_SIECLE_CODE = new Map<string, string>(COUNTRIES.map(([name, code]) => [code, name]));

/** The country's name as stored, or null when unknown. */
export function findCountry(typed: string): string | null {
  return BY_KEY.get(countryKey(typed)) ?? null;
}

/** The country of a SIECLE code (null: not in the list). */
export function countryOfSiecleCode(code: string | null): string | null {
  if (!code) return null;
  return BY_SIECLE_CODE.get(code.replace(/^99/, '').padStart(3, '0')) ?? null;
}
