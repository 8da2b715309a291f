// What the content generators share to write SVG illustrations (c42.mjs, c43.mjs): escaping, text,
// rectangles, the framed page with its <title> (alternative text for screen readers), a window's title
// bar, and writing into api/content/assets/.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'assets');
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const t = (x, y, s, attrs = '') => `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;
export const rect = (x, y, w, h, fill, extra = '') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;

export function svg(w, h, title, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="t">
<title id="t">${esc(title)}</title>
${rect(0, 0, w, h, '#ffffff', 'stroke="#555" stroke-width="2"')}
<g font-family="sans-serif" font-size="14" fill="#1a1a1a">
${body}
</g>
</svg>
`;
}

export const write = (name, text) => writeFileSync(join(ASSETS, name), text);
/** A window's title bar. */
export const bar = (w, label, color = '#2f4f8f') => `${rect(1, 1, w - 2, 34, color)}${t(14, 23, label, 'fill="#fff" font-weight="bold" font-size="15"')}`;
