import { renderWithProviders } from '../../testing/render';
import { screen } from '@testing-library/react';
import { Markdown } from './Markdown';

describe('<Markdown>', () => {
  it('renders paragraphs, emphasis, code, lists and code blocks as elements', () => {
    const { container } = renderWithProviders(
      <Markdown>{'Un **mot** en *italique* et `du code`.\n\n1. premier\n2. second\n\n```\nligne <b>1</b>\n```'}</Markdown>,
    );
    expect(screen.getByText('mot').tagName).toBe('STRONG');
    expect(screen.getByText('italique').tagName).toBe('EM');
    expect(screen.getByText('du code').tagName).toBe('CODE');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['premier', 'second']);
    expect(container.querySelector('pre code')?.textContent).toBe('ligne <b>1</b>');
    expect(container.querySelector('b')).toBeNull();
  });

  it('opens links in a new tab with rel="noopener noreferrer" and says so', () => {
    renderWithProviders(<Markdown>{'Consultez [Wikipédia](https://fr.wikipedia.org).'}</Markdown>);
    const link = screen.getByRole('link', { name: 'Wikipédia' });
    expect(link).toHaveAttribute('href', 'https://fr.wikipedia.org');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleDescription("S'ouvre dans un nouvel onglet");
  });

  it('shows headings as bold paragraphs, so that they never break the page outline', () => {
    renderWithProviders(<Markdown>{'# Consigne\n\n## Étape 1\n\nTexte'}</Markdown>);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByText('Consigne').tagName).toBe('STRONG');
    expect(screen.getByText('Étape 1').tagName).toBe('STRONG');
  });

  it('renders inline Markdown in a span, without blocks', () => {
    const { container } = renderWithProviders(<Markdown inline>{'- **Vrai**\nou `faux`'}</Markdown>);
    expect(container.querySelector('ul, p')).toBeNull();
    expect(screen.getByText('Vrai').tagName).toBe('STRONG');
    expect(container.querySelector('br')).not.toBeNull();
  });

  it('lets no raw HTML nor script URL through', () => {
    const { container } = renderWithProviders(
      <Markdown>{'<img src=x onerror="alert(1)"> <script>alert(1)</script> [x](javascript:alert(1))'}</Markdown>,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
