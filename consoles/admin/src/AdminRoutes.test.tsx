import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminHomeQuery } from './features/home/home.graphql';
import { adminResources } from './i18n';
import { AdminRoutes } from './AdminRoutes';

const me = { __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin', platformRole: 'SUPPORT' };

describe('Pix Admin', () => {
  it('sends an anonymous visitor to the log-in page titled "Pix Admin"', async () => {
    renderWithProviders(<AdminRoutes />, { route: '/', title: 'Pix Admin', resources: adminResources, auth: { user: null } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Admin' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
    expect(document.title).toBe('Connexion - Pix Admin');
  });

  it("shows the console's name, the user's name and \"Se déconnecter\" once logged in", async () => {
    const user = userEvent.setup();
    const { auth } = renderWithProviders(<AdminRoutes />, {
      route: '/',
      title: 'Pix Admin',
      resources: adminResources,
      mocks: [{ request: { query: AdminHomeQuery }, result: { data: { me } } }],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Admin' })).toBeInTheDocument();
    expect(screen.getByText('Bonjour Camille Martin')).toBeInTheDocument();
    expect(document.title).toBe('Accueil - Pix Admin');

    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(auth?.logOut).toHaveBeenCalled();
  });

  it('logs out a user who is not a member of the Pix team', async () => {
    const { auth } = renderWithProviders(<AdminRoutes />, {
      route: '/',
      title: 'Pix Admin',
      resources: adminResources,
      mocks: [{ request: { query: AdminHomeQuery }, result: { data: { me: { ...me, platformRole: null } } } }],
    });

    await waitFor(() => expect(auth?.logOut).toHaveBeenCalledWith('forbidden'));
    expect(screen.queryByText('Bonjour Camille Martin')).not.toBeInTheDocument();
  });

  it('says on the log-in page that access is restricted, and why the session was closed', async () => {
    renderWithProviders(<AdminRoutes />, {
      route: '/connexion',
      title: 'Pix Admin',
      resources: adminResources,
      auth: { user: null, logOutReason: 'forbidden' },
    });

    expect(await screen.findByText("Accès réservé aux membres de l'équipe Pix")).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("Ce compte n'a pas accès à Pix Admin");
  });
});
