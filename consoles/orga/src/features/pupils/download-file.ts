import { saveBlob } from '@pix-libre/ui-shared';

/**
 * Saves text as a file. The CSV of the credentials already starts with a byte order mark (for
 * spreadsheets), so none is added here.
 */
export function downloadTextFile(content: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  saveBlob(new Blob([content], { type }), fileName);
}
