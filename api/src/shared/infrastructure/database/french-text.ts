/**
 * The one rule for every search field and every list of names, in every console: a search ignores case,
 * accents and the ligatures œ/æ ("coeurdevey" finds CŒURDEVEY, "etienne" finds Étienne), and names sort in
 * French order (ÉTIENNE between EMMA and FANNY, not after TRAORÉ). Both run in PostgreSQL, so pages stay
 * server-side: `search_text()` and the `fr_natural` collation come from
 * api/migrations/Migration20261206170000_french_search_and_sort.ts. The typed term goes through the same
 * `search_text()` as the column, so there is no second copy of the rule in TypeScript.
 */

/** The ICU collation of names and classes (schema-qualified: safe whatever the search_path). */
export const FRENCH_COLLATION = '"public"."fr_natural"';

/** A fragment of SQL and its bindings, for knex's `whereRaw`/`orderByRaw` (`??` = identifier, `?` = value). */
export interface SqlFragment {
  sql: string;
  bindings: string[];
}

/** `%` and `_` typed by the user are letters, not wildcards. */
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The words typed in a search box, trimmed (none when the box is empty). */
export function searchWords(term: string | null | undefined): string[] {
  return term?.trim().split(/\s+/).filter(Boolean) ?? [];
}

const containsSql = (columnsSql: readonly string[]) => `(${columnsSql.map((c) => `public.search_text(${c}) like public.search_text(?)`).join(' or ')})`;

/**
 * One of `columns` contains `term`, whatever the case, the accents and the ligatures. `columns` are
 * identifiers written by us (e.g. 'l.last_name'), never user input. For knex.
 */
export function frenchContains(columns: readonly string[], term: string): SqlFragment {
  const pattern = `%${escapeLike(term)}%`;
  return { sql: containsSql(columns.map(() => '??')), bindings: columns.flatMap((column) => [column, pattern]) };
}

/** The same, over column expressions already written as SQL (e.g. MikroORM's `${alias}.last_name`): values bound only. */
export function frenchContainsSql(columnsSql: readonly string[], term: string): SqlFragment {
  const pattern = `%${escapeLike(term)}%`;
  return { sql: containsSql(columnsSql), bindings: columnsSql.map(() => pattern) };
}

export interface SortKey {
  column: string;
  order?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
  /** A text column (name, class): sorted in French order. */
  french?: boolean;
}

/** An ORDER BY where text columns sort in French order. */
export function frenchOrder(keys: readonly SortKey[]): SqlFragment {
  return {
    sql: keys
      .map((key) => `??${key.french ? ` collate ${FRENCH_COLLATION}` : ''} ${key.order ?? 'asc'}${key.nulls ? ` nulls ${key.nulls}` : ''}`)
      .join(', '),
    bindings: keys.map((key) => key.column),
  };
}
