import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CertifHomeQuery } from './features/home/home.graphql';
import { certifResources } from './i18n';
import { CertifRoutes } from './CertifRoutes';

const me = { __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin' };

describe('Pix Certif', () => {
  it('sends an anonymous visitor to the log-in page titled "Pix Certif"', async () => {
    renderWithProviders(<CertifRoutes />, { route: '/', title: 'Pix Certif', resources: certifResources, auth: { user: null } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Certif' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
    expect(document.title).toBe('Connexion - Pix Certif');
  });

  it("shows the console's name, the user's name and \"Se déconnecter\" once logged in", async () => {
    const user = userEvent.setup();
    const { auth } = renderWithProviders(<CertifRoutes />, {
      route: '/',
      title: 'Pix Certif',
      resources: certifResources,
      mocks: [{ request: { query: CertifHomeQuery }, result: { data: { me } } }],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Certif' })).toBeInTheDocument();
    expect(screen.getByText('Bonjour Camille Martin')).toBeInTheDocument();
    expect(document.title).toBe('Accueil - Pix Certif');

    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(auth?.logOut).toHaveBeenCalled();
  });
});
