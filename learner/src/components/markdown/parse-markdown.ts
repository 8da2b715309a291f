/**
 * A small, safe Markdown parser for challenge instructions: paragraphs (a line break stays a line
 * break), **bold**, *italic*, `code`, fenced code blocks, links, images, lists (nested by
 * indentation), block quotes; headings become bold paragraphs so that they never break the page's
 * heading outline. There is no raw HTML: `<b>` stays the text "<b>". The result is a tree rendered
 * by <Markdown> as React elements (never as an HTML string), and only http(s) and mailto links are
 * kept as links.
 */

export type MarkdownInline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'em'; children: MarkdownInline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: MarkdownInline[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'break' };

export type MarkdownBlock =
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'heading'; children: MarkdownInline[] }
  | { type: 'code'; value: string; language?: string }
  | { type: 'list'; ordered: boolean; start: number; items: MarkdownBlock[][] }
  | { type: 'quote'; children: MarkdownBlock[] };

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)[^`]*$/;
const BULLET = /^( {0,3})([-*+])( +|$)(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])( +|$)(.*)$/;
const HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const RULE = /^ {0,3}([-*_])( *\1){2,} *$/;
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** The URL when it may become a link or an image (http, https, mailto), otherwise null. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  // Control characters and spaces inside a scheme are a classic way around such checks.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  return SAFE_URL.test(trimmed) ? trimmed : null;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

interface ListMarker {
  ordered: boolean;
  bullet: string;
  start: number;
  /** Columns taken by the indentation, the marker and its spaces: the indentation of the item's content. */
  contentIndent: number;
  text: string;
}

function listMarker(line: string): ListMarker | null {
  if (RULE.test(line)) return null;
  const bullet = BULLET.exec(line);
  if (bullet) {
    const spaces = bullet[3].length > 4 ? 1 : Math.max(bullet[3].length, 1);
    return { ordered: false, bullet: bullet[2], start: 1, contentIndent: bullet[1].length + 1 + spaces, text: bullet[4] };
  }
  const ordered = ORDERED.exec(line);
  if (ordered) {
    const spaces = ordered[4].length > 4 ? 1 : Math.max(ordered[4].length, 1);
    return {
      ordered: true,
      bullet: ordered[3],
      start: Number(ordered[2]),
      contentIndent: ordered[1].length + ordered[2].length + 1 + spaces,
      text: ordered[5],
    };
  }
  return null;
}

function indentation(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || QUOTE.test(line) || listMarker(line) !== null;
}

function parseBlocks(lines: string[]): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line) || RULE.test(line)) {
      i += 1;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1];
      const fenceIndent = indentation(line);
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[i])) {
        const current = lines[i];
        body.push(current.slice(Math.min(fenceIndent, indentation(current))));
        i += 1;
      }
      i += 1; // the closing fence (or the end of the text)
      blocks.push({ type: 'code', value: body.join('\n'), ...(fence[2] ? { language: fence[2] } : {}) });
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', children: parseInline(heading[1] ?? '') });
      i += 1;
      continue;
    }

    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && !isBlank(lines[i])) {
        const match = QUOTE.exec(lines[i]);
        if (!match && startsBlock(lines[i])) break;
        quoted.push(match ? match[1] : lines[i]);
        i += 1;
      }
      blocks.push({ type: 'quote', children: parseBlocks(quoted) });
      continue;
    }

    const first = listMarker(line);
    if (first) {
      const items: MarkdownBlock[][] = [];
      let marker: ListMarker | null = first;
      while (marker && marker.ordered === first.ordered && marker.bullet === first.bullet) {
        const itemLines = [marker.text];
        const contentIndent = marker.contentIndent;
        i += 1;
        while (i < lines.length) {
          const current = lines[i];
          if (isBlank(current)) {
            // A blank line continues the item only when indented content follows.
            let next = i + 1;
            while (next < lines.length && isBlank(lines[next])) next += 1;
            if (next < lines.length && indentation(lines[next]) >= contentIndent) {
              for (let blank = i; blank < next; blank += 1) itemLines.push('');
              i = next;
              continue;
            }
            break;
          }
          if (indentation(current) >= contentIndent) {
            itemLines.push(current.slice(contentIndent));
          } else if (indentation(current) >= 2 && listMarker(current)) {
            // A nested list indented less than the content (e.g. two spaces under "1. ").
            itemLines.push(current.slice(Math.min(indentation(current), contentIndent)));
          } else if (!startsBlock(current)) {
            itemLines.push(current.trimStart()); // lazy continuation of the item's paragraph
          } else {
            break;
          }
          i += 1;
        }
        items.push(parseBlocks(itemLines));
        // Blank lines between two items of the same list keep the list going.
        let next = i;
        while (next < lines.length && isBlank(lines[next])) next += 1;
        const following = next < lines.length ? listMarker(lines[next]) : null;
        if (following && following.ordered === first.ordered && following.bullet === first.bullet && indentation(lines[next]) < contentIndent) {
          i = next;
          marker = following;
        } else {
          marker = null;
        }
      }
      blocks.push({ type: 'list', ordered: first.ordered, start: first.start, items });
      continue;
    }

    const paragraph: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !(paragraph.length > 0 && startsBlock(lines[i])) && !RULE.test(lines[i])) {
      paragraph.push(lines[i].trim());
      i += 1;
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
  }
  return blocks;
}

/** Parses a Markdown text into blocks. */
export function parseMarkdown(markdown: string): MarkdownBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  return parseBlocks(lines);
}

function runLength(text: string, at: number): number {
  let end = at;
  while (end < text.length && text[end] === text[at]) end += 1;
  return end - at;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function isSpace(character: string | undefined): boolean {
  return character === undefined || /\s/.test(character);
}

/** Index of the `]` closing the `[` at `open`, skipping escapes, code spans and nested brackets. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const character = text[i];
    if (character === '\\') {
      i += 1;
    } else if (character === '`') {
      const run = runLength(text, i);
      const close = text.indexOf('`'.repeat(run), i + run);
      if (close >= 0) i = close + run - 1;
      else i += run - 1;
    } else if (character === '[') {
      depth += 1;
    } else if (character === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The `(destination "title")` of a link starting at `at` (the opening parenthesis). */
function linkDestination(text: string, at: number): { url: string; end: number } | null {
  if (text[at] !== '(') return null;
  let i = at + 1;
  while (text[i] === ' ') i += 1;
  let url = '';
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close < 0) return null;
    url = text.slice(i + 1, close);
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    while (i < text.length && !/\s/.test(text[i])) {
      if (text[i] === '\\') i += 1;
      else if (text[i] === '(') depth += 1;
      else if (text[i] === ')') {
        if (depth === 0) break;
        depth -= 1;
      }
      i += 1;
    }
    url = text.slice(start, i);
  }
  while (text[i] === ' ') i += 1;
  if (text[i] === '"' || text[i] === "'") {
    const quote = text[i];
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return null;
    i = close + 1;
    while (text[i] === ' ') i += 1;
  }
  if (text[i] !== ')') return null;
  return { url: url.replace(/\\([^\w\s])/g, '$1'), end: i + 1 };
}

/** Where the emphasis opened at `from` by `delimiter` closes, or -1. */
function closingDelimiter(text: string, from: number, delimiter: string): number {
  const character = delimiter[0];
  for (let i = from; i < text.length; i += 1) {
    const current = text[i];
    if (current === '\\') {
      i += 1;
      continue;
    }
    if (current === '`') {
      const run = runLength(text, i);
      const close = text.indexOf('`'.repeat(run), i + run);
      i = close >= 0 ? close + run - 1 : i + run - 1;
      continue;
    }
    if (current === '[') {
      const close = closingBracket(text, i);
      if (close > 0) {
        const destination = linkDestination(text, close + 1);
        if (destination) {
          i = destination.end - 1;
          continue;
        }
      }
    }
    if (current !== character) continue;
    const run = runLength(text, i);
    const canClose = !isSpace(text[i - 1]) && (character !== '_' || !isWordCharacter(text[i + run]));
    if (run === delimiter.length && canClose && i > from) return i;
    if (run === 3 && delimiter.length < 3 && canClose && i > from) {
      // "*a **b***": the inner emphasis closes first, this one with the end of the run.
      return i + run - delimiter.length;
    }
    i += run - 1;
  }
  return -1;
}

const BARE_URL = /^https?:\/\/[^\s<>"]+/i;

function trimUrlEnd(url: string): string {
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1];
    if (/[.,;:!?'"*_]/.test(last)) {
      end -= 1;
    } else if (last === ')') {
      const candidate = url.slice(0, end);
      const opened = (candidate.match(/\(/g) ?? []).length;
      const closed = (candidate.match(/\)/g) ?? []).length;
      if (closed > opened) end -= 1;
      else break;
    } else {
      break;
    }
  }
  return url.slice(0, end);
}

/** Parses inline Markdown (emphasis, code, links, images, line breaks). */
export function parseInline(text: string): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const character = text[i];

    if (character === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (character === '\\' && text[i + 1] === '\n') {
      flush();
      nodes.push({ type: 'break' });
      i += 2;
      continue;
    }
    if (character === '\n') {
      buffer = buffer.replace(/ +$/, '');
      flush();
      nodes.push({ type: 'break' });
      i += 1;
      continue;
    }

    if (character === '`') {
      const run = runLength(text, i);
      const ticks = '`'.repeat(run);
      let close = text.indexOf(ticks, i + run);
      while (close >= 0 && runLength(text, close) !== run) close = text.indexOf(ticks, close + runLength(text, close));
      if (close >= 0) {
        let value = text.slice(i + run, close).replace(/\n/g, ' ');
        if (value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '') value = value.slice(1, -1);
        flush();
        nodes.push({ type: 'code', value });
        i = close + run;
      } else {
        buffer += ticks;
        i += run;
      }
      continue;
    }

    if ((character === '!' && text[i + 1] === '[') || character === '[') {
      const open = character === '!' ? i + 1 : i;
      const close = closingBracket(text, open);
      const destination = close > 0 ? linkDestination(text, close + 1) : null;
      if (destination) {
        const label = text.slice(open + 1, close);
        const url = safeUrl(destination.url);
        flush();
        if (character === '!') {
          const alt = plainText(parseInline(label));
          if (url && !url.toLowerCase().startsWith('mailto:')) nodes.push({ type: 'image', src: url, alt });
          else if (alt) nodes.push({ type: 'text', value: alt });
        } else {
          const children = parseInline(label);
          if (url) nodes.push({ type: 'link', href: url, children });
          else nodes.push(...children);
        }
        i = destination.end;
        continue;
      }
    }

    if (character === '<') {
      const autolink = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(text.slice(i));
      if (autolink) {
        flush();
        nodes.push({ type: 'link', href: autolink[1], children: [{ type: 'text', value: autolink[1].replace(/^mailto:/i, '') }] });
        i += autolink[0].length;
        continue;
      }
    }

    if ((character === 'h' || character === 'H') && !isWordCharacter(text[i - 1])) {
      const bare = BARE_URL.exec(text.slice(i));
      if (bare) {
        const url = trimUrlEnd(bare[0]);
        if (url.length > 'https://'.length) {
          flush();
          nodes.push({ type: 'link', href: url, children: [{ type: 'text', value: url }] });
          i += url.length;
          continue;
        }
      }
    }

    if (character === '*' || character === '_') {
      const run = runLength(text, i);
      const canOpen = !isSpace(text[i + run]) && (character !== '_' || !isWordCharacter(text[i - 1]));
      if (canOpen) {
        const sizes = run >= 3 ? [3, 2, 1] : run === 2 ? [2, 1] : [1];
        let matched = false;
        for (const size of sizes) {
          const delimiter = character.repeat(size);
          const start = i + (run - size);
          const close = closingDelimiter(text, start + size, delimiter);
          if (close < 0) continue;
          const inner = parseInline(text.slice(start + size, close));
          buffer += character.repeat(run - size);
          flush();
          if (size === 3) nodes.push({ type: 'strong', children: [{ type: 'em', children: inner }] });
          else nodes.push({ type: size === 2 ? 'strong' : 'em', children: inner });
          i = close + size;
          matched = true;
          break;
        }
        if (matched) continue;
      }
      buffer += character.repeat(run);
      i += run;
      continue;
    }

    buffer += character;
    i += 1;
  }
  flush();
  return nodes;
}

/** The text of inline nodes, without formatting (line breaks become spaces). */
export function plainText(nodes: MarkdownInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value;
        case 'break':
          return ' ';
        case 'image':
          return node.alt;
        default:
          return plainText(node.children);
      }
    })
    .join('');
}

function blockText(block: MarkdownBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return plainText(block.children);
    case 'code':
      return block.value;
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join(' ');
    case 'quote':
      return block.children.map(blockText).join(' ');
  }
}

/** A one-line plain-text summary of a Markdown text, cut at `maxLength` characters with "…". */
export function markdownSummary(markdown: string, maxLength = 160): string {
  const text = parseMarkdown(markdown).map(blockText).join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
