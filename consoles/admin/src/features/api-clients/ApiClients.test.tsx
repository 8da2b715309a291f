import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
import { ApiClientsRoute } from './ApiClientsRoute';
import { ApiClientsQuery, CreateApiClientMutation, UpdateApiClientMutation } from './api-clients.graphql';

const client = {
  __typename: 'ApiClient', clientId: 'pix_abc', name: 'LSU Académie', contact: 'lsu@example.fr', scopes: ['CAMPAIGN_RESULTS_READ'], uais: ['0751234A'], rateLimitPerMinute: 600,
  createdAt: '2026-12-01T08:00:00.000Z', rotatedAt: null, revokedAt: null, lastCallAt: '2026-12-06T10:00:00.000Z', usage: [{ __typename: 'ApiClientUsageDay', day: '2026-12-06', calls: 12 }],
};
const list = (clients: unknown[]) => ({ request: { query: ApiClientsQuery }, result: { data: { apiClients: clients } } });

describe('Pix Admin: Applications partenaires', () => {
  it('lists the clients and shows a new client\'s secret once', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    renderWithProviders(<ApiClientsRoute />, {
      title: 'Pix Admin',
      resources: adminResources,
      mocks: [
        list([client]),
        {
          request: { query: CreateApiClientMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            sent.push(variables.input);
            return { data: { createApiClient: { __typename: 'ApiClientSecret', clientId: 'pix_new', clientSecret: 'secret-affiche-une-fois' } } };
          },
        },
        list([client]),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Applications partenaires' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: /LSU Académie/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Résultats des campagnes (campaign-results:read)' })).toBeInTheDocument();

    await u.type(screen.getByLabelText(/^Nom/), 'ENT Région');
    await u.click(screen.getByRole('checkbox', { name: /organization-learners:read/ }));
    await u.type(screen.getByLabelText('UAI autorisés'), '0751234A, 0759999Z');
    await u.click(screen.getByRole('button', { name: 'Créer le client' }));

    expect(await screen.findByText('secret-affiche-une-fois')).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'ENT Région', contact: '', scopes: ['ORGANIZATION_LEARNERS_READ'], uais: ['0751234A', '0759999Z'] }]);
  });

  it("changes a client's rate limit and schools, and shows its calls day by day", async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    const changed = { ...client, uais: null, rateLimitPerMinute: 120 };
    renderWithProviders(<ApiClientsRoute />, {
      title: 'Pix Admin',
      resources: adminResources,
      mocks: [
        list([client]),
        {
          request: { query: UpdateApiClientMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            sent.push(variables.input);
            return { data: { updateApiClient: { __typename: 'ApiClient', clientId: 'pix_abc', name: 'LSU Académie', contact: 'lsu@example.fr', uais: null, rateLimitPerMinute: 120 } } };
          },
        },
        list([changed]),
      ],
    });
    expect(await screen.findByRole('cell', { name: '600' })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Modifier LSU Académie et voir ses appels' }));
    const dialog = await screen.findByRole('dialog', { name: 'Application LSU Académie' });
    expect(within(dialog).getByRole('table', { name: 'Appels de LSU Académie par jour' })).toBeInTheDocument();
    expect(within(dialog).getByRole('cell', { name: '06/12/2026' })).toBeInTheDocument();
    expect(within(dialog).getByRole('cell', { name: '12' })).toBeInTheDocument();

    const rate = within(dialog).getByLabelText(/^Appels par minute/);
    await u.clear(rate);
    await u.type(rate, '120');
    await u.clear(within(dialog).getByLabelText('UAI autorisés'));
    await u.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([{ clientId: 'pix_abc', name: 'LSU Académie', contact: 'lsu@example.fr', uais: null, rateLimitPerMinute: 120 }]);
    expect(await screen.findByRole('cell', { name: '120' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Tous' })).toBeInTheDocument();
  });
});
