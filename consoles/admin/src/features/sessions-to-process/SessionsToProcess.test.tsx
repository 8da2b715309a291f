import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminHomeQuery } from '../home/home.graphql';
import { adminResources } from '../../i18n';
// Loaded ahead: AdminRoutes loads the page lazily, and the first load under ts-jest outlasts findBy's wait.
import './SessionsToProcessRoute';
import { AdminRoutes } from '../../AdminRoutes';
import { sessionRow, staff } from '../../testing/jury-fixtures';
import { AssignSessionToMeMutation, SessionsToProcessQuery } from './sessions-to-process.graphql';

const page = (rows: unknown[], totalCount = rows.length) => ({
  __typename: 'CertificationSessionConnection',
  totalCount,
  edges: rows.map((node, index) => ({ __typename: 'CertificationSessionEdge', node, cursor: `c${index}` })),
});

function listMock(seen: unknown[], rows: unknown[] = [sessionRow()]) {
  return {
    request: { query: SessionsToProcessQuery, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      seen.push(variables);
      return { data: { sessionsToProcess: page(rows) } };
    },
    maxUsageCount: 10,
  };
}

describe('Pix Admin: Sessions à traiter', () => {
  it('lists the finalised sessions, filters them on the server and lets a CERTIF member take one', async () => {
    const u = userEvent.setup();
    const seen: unknown[] = [];
    const assigned: unknown[] = [];
    renderWithProviders(<AdminRoutes />, {
      route: '/sessions-a-traiter',
      title: 'Pix Admin',
      resources: adminResources,
      auth: { user: staff('CERTIF') },
      mocks: [
        listMock(seen),
        {
          request: { query: AssignSessionToMeMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            assigned.push(variables);
            return {
              data: {
                assignSessionToMe: { __typename: 'CertificationSession', id: '12', state: 'IN_PROCESS', assignedAt: '2026-12-07T08:00:00.000Z', assignedTo: { __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin' } },
              },
            };
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions à traiter' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu principal' })).getByRole('link', { name: 'Sessions à traiter' })).toHaveAttribute('aria-current', 'page');
    const grid = await screen.findByRole('grid', { name: 'Sessions à traiter' });
    expect(await within(grid).findByRole('link', { name: 'Session 12' })).toHaveAttribute('href', '/sessions/12');
    expect(within(grid).getByText('Lycée Victor Hugo (SCO)')).toBeInTheDocument();
    expect(within(grid).getByText('01/12/2026')).toBeInTheDocument();
    expect(within(grid).getByText('Oui')).toBeInTheDocument();
    expect(within(grid).getByText('Personne')).toBeInTheDocument();
    expect(seen[0]).toEqual({ first: 20, offset: 0, filter: { centerType: null, withIncidentsOrReports: false, assignedToMe: false } });

    await u.selectOptions(screen.getByLabelText('Type de centre'), 'SUP');
    await u.click(screen.getByRole('checkbox', { name: 'Avec signalements ou incidents' }));
    await u.click(screen.getByRole('checkbox', { name: 'Assignées à moi' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ first: 20, offset: 0, filter: { centerType: 'SUP', withIncidentsOrReports: true, assignedToMe: true } }));

    await u.click(await screen.findByRole('button', { name: "Je m'assigne la session 12" }));
    await waitFor(() => expect(assigned).toEqual([{ sessionId: '12' }]));
    expect(await within(grid).findByText('Camille Martin')).toBeInTheDocument();
    expect(within(grid).getByText('Assignée à moi')).toBeInTheDocument();
  });

  it('shows SUPPORT the list without any action', async () => {
    renderWithProviders(<AdminRoutes />, {
      route: '/sessions-a-traiter',
      title: 'Pix Admin',
      resources: adminResources,
      auth: { user: staff('SUPPORT') },
      mocks: [listMock([])],
    });
    const grid = await screen.findByRole('grid', { name: 'Sessions à traiter' });
    expect(await within(grid).findByRole('link', { name: 'Session 12' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Je m'assigne/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Assignées à moi' })).not.toBeInTheDocument();
  });

  it('shows the jury entry of the navigation to the certification team and the support only', async () => {
    for (const [role, shown] of [['CERTIF', true], ['SUPER_ADMIN', true], ['SUPPORT', true], ['METIER', false]] as const) {
      const me = { __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin', platformRole: role };
      const { unmount } = renderWithProviders(<AdminRoutes />, {
        route: '/',
        title: 'Pix Admin',
        resources: adminResources,
        auth: { user: staff(role) },
        mocks: [{ request: { query: AdminHomeQuery }, result: { data: { me } } }],
      });
      expect(await screen.findByText('Bonjour Camille Martin')).toBeInTheDocument();
      expect(Boolean(screen.queryByRole('link', { name: 'Sessions à traiter' }))).toBe(shown);
      unmount();
    }
  });
});
