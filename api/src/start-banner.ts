/** What `npm start` prints once the platform listens: its addresses and the demonstration accounts. */
export interface StartBanner {
  /** Seconds from the start of the process to "ready". */
  seconds: number;
  /** [label, address] pairs, in order. */
  links: ReadonlyArray<readonly [string, string]>;
  /** The demonstration accounts, when the demo data is loaded. */
  accounts?: ReadonlyArray<{ role: string; login: string; password: string }>;
}

const INDENT = '  ';
const GAP = '  ';

/** Rows of cells padded so that each column starts at the same place (the last column is not padded). */
function alignColumns(rows: ReadonlyArray<readonly string[]>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, [...cell].length)));
  return rows.map(
    (row) =>
      INDENT +
      row
        .map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat(widths[index] - [...cell].length)))
        .join(GAP)
        .trimEnd(),
  );
}

/**
 * The start banner: a title, the addresses in two aligned columns, and the demonstration accounts
 * as a table (login, password, who it is) whose columns line up whatever the length of a role.
 * Lengths are counted in characters (code points), not in UTF-16 units, so accented labels align.
 */
export function formatStartBanner({ seconds, links, accounts = [] }: StartBanner): string {
  const lines = ['', `Pix libre est prêt (${seconds.toFixed(1).replace('.', ',')} s)`, '', ...alignColumns(links)];
  if (accounts.length > 0) {
    lines.push('', 'Comptes de démonstration :', '');
    lines.push(...alignColumns([['Identifiant', 'Mot de passe', 'Profil'], ...accounts.map((account) => [account.login, account.password, account.role])]));
  }
  return lines.join('\n') + '\n';
}
