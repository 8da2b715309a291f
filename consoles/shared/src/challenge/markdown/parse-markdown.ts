/**
 * Markdown of challenge instructions, proposals and campaign landing texts, parsed by markdown-it
 * (CommonMark) and turned into a small tree that <Markdown> renders as React elements (never as an
 * HTML string). Paragraphs (a line break stays a line break), **bold**, *italic*, `code`, code
 * blocks (fenced), links, images, lists, block quotes; headings become a "heading" block that <Markdown>
 * shows as a bold paragraph, so that they never break the page's heading outline.
 *
 * Safety: raw HTML is off (`<b>` stays the text "<b>"); only http(s) and mailto links are kept as
 * links (any other destination falls back to its text), and images only from http(s) URLs (other
 * images fall back to their alternative text). Tables, strikethrough and horizontal rules have no
 * place in the tree.
 */
import MarkdownIt from 'markdown-it';

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

type Token = ReturnType<MarkdownIt['parse']>[number];

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** The URL when it may become a link or an image (http, https, mailto), otherwise null. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  // Control characters and spaces inside a scheme are a classic way around such checks.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  return SAFE_URL.test(trimmed) ? trimmed : null;
}

// No tables nor strikethrough (no node for them), and no code blocks by indentation: authors who indent a
// paragraph mean a paragraph (code goes between ``` fences).
const markdownIt = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false }).disable(['table', 'strikethrough', 'code']);
// Bare http(s) URLs become links, not words that merely look like domains or e-mail addresses.
markdownIt.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
// Every destination is read as a link so that an unsafe one falls back to its text below (markdown-it
// would otherwise leave "[x](javascript:…)" as source text). Nothing reaches the page without safeUrl.
markdownIt.validateLink = () => true;

/** Adjacent texts as one node (markdown-it splits them around delimiters that matched nothing). */
function pushInline(nodes: MarkdownInline[], node: MarkdownInline): void {
  const last = nodes[nodes.length - 1];
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else if (node.type !== 'text' || node.value !== '') nodes.push(node);
}

/** Converts inline tokens from `cursor.at` up to the token of type `close` (excluded; consumed). */
function convertInline(tokens: Token[], cursor: { at: number }, close: string | null): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at];
    cursor.at += 1;
    if (token.type === close) break;
    switch (token.type) {
      case 'text':
      case 'text_special':
        pushInline(nodes, { type: 'text', value: token.content });
        break;
      case 'softbreak':
      case 'hardbreak':
        nodes.push({ type: 'break' });
        break;
      case 'code_inline':
        nodes.push({ type: 'code', value: token.content });
        break;
      case 'strong_open':
        nodes.push({ type: 'strong', children: convertInline(tokens, cursor, 'strong_close') });
        break;
      case 'em_open':
        nodes.push({ type: 'em', children: convertInline(tokens, cursor, 'em_close') });
        break;
      case 'link_open': {
        const href = safeUrl(token.attrGet('href') ?? '');
        const children = convertInline(tokens, cursor, 'link_close');
        if (href) nodes.push({ type: 'link', href, children });
        else children.forEach((child) => pushInline(nodes, child));
        break;
      }
      case 'image': {
        const src = safeUrl(token.attrGet('src') ?? '');
        const alt = plainText(convertInline(token.children ?? [], { at: 0 }, null));
        if (src && !src.toLowerCase().startsWith('mailto:')) nodes.push({ type: 'image', src, alt });
        else pushInline(nodes, { type: 'text', value: alt });
        break;
      }
      default:
        // A construct the tree has no node for keeps its content as text.
        if (token.nesting === 1) convertInline(tokens, cursor, token.type.replace(/_open$/, '_close')).forEach((child) => pushInline(nodes, child));
        else if (token.content) pushInline(nodes, { type: 'text', value: token.content });
    }
  }
  return nodes;
}

/** The inline content of a paragraph or heading, up to its closing token. */
function inlineUntil(tokens: Token[], cursor: { at: number }, close: string): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at];
    cursor.at += 1;
    if (token.type === close) break;
    if (token.type === 'inline') convertInline(token.children ?? [], { at: 0 }, null).forEach((node) => pushInline(nodes, node));
  }
  return nodes;
}

/** Converts block tokens from `cursor.at` up to the token of type `close` (excluded; consumed). */
function convertBlocks(tokens: Token[], cursor: { at: number }, close: string | null): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at];
    cursor.at += 1;
    if (token.type === close) break;
    switch (token.type) {
      case 'paragraph_open':
        blocks.push({ type: 'paragraph', children: inlineUntil(tokens, cursor, 'paragraph_close') });
        break;
      case 'heading_open':
        blocks.push({ type: 'heading', children: inlineUntil(tokens, cursor, 'heading_close') });
        break;
      case 'fence': {
        const language = markdownIt.utils.unescapeAll(token.info).trim().split(/\s+/)[0];
        blocks.push({ type: 'code', value: token.content.replace(/\n$/, ''), ...(language ? { language } : {}) });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const listClose = token.type.replace(/_open$/, '_close');
        const items: MarkdownBlock[][] = [];
        while (cursor.at < tokens.length) {
          const next = tokens[cursor.at];
          cursor.at += 1;
          if (next.type === listClose) break;
          if (next.type === 'list_item_open') items.push(convertBlocks(tokens, cursor, 'list_item_close'));
        }
        const ordered = token.type === 'ordered_list_open';
        blocks.push({ type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : 1, items });
        break;
      }
      case 'blockquote_open':
        blocks.push({ type: 'quote', children: convertBlocks(tokens, cursor, 'blockquote_close') });
        break;
      default:
        // hr has no place in the tree; a container it has no node for keeps its blocks.
        if (token.nesting === 1) blocks.push(...convertBlocks(tokens, cursor, token.type.replace(/_open$/, '_close')));
    }
  }
  return blocks;
}

/** Parses a Markdown text into blocks. */
export function parseMarkdown(markdown: string): MarkdownBlock[] {
  return convertBlocks(markdownIt.parse(markdown, {}), { at: 0 }, null);
}

/** Parses inline Markdown (emphasis, code, links, images, line breaks). */
export function parseInline(text: string): MarkdownInline[] {
  return inlineUntil(markdownIt.parseInline(text, {}), { at: 0 }, '');
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
