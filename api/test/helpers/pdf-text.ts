import { inflateSync } from 'node:zlib';

/**
 * Reads the text back from a PDF written by pdfkit with `compress: false`: each embedded font has a
 * ToUnicode map (glyph code → characters) and each `TJ` shows glyph codes. The text of every `TJ` is
 * decoded with every font's map and the decodings are given back (the one of the right font is the
 * text; the others are noise that cannot spell the names a test looks for).
 */
export function pdfTexts(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const maps = [...source.matchAll(/beginbfrange\s*([\s\S]*?)endbfrange/g)].map(([, body]) => {
    const map = new Map<number, string>();
    for (const [, start, entries] of body.matchAll(/<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>\s*\[([^\]]*)\]/g)) {
      [...entries.matchAll(/<([0-9a-fA-F ]+)>/g)].forEach(([, hex], i) => {
        const chars = hex.trim().split(/\s+/).map((h) => String.fromCharCode(parseInt(h, 16)));
        map.set(parseInt(start, 16) + i, chars.join(''));
      });
    }
    return map;
  });
  const shown = [...source.matchAll(/\[([^[\]]*)\]\s*TJ/g)].map(([, array]) =>
    [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => hex.match(/.{4}/g) ?? []).flat(),
  );
  return maps.map((map) => shown.map((codes) => codes.map((code) => map.get(parseInt(code, 16)) ?? '').join('')).join('\n'));
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * The same PDF with its Flate streams inflated (what a download over HTTP holds, compressed), so that
 * `pdfTexts` and `pdfPageCount` read it.
 */
export function inflatePdf(pdf: Buffer): Buffer {
  const parts: Buffer[] = [];
  let position = 0;
  const source = pdf.toString('latin1');
  const pattern = /\/FlateDecode[^]*?>>\s*stream\r?\n/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    let data = pdf.subarray(start, end);
    try {
      data = inflateSync(data);
    } catch {
      data = inflateSync(pdf.subarray(start, end - 1));
    }
    parts.push(pdf.subarray(position, start), data, Buffer.from('\n'));
    position = end;
    pattern.lastIndex = end;
  }
  parts.push(pdf.subarray(position));
  return Buffer.concat(parts);
}
