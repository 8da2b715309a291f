import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrgaHomeQuery } from './features/home/home.graphql';
import { orgaResources } from './i18n';
import { OrgaRoutes } from './OrgaRoutes';

const me = { __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin' };

describe('Pix Orga', () => {
  it('sends an anonymous visitor to the log-in page titled "Pix Orga"', async () => {
    renderWithProviders(<OrgaRoutes />, { route: '/', title: 'Pix Orga', resources: orgaResources, auth: { user: null } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Orga' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
    expect(document.title).toBe('Connexion - Pix Orga');
  });

  it("shows the console's name, the user's name and \"Se déconnecter\" once logged in", async () => {
    const user = userEvent.setup();
    const { auth } = renderWithProviders(<OrgaRoutes />, {
      route: '/',
      title: 'Pix Orga',
      resources: orgaResources,
      mocks: [{ request: { query: OrgaHomeQuery }, result: { data: { me } } }],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Orga' })).toBeInTheDocument();
    expect(screen.getByText('Bonjour Camille Martin')).toBeInTheDocument();
    expect(document.title).toBe('Accueil - Pix Orga');

    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(auth?.logOut).toHaveBeenCalled();
  });
});
