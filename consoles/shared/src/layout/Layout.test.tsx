import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { renderWithProviders } from '../testing/render';
import { Layout } from './Layout';

describe('Layout', () => {
  it('has a skip link, a header with the app name and a main landmark', () => {
    renderWithProviders(
      <Layout>
        <p>Contenu</p>
      </Layout>,
    );
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#contenu');
    expect(within(screen.getByRole('banner')).getByText('Pix libre')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Contenu');
  });

  it("shows the app's main navigation in a labelled nav landmark of the header", () => {
    renderWithProviders(
      <Layout nav={<a href="/mes-tutos">Mes tutos</a>}>
        <p>Contenu</p>
      </Layout>,
    );
    const nav = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: 'Mes tutos' })).toHaveAttribute('href', '/mes-tutos');
  });

  it('has no navigation landmark without one', () => {
    renderWithProviders(
      <Layout>
        <p>Contenu</p>
      </Layout>,
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('switches the texts to English, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <Layout>
        <p>Contenu</p>
      </Layout>,
    );
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('button', { name: /Menu de Camille Martin/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'EN (English)' }));

    expect(await screen.findByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Camille Martin's menu/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'EN (English)' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  // WCAG 2.5.3 (axe: label-content-name-mismatch): a control's name contains the text it shows,
  // so that voice control users can say what they see.
  it('names the FR/EN buttons by what they show, then the language in full', () => {
    renderWithProviders(
      <Layout>
        <p>Contenu</p>
      </Layout>,
    );
    const languages = screen.getByRole('group', { name: 'Langue' });
    const french = within(languages).getByRole('button', { name: 'FR (Français)' });
    const english = within(languages).getByRole('button', { name: 'EN (English)' });
    expect(french).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('lang', 'en');
    expect(french).toHaveTextContent(/^FR/);
    expect(english).toHaveTextContent(/^EN/);
  });

  it("names the console's home link by the text it shows, then where it leads", () => {
    renderWithProviders(
      <Layout consoleName="Orga">
        <p>Contenu</p>
      </Layout>,
    );
    const home = within(screen.getByRole('banner')).getByRole('link', { name: 'Pix libre Orga - Accueil' });
    expect(home).toHaveTextContent(/^Pix libre Orga$/);
    expect(home).toHaveAttribute('href', '/');
  });

  it('logs out from the user menu', async () => {
    const user = userEvent.setup();
    const { auth } = renderWithProviders(
      <Layout>
        <p>Contenu</p>
      </Layout>,
    );

    await user.click(screen.getByRole('button', { name: /Menu de Camille Martin/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(auth?.logOut).toHaveBeenCalled();
  });

  describe('on a phone (under 600 px)', () => {
    const matchMedia = window.matchMedia;
    beforeEach(() => {
      // The breakpoint query of MUI ("(max-width:599.95px)") matches; no other one.
      window.matchMedia = (query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') });
    });
    afterEach(() => {
      window.matchMedia = matchMedia;
    });

    const renderPhone = () =>
      renderWithProviders(
        <Layout consoleName="Orga" nav={<a href="/mes-tutos">Mes tutos</a>}>
          <p>Contenu</p>
        </Layout>,
      );

    it('keeps the header to one row: the navigation and the language behind a "Menu" button, the user menu as an icon', () => {
      renderPhone();
      const header = screen.getByRole('banner');
      expect(within(header).queryByRole('navigation')).not.toBeInTheDocument();
      expect(within(header).queryByRole('group', { name: 'Langue' })).not.toBeInTheDocument();
      const menu = within(header).getByRole('button', { name: 'Menu' });
      expect(menu).toHaveAttribute('aria-expanded', 'false');
      const userMenu = within(header).getByRole('button', { name: 'Menu de Camille Martin' });
      expect(userMenu).not.toHaveTextContent('Camille Martin');
    });

    it('opens the navigation in a dialog, closes it with Escape and gives the focus back to "Menu"', async () => {
      const user = userEvent.setup();
      renderPhone();
      const menu = screen.getByRole('button', { name: 'Menu' });
      await user.click(menu);

      const panel = await screen.findByRole('dialog', { name: 'Menu' });
      expect(menu).toHaveAttribute('aria-expanded', 'true');
      expect(menu).toHaveAttribute('aria-controls', panel.id);
      const nav = within(panel).getByRole('navigation', { name: 'Menu principal' });
      expect(within(nav).getByRole('link', { name: 'Mes tutos' })).toBeInTheDocument();
      expect(within(panel).getByRole('group', { name: 'Langue' })).toBeInTheDocument();
      expect(panel).toContainElement(document.activeElement as HTMLElement);

      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect(menu).toHaveFocus();
    });

    it('closes the panel with "Fermer le menu" and when a link is followed', async () => {
      const user = userEvent.setup();
      renderPhone();
      await user.click(screen.getByRole('button', { name: 'Menu' }));
      await user.click(await screen.findByRole('button', { name: 'Fermer le menu' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus();

      await user.click(screen.getByRole('button', { name: 'Menu' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('link', { name: 'Mes tutos' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    });
  });
});
