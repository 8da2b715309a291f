import { renderWithProviders } from '../../testing/render';
import { screen } from '@testing-library/react';
import { Markdown } from './Markdown';

describe('<Markdown> and images', () => {
  const text = 'Observez ![Tableau des relevés](https://pix-libre.example.fr/contenus/grille.svg) et *le* ![graphique](https://example.org/g.png).';

  it('shows images by default (challenge instructions)', () => {
    const { container } = renderWithProviders(<Markdown>{text}</Markdown>);
    expect([...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['https://pix-libre.example.fr/contenus/grille.svg', 'https://example.org/g.png']);
  });

  it('with allowImages={false}, fetches none: each image is a link to it, opened in a new tab', () => {
    const { container } = renderWithProviders(<Markdown allowImages={false}>{text}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Tableau des relevés' })).toHaveAttribute('href', 'https://pix-libre.example.fr/contenus/grille.svg');
    expect(screen.getByRole('link', { name: 'graphique' })).toHaveAttribute('target', '_blank');
  });

  it('with allowImages={false}, an image without alt text is a link named by its address, inline too', () => {
    renderWithProviders(<Markdown inline allowImages={false}>{'![](https://example.org/x.png)'}</Markdown>);
    expect(screen.getByRole('link', { name: 'https://example.org/x.png' })).toHaveAttribute('href', 'https://example.org/x.png');
  });
});
