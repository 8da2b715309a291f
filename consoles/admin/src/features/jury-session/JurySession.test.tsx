import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
// Loaded ahead: AdminRoutes loads the page lazily, and the first load under ts-jest outlasts findBy's wait.
import './JurySessionRoute';
import { AdminRoutes } from '../../AdminRoutes';
import { sessionDetails, staff } from '../../testing/jury-fixtures';
import { JurySessionQuery, PublishSessionMutation, UnpublishSessionMutation } from './jury-session.graphql';

const sessionMock = (session: unknown) => ({ request: { query: JurySessionQuery, variables: { id: '12' } }, result: { data: { certificationSession: session } } });

describe('Pix Admin: a session for the jury', () => {
  it('shows the session, its candidates, incidents and reports, and publishes it once confirmed', async () => {
    const u = userEvent.setup();
    const published: unknown[] = [];
    renderWithProviders(<AdminRoutes />, {
      route: '/sessions/12',
      title: 'Pix Admin',
      resources: adminResources,
      auth: { user: staff('CERTIF') },
      mocks: [
        sessionMock(sessionDetails()),
        {
          request: { query: PublishSessionMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            published.push(variables);
            return { data: { publishSession: { __typename: 'CertificationSession', id: '12', state: 'PROCESSED', publishedAt: '2026-12-07T10:00:00.000Z' } } };
          },
        },
        sessionMock(sessionDetails({ state: 'PROCESSED', publishedAt: '2026-12-07T10:00:00.000Z' })),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Session 12' })).toBeInTheDocument();
    expect(document.title).toBe('Session 12 - Pix Admin');
    expect(screen.getByText('Lycée Victor Hugo (SCO (établissement scolaire))')).toBeInTheDocument();
    expect(screen.getByText('Mme Petit')).toBeInTheDocument();
    expect(screen.getByText('Coupure réseau de 5 minutes.')).toBeInTheDocument();
    const candidates = screen.getByRole('table', { name: /Candidats de la session/ });
    expect(within(candidates).getByRole('link', { name: 'Bernard Léa' })).toHaveAttribute('href', '/certifications/301');
    expect(within(candidates).getByRole('row', { name: /Bernard Léa 14\/03\/2008 Validée 312/ })).toBeInTheDocument();
    expect(within(candidates).getByRole('row', { name: /Roux Tom .* Absent/ })).toBeInTheDocument();
    expect(screen.getByText(/Incident E5/)).toHaveTextContent('Léa Bernard — Incident E5 — question 2 — « Le simulateur ne répondait plus »');
    expect(screen.getByText(/signalement E5/)).toHaveTextContent('question 2 — signalement E5 — accepté par le surveillant');
    expect(screen.getByRole('button', { name: "Je m'assigne la session" })).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Publier la session' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Publier la session 12 ?' });
    await u.click(within(dialog).getByRole('button', { name: 'Publier la session' }));
    await waitFor(() => expect(published).toEqual([{ sessionId: '12' }]));
    expect(await screen.findByText('La session est publiée.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Dépublier la session' })).toBeInTheDocument();
  });

  it('unpublishes a published session once confirmed, and it may be published again', async () => {
    const u = userEvent.setup();
    const unpublished: unknown[] = [];
    const publishedAt = '2026-12-07T10:00:00.000Z';
    renderWithProviders(<AdminRoutes />, {
      route: '/sessions/12',
      title: 'Pix Admin',
      resources: adminResources,
      auth: { user: staff('CERTIF') },
      mocks: [
        sessionMock(sessionDetails({ state: 'PROCESSED', publishedAt })),
        {
          request: { query: UnpublishSessionMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            unpublished.push(variables);
            return { data: { unpublishSession: { __typename: 'CertificationSession', id: '12', state: 'PROCESSED', publishedAt: null } } };
          },
        },
        sessionMock(sessionDetails({ state: 'PROCESSED', publishedAt: null })),
      ],
    });

    const unpublish = await screen.findByRole('button', { name: 'Dépublier la session' });
    expect(screen.queryByRole('button', { name: 'Publier la session' })).not.toBeInTheDocument();
    await u.click(unpublish);
    const dialog = await screen.findByRole('alertdialog', { name: 'Dépublier la session 12 ?' });
    expect(dialog).toHaveTextContent("Les résultats ne seront plus visibles des candidats ni des organisations jusqu'à une nouvelle publication.");
    await u.click(within(dialog).getByRole('button', { name: 'Dépublier la session' }));
    await waitFor(() => expect(unpublished).toEqual([{ sessionId: '12' }]));
    expect(await screen.findByText('La session est dépubliée.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Publier la session' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dépublier la session' })).not.toBeInTheDocument();
  });

  it('shows SUPPORT the session without any action', async () => {
    renderWithProviders(<AdminRoutes />, {
      route: '/sessions/12',
      title: 'Pix Admin',
      resources: adminResources,
      auth: { user: staff('SUPPORT') },
      mocks: [sessionMock(sessionDetails())],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Session 12' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bernard Léa' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Je m'assigne|Publier|Dépublier/ })).not.toBeInTheDocument();
  });
});
