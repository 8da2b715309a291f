import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SavedTutorialsQuery } from './features/saved-tutorials/saved-tutorials.graphql';
import { learnerResources } from './i18n';
import { LearnerRoutes } from './LearnerRoutes';

describe('Learner routes', () => {
  it('sends an anonymous visitor of the dashboard to /connexion', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/', resources: learnerResources, auth: { user: null } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' })).toHaveAttribute('href', '/mot-de-passe-oublie');
    expect(screen.getByRole('link', { name: 'Inscrivez-vous' })).toHaveAttribute('href', '/inscription');
    expect(screen.getByText(/Vous n'avez pas de compte \?/)).toBeInTheDocument();
    expect(document.title).toBe('Connexion - Pix libre');
  });

  it('protects competence pages too', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/competences/rec-1-1', resources: learnerResources, auth: { user: null } });
    expect(await screen.findByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
  });

  it('shows "Page introuvable" with a link home for unknown pages', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/page-inexistante', resources: learnerResources });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toBeInTheDocument();
  });

  it('protects the test, "Mes tutos" and "Certification" too', async () => {
    for (const route of ['/evaluations/assessment-1', '/competences/1.1/evaluation', '/mes-tutos', '/certification', '/mes-certifications', '/mes-certifications/12']) {
      const { unmount } = renderWithProviders(<LearnerRoutes />, { route, resources: learnerResources, auth: { user: null } });
      expect(await screen.findByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
      unmount();
    }
  });

  it('lets anyone type a campaign code, but asks to log in before joining a campaign or seeing its results', async () => {
    const { unmount } = renderWithProviders(<LearnerRoutes />, { route: '/campagnes', resources: learnerResources, auth: { user: null } });
    expect(await screen.findByRole('heading', { level: 1, name: "J'ai un code" })).toBeInTheDocument();
    unmount();
    for (const route of ['/campagnes/YRBVDF759/acces', '/campagnes/YRBVDF759/evaluation/assessment-7', '/campagnes/YRBVDF759/resultats/participation-3']) {
      const rendered = renderWithProviders(<LearnerRoutes />, { route, resources: learnerResources, auth: { user: null } });
      expect(await screen.findByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
      rendered.unmount();
    }
  });

  it('gives a logged-in learner a main navigation: dashboard, "Mes tutos", "Certification", "J\'ai un code"', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/page-inexistante', resources: learnerResources });

    const nav = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: 'Tableau de bord' })).toHaveAttribute('href', '/');
    expect(within(nav).getByRole('link', { name: 'Mes tutos' })).toHaveAttribute('href', '/mes-tutos');
    expect(within(nav).getByRole('link', { name: 'Certification' })).toHaveAttribute('href', '/certification');
    expect(within(nav).getByRole('link', { name: 'Mes certifications' })).toHaveAttribute('href', '/mes-certifications');
    expect(within(nav).getByRole('link', { name: "J'ai un code" })).toHaveAttribute('href', '/campagnes');
  });

  it('lets anyone verify a certificate, from the log-in page and the footer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LearnerRoutes />, { route: '/connexion', resources: learnerResources, auth: { user: null } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Liens utiles' })).getByRole('link', { name: 'Vérifier un certificat' })).toHaveAttribute('href', '/verifier-un-certificat');
    await user.click(screen.getByRole('link', { name: 'Vérifier un certificat Pix' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vérifier un certificat' })).toBeInTheDocument();
  });

  it('marks the current page in the navigation', async () => {
    renderWithProviders(<LearnerRoutes />, {
      route: '/mes-tutos',
      resources: learnerResources,
      mocks: [{ request: { query: SavedTutorialsQuery }, result: { data: { me: { __typename: 'User', id: 'user-1', savedTutorials: [] } } } }],
    });
    const nav = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: 'Mes tutos' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Tableau de bord' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes tutos' })).toBeInTheDocument();
  });

  it('has no main navigation for a visitor', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/connexion', resources: learnerResources, auth: { user: null } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Menu principal' })).not.toBeInTheDocument();
  });

  it('shows the terms of use to anyone', async () => {
    renderWithProviders(<LearnerRoutes />, { route: '/conditions-generales-d-utilisation', resources: learnerResources, auth: { user: null } });
    expect(await screen.findByRole('heading', { level: 1, name: "Conditions générales d'utilisation" })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '3. Données personnelles' })).toBeInTheDocument();
    expect(screen.getByText(/droit d'accès, de rectification et d'effacement/)).toBeInTheDocument();
  });

  it('turns the log-in page into English with the language switch', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LearnerRoutes />, { route: '/connexion', resources: learnerResources, auth: { user: null } });

    await user.click(await screen.findByRole('button', { name: 'EN (English)' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mail address or username/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terms of use' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Log in - Pix libre');
  });
});
