import type { MarkdownBlock, MarkdownInline } from './parse-markdown';

function inlineWithoutImages(nodes: MarkdownInline[], insideLink: boolean): MarkdownInline[] {
  return nodes.map((node): MarkdownInline => {
    switch (node.type) {
      case 'image': {
        const label = node.alt || node.src;
        // A link cannot hold another link: inside one, the image is its alt text.
        return insideLink ? { type: 'text', value: label } : { type: 'link', href: node.src, children: [{ type: 'text', value: label }] };
      }
      case 'strong':
      case 'em':
        return { ...node, children: inlineWithoutImages(node.children, insideLink) };
      case 'link':
        return { ...node, children: inlineWithoutImages(node.children, true) };
      default:
        return node;
    }
  });
}

/**
 * The same Markdown with each image turned into a link to it, named by its alt text (or its
 * address): the browser fetches nothing until the reader follows the link. For texts written by
 * a teacher (a campaign's landing text), whose images would otherwise be loaded from any site.
 */
export function imagesAsLinks(blocks: MarkdownBlock[]): MarkdownBlock[] {
  return blocks.map((block): MarkdownBlock => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, children: inlineWithoutImages(block.children, false) };
      case 'list':
        return { ...block, items: block.items.map(imagesAsLinks) };
      case 'quote':
        return { ...block, children: imagesAsLinks(block.children) };
      default:
        return block;
    }
  });
}

/** The inline flavour, for <Markdown inline>. */
export function inlineImagesAsLinks(nodes: MarkdownInline[]): MarkdownInline[] {
  return inlineWithoutImages(nodes, false);
}
