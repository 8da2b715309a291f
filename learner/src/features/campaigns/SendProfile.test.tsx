import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { apiError, landing, landingMock, myParticipationsMock, participationDetails, participationSummary } from '../../testing/campaign-fixtures';
import { dashboardMe } from '../../testing/fixtures';
import { paths } from '../../urls';
import { DashboardQuery } from '../dashboard/dashboard.graphql';
import { CampaignJoinRoute } from './CampaignJoinRoute';
import { CampaignParticipationRoute } from './CampaignParticipationRoute';
import { CampaignParticipationQuery, ReconcileWithOrganizationLearnerMutation, SendProfileMutation } from './campaigns.graphql';

const collection = landing({ code: 'PRFCOL234', name: 'Collecte de votre profil Pix', type: 'PROFILES_COLLECTION', isRestricted: true, idPixLabel: "Numéro d'élève", idPixType: 'TEXT' });

function renderJoin(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.campaignJoin} element={<CampaignJoinRoute />} />
      <Route path={paths.campaignParticipation} element={<CampaignParticipationRoute />} />
    </Routes>,
    { route: '/campagnes/PRFCOL234/acces', resources: learnerResources, mocks },
  );
}

/** The dashboard's data, with the same participations as MyCampaignParticipations (one User in the cache). */
function dashboardMock(participations: ReturnType<typeof participationSummary>[] = []): MockLink.MockedResponse {
  return {
    request: { query: DashboardQuery },
    result: { data: { me: { ...dashboardMe({ '1.1': 24, '1.2': 16, '3.1': 8 }), campaignParticipations: participations } } },
    maxUsageCount: 3,
  };
}

describe('A profiles collection', () => {
  it('finds the pupil, asks the identifier, shows the profile, sends it and confirms', async () => {
    const user = userEvent.setup();
    const sent = participationDetails('SHARED', { id: 'participation-8', campaign: collection });
    const sendings: Record<string, unknown>[] = [];
    renderJoin([
      landingMock(collection),
      myParticipationsMock([]),
      dashboardMock(),
      {
        request: { query: ReconcileWithOrganizationLearnerMutation, variables: { input: { campaignCode: 'PRFCOL234', firstName: 'Léa', lastName: 'Dupont', birthdate: '2010-03-05' } } },
        result: { data: { reconcileWithOrganizationLearner: { __typename: 'ReconciledLearner', id: 'learner-9', firstName: 'Léa', lastName: 'Dupont', organizationName: 'Lycée Marie Curie' } } },
      },
      {
        request: { query: SendProfileMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sendings.push(variables);
          return { data: { sendProfile: sent } };
        },
      } as MockLink.MockedResponse,
      { request: { query: CampaignParticipationQuery, variables: { id: 'participation-8' } }, result: { data: { campaignParticipation: sent } } },
    ]);

    await user.type(await screen.findByRole('textbox', { name: 'Prénom' }), 'Léa');
    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Dupont');
    await user.type(screen.getByRole('textbox', { name: 'Jour' }), '5');
    await user.type(screen.getByRole('textbox', { name: 'Mois' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Année' }), '2010');
    await user.click(screen.getByRole('button', { name: 'Je continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Avant de commencer' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent("Votre compte est maintenant rattaché à l'élève Léa Dupont (établissement : Lycée Marie Curie).");
    await user.type(screen.getByRole('textbox', { name: "Numéro d'élève" }), 'A-1234');
    await user.click(screen.getByRole('button', { name: 'Je continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Envoyer mon profil' })).toHaveFocus();
    expect(screen.getByText(/Vous allez envoyer à l'organisation Lycée Marie Curie votre profil Pix/)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Votre profil' });
    expect(within(summary).getByText('48 pix sur 768')).toBeInTheDocument();
    const research = within(summary).getByText("1.1 Mener une recherche et une veille d'information").closest('li') as HTMLElement;
    expect(within(research).getByText('Niveau 3')).toBeInTheDocument();
    expect(within(summary).getAllByRole('listitem')).toHaveLength(16);
    expect(document.title).toBe('Envoyer mon profil - Collecte de votre profil Pix - Pix libre');
    await user.click(screen.getByRole('button', { name: 'Envoyer mon profil' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Collecte de votre profil Pix' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent("Votre profil a bien été envoyé à l'organisation Lycée Marie Curie.");
    expect(sendings).toEqual([{ campaignCode: 'PRFCOL234', participantExternalId: 'A-1234' }]);
  });

  it('sends a profile again without asking anything twice, or says why it cannot', async () => {
    const user = userEvent.setup();
    const previous = participationSummary('SHARED', { id: 'participation-8', campaign: collection, sharedAt: '2026-10-01T10:00:00.000Z' });
    renderJoin([
      landingMock(collection),
      myParticipationsMock([previous]),
      dashboardMock([previous]),
      {
        request: { query: SendProfileMutation, variables: { campaignCode: 'PRFCOL234' } },
        result: apiError('ALREADY_PARTICIPATED', 'Vous avez déjà participé à ce parcours et envoyé vos résultats.', { participationId: 'participation-8', status: 'SHARED' }),
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Envoyer mon profil' })).toBeInTheDocument();
    expect(screen.getByText('Vous avez déjà envoyé votre profil le 1 octobre 2026. Vous pouvez l\'envoyer à nouveau pour qu\'il soit à jour.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer mon profil' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vous avez déjà participé à ce parcours et envoyé vos résultats.');
    expect(within(alert).getByRole('link', { name: 'Voir mon envoi' })).toHaveAttribute('href', '/campagnes/PRFCOL234/resultats/participation-8');
  });
});
