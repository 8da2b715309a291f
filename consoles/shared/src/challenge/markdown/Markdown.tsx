import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { Fragment, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { imagesAsLinks, inlineImagesAsLinks } from './images-as-links';
import { parseInline, parseMarkdown, type MarkdownBlock, type MarkdownInline } from './parse-markdown';

export interface MarkdownProps {
  /** The Markdown text (challenge instructions, proposals). */
  children: string;
  /** Only inline Markdown, rendered inside a <span> (for labels such as a QCU proposal). */
  inline?: boolean;
  /** False for a text from outside the platform's content: its images become links, so none is fetched. */
  allowImages?: boolean;
}

function renderInline(nodes: MarkdownInline[], newTabHintId: string): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.value}</Fragment>;
      case 'break':
        return <br key={index} />;
      case 'code':
        return (
          <Box component="code" key={index} sx={{ fontFamily: 'monospace', bgcolor: '#eeeeee', px: 0.5, borderRadius: 0.5, wordBreak: 'break-word' }}>
            {node.value}
          </Box>
        );
      case 'strong':
        return <strong key={index}>{renderInline(node.children, newTabHintId)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(node.children, newTabHintId)}</em>;
      case 'image':
        return <Box component="img" key={index} src={node.src} alt={node.alt} sx={{ maxWidth: '100%', height: 'auto' }} />;
      case 'link':
        return (
          <Link key={index} href={node.href} target="_blank" rel="noopener noreferrer" aria-describedby={newTabHintId} sx={{ wordBreak: 'break-word' }}>
            {renderInline(node.children, newTabHintId)}
          </Link>
        );
    }
  });
}

function renderBlocks(blocks: MarkdownBlock[], newTabHintId: string): ReactNode[] {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={index}>{renderInline(block.children, newTabHintId)}</p>;
      case 'heading':
        return (
          <p key={index}>
            <strong>{renderInline(block.children, newTabHintId)}</strong>
          </p>
        );
      case 'code':
        return (
          <Box
            component="pre"
            key={index}
            tabIndex={0}
            sx={{ bgcolor: '#eeeeee', p: 1.5, borderRadius: 1, overflowX: 'auto', fontSize: '0.875rem', '&:focus-visible': { outlineOffset: 0 } }}
          >
            <code>{block.value}</code>
          </Box>
        );
      case 'list': {
        const items = block.items.map((item, itemIndex) => {
          // A list item of a single paragraph renders without <p>, like a "tight" list.
          const content =
            item.length === 1 && item[0].type === 'paragraph' ? renderInline(item[0].children, newTabHintId) : renderBlocks(item, newTabHintId);
          return <li key={itemIndex}>{content}</li>;
        });
        return block.ordered ? (
          <ol key={index} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={index}>{items}</ul>
        );
      }
      case 'quote':
        return (
          <Box component="blockquote" key={index} sx={{ borderLeft: '4px solid #dddddd', m: 0, my: 1, pl: 2 }}>
            {renderBlocks(block.children, newTabHintId)}
          </Box>
        );
    }
  });
}

/**
 * Renders Markdown as React elements (no HTML string, so no raw HTML can get through). Links open
 * in a new tab with rel="noopener noreferrer" and are described as such for screen readers.
 */
export function Markdown({ children, inline = false, allowImages = true }: MarkdownProps) {
  const { t } = useTranslation();
  const newTabHintId = useId();
  const tree = useMemo(() => {
    if (inline) return allowImages ? parseInline(children) : inlineImagesAsLinks(parseInline(children));
    return allowImages ? parseMarkdown(children) : imagesAsLinks(parseMarkdown(children));
  }, [children, inline, allowImages]);
  const hint = (
    <span id={newTabHintId} hidden>
      {t('shared.markdown.newTab')}
    </span>
  );
  if (inline) {
    return (
      <span>
        {renderInline(tree as MarkdownInline[], newTabHintId)}
        {hint}
      </span>
    );
  }
  return (
    <Box
      className="markdown"
      sx={{
        '& > :first-of-type': { mt: 0 },
        '& > :last-child': { mb: 0 },
        '& p': { my: 1.5, lineHeight: 1.6 },
        '& ul, & ol': { my: 1.5, pl: 3 },
        '& li + li': { mt: 0.5 },
      }}
    >
      {renderBlocks(tree as MarkdownBlock[], newTabHintId)}
      {hint}
    </Box>
  );
}
