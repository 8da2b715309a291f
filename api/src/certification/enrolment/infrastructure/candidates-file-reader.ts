import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from '../../../shared/domain/french-csv';
import { CANDIDATES_FILE_COLUMNS, CANDIDATES_FILE_EXAMPLES } from '../domain/candidates-file';

/**
 * The candidates file as records (csv-parse): UTF-8 with or without BOM, semicolons (a comma-separated
 * file is read too, as spreadsheets in English write it), quoted cells, lines of any length. Null
 * with the parser's reason when it cannot be read.
 */
export function readCandidatesFile(content: Buffer): { records: string[][] } | { error: string } {
  const text = content.toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
    // A final empty line is not a candidate; the lines keep their numbers.
    while (records.length && records[records.length - 1].every((cell) => cell === '')) records.pop();
    return { records };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0].slice(0, 200) };
  }
}

/** The template: headers and two example lines, semicolons, UTF-8 BOM (opens as is in a French spreadsheet). */
export function candidatesTemplateCsv(): string {
  return stringify([CANDIDATES_FILE_COLUMNS.map((c) => c.header), ...CANDIDATES_FILE_EXAMPLES], { ...CSV_OPTIONS, bom: true });
}
