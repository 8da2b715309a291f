import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
import { AdminRoutes } from '../../AdminRoutes';
import { AdminUserQuery, UnblockUserMutation, UsersQuery } from './users.graphql';

const user = {
  __typename: 'AdminUser', id: '42', firstName: 'Zoé', lastName: 'Martin', email: null, username: 'zoe.martin0512', locale: 'fr', platformRole: null,
  createdAt: '2026-09-01T08:00:00.000Z', lastLoggedAt: null, anonymizedAt: null,
  loginMethods: [
    { __typename: 'AdminLoginMethod', method: 'USERNAME', identifier: 'zoe.martin0512', lastUsedAt: null },
    { __typename: 'AdminLoginMethod', method: 'GAR', identifier: 'IDO-1', lastUsedAt: '2026-12-01T08:00:00.000Z' },
  ],
  logInThrottle: { __typename: 'LogInThrottle', attempts: 10, maxAttempts: 10, blockedUntil: '2026-12-07T10:15:00.000Z' },
  organizationMemberships: [],
  organizationLearners: [{ __typename: 'AdminOrganizationLearner', id: '7', organizationName: 'Collège Jean Moulin', firstName: 'Zoé', lastName: 'MARTIN', division: '6A', isDisabled: false }],
  certificationCenterMemberships: [],
  campaignParticipations: [],
  certificationCourses: [],
};
const page = (role: string, data = user) => ({
  request: { query: AdminUserQuery, variables: { id: '42' } },
  result: { data: { user: data, me: { __typename: 'User', id: '1', platformRole: role } } },
});

describe('Pix Admin: Utilisateurs', () => {
  it('sends the words typed to the server and links each account to its page', async () => {
    const u = userEvent.setup();
    const asked: unknown[] = [];
    const answer = {
      request: { query: UsersQuery, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        asked.push(variables);
        const node = { __typename: 'User', id: '42', firstName: 'Zoé', lastName: 'Martin', email: null, username: 'zoe.martin0512', platformRole: null, createdAt: '2026-09-01T08:00:00.000Z', lastLoggedAt: null, anonymizedAt: null };
        return { data: { users: { __typename: 'UserConnection', totalCount: 1, edges: [{ __typename: 'UserEdge', node }] } } };
      },
    };
    renderWithProviders(<AdminRoutes />, { route: '/utilisateurs', title: 'Pix Admin', resources: adminResources, mocks: [answer, answer] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeInTheDocument();
    await u.type(screen.getByLabelText('Rechercher un compte'), '  zoé martin ');
    await u.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('link', { name: 'Martin Zoé' })).toHaveAttribute('href', '/utilisateurs/42');
    expect(asked.at(-1)).toEqual({ first: 20, offset: 0, filter: { search: 'zoé martin' } });
  });
});

describe("Pix Admin: a user's page", () => {
  it('unblocks the log-in after asking for the reason, which is required', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    renderWithProviders(<AdminRoutes />, {
      route: '/utilisateurs/42',
      title: 'Pix Admin',
      resources: adminResources,
      mocks: [
        page('SUPPORT'),
        {
          request: { query: UnblockUserMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return { data: { unblockUser: { ...user, logInThrottle: { ...user.logInThrottle, attempts: 0, blockedUntil: null } } } };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoé Martin' })).toBeInTheDocument();
    expect(screen.getByText(/Connexion bloquée jusqu'au/)).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'GAR (ENT de l\'établissement)' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'MARTIN Zoé' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Envoyer un e-mail de réinitialisation' })).not.toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Débloquer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Débloquer la connexion de Zoé Martin' });
    await u.click(within(dialog).getByRole('button', { name: 'Débloquer' }));
    expect(sent).toEqual([]);
    await u.type(within(dialog).getByLabelText(/Commentaire \(raison de l'action\)/), 'Ticket 12');
    await u.click(within(dialog).getByRole('button', { name: 'Débloquer' }));
    expect(await screen.findByText('La connexion est débloquée.')).toBeInTheDocument();
    expect(sent).toEqual([{ id: '42', reason: 'Ticket 12' }]);
    expect(screen.getByText("La connexion n'est pas bloquée.")).toBeInTheDocument();
  });

  it('shows no action to a role that may not act on accounts', async () => {
    renderWithProviders(<AdminRoutes />, { route: '/utilisateurs/42', title: 'Pix Admin', resources: adminResources, mocks: [page('METIER')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoé Martin' })).toBeInTheDocument();
    for (const name of ['Débloquer', 'Anonymiser', /Supprimer cette méthode/]) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });
});
