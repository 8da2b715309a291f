import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnerResources } from '../../i18n';
import { LearnerRoutes } from '../../LearnerRoutes';
import { GarSessionQuery, GarSignOutUrlQuery } from './gar.graphql';

describe('log-out of a pupil who came from the GAR', () => {
  it('"Se déconnecter" ends the session and offers the ENT\'s log-out', async () => {
    const u = userEvent.setup();
    const logOut = jest.fn(async () => undefined);
    renderWithProviders(<LearnerRoutes />, {
      route: '/page-inexistante',
      resources: learnerResources,
      auth: { logOut },
      mocks: [
        { request: { query: GarSessionQuery }, result: { data: { garSession: true } } },
        { request: { query: GarSignOutUrlQuery }, result: { data: { garSignOutUrl: '/saml/logout' } } },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
    // Wait for the answer about the GAR's session before logging out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await u.click(screen.getByRole('button', { name: /menu/i }));
    await u.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vous êtes déconnecté' })).toBeInTheDocument();
    expect(logOut).toHaveBeenCalled();
    expect(await screen.findByRole('link', { name: "Me déconnecter aussi de l'ENT" })).toHaveAttribute('href', '/saml/logout');
  });
});
