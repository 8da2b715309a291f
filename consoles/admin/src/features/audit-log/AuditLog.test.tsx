import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
import { AdminRoutes } from '../../AdminRoutes';
import { AuditLogQuery } from './audit-log.graphql';

const entry = {
  __typename: 'AuditLogEntry', id: '9', occurredAt: '2026-12-07T09:30:00.000Z', action: 'USER_UNBLOCKED', targetType: 'USER', targetId: '42', targetName: 'Zoé Martin',
  organizationId: null, before: { attempts: 10 }, after: { attempts: 0 }, comment: 'Ticket 12', actor: { __typename: 'User', id: '1', firstName: 'Thomas', lastName: 'Petit' },
};

describe("Pix Admin: Journal d'audit", () => {
  it('sends the filters to the server and lists the actions with their author and comment', async () => {
    const u = userEvent.setup();
    const filters: unknown[] = [];
    const answer = {
      request: { query: AuditLogQuery, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        filters.push(variables.filter);
        return { data: { auditLog: { __typename: 'AuditLogEntryConnection', totalCount: 1, edges: [{ __typename: 'AuditLogEntryEdge', node: entry }] } } };
      },
    };
    renderWithProviders(<AdminRoutes />, { route: '/journal-d-audit', title: 'Pix Admin', resources: adminResources, mocks: [answer, answer] });
    expect(await screen.findByRole('heading', { level: 1, name: "Journal d'audit" })).toBeInTheDocument();
    expect(await screen.findByText('Connexion débloquée')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compte Zoé Martin (n° 42)' })).toHaveAttribute('href', '/utilisateurs/42');
    expect(screen.getByText('Thomas Petit')).toBeInTheDocument();
    expect(screen.getByText('Ticket 12')).toBeInTheDocument();

    await u.type(screen.getByLabelText('Auteur (nom, e-mail ou numéro)'), 'petit');
    await u.type(screen.getByLabelText('Cible (nom)'), 'martin');
    await u.click(screen.getByRole('button', { name: 'Filtrer' }));
    await screen.findByText('Connexion débloquée');
    expect(filters.at(-1)).toMatchObject({ actor: 'petit', target: 'martin', action: null, from: null, to: null });
  });
});
