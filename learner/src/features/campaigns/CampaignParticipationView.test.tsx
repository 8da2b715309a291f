import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { apiError, CODE, landing, participationDetails } from '../../testing/campaign-fixtures';
import { paths } from '../../urls';
import { CampaignParticipationQuery, ShareCampaignResultsMutation } from './campaigns.graphql';
import { CampaignParticipationRoute } from './CampaignParticipationRoute';

function participationMock(data: ReturnType<typeof participationDetails>): MockLink.MockedResponse {
  return { request: { query: CampaignParticipationQuery, variables: { id: data.id } }, result: { data: { campaignParticipation: data } } };
}

function renderParticipation(mocks: MockLink.MockedResponse[], participationId = 'participation-3', code = CODE) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.campaignParticipation} element={<CampaignParticipationRoute />} />
      <Route path={paths.campaignAssessment} element={<h1>Le test</h1>} />
      <Route path={paths.campaignJoin} element={<h1>Rejoindre</h1>} />
      <Route path={paths.home} element={<h1>Tableau de bord</h1>} />
    </Routes>,
    { route: `/campagnes/${code}/resultats/${participationId}`, resources: learnerResources, mocks },
  );
}

describe("A campaign's results", () => {
  it('shows "Vous maîtrisez X % des compétences testées" overall and per competence, then sends them', async () => {
    const user = userEvent.setup();
    const toShare = participationDetails('TO_SHARE', { id: 'participation-3' });
    const shared = participationDetails('SHARED', { id: 'participation-3', overrides: { sharedAt: '2026-09-14T09:30:00.000Z' } });
    renderParticipation([
      participationMock(toShare),
      { request: { query: ShareCampaignResultsMutation, variables: { participationId: 'participation-3' } }, result: { data: { shareCampaignResults: shared } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcours de rentrée 2nde' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: /^Vous maîtrisez 62\s% des compétences testées$/ })).toBeInTheDocument();
    expect(screen.getByText('13 acquis validés sur 21 évalués dans ce parcours.')).toBeInTheDocument();
    expect(document.title).toBe('Mes résultats - Parcours de rentrée 2nde - Pix libre');

    const competences = screen.getAllByRole('listitem');
    expect(competences).toHaveLength(3);
    const research = within(competences[0]).getByRole('progressbar', { name: "1.1 Mener une recherche et une veille d'information" });
    expect(research).toHaveAttribute('aria-valuenow', '75');
    expect(research).toHaveAttribute('aria-valuetext', '75\u00a0% maîtrisés');
    expect(within(competences[0]).getByText('75 %')).toBeInTheDocument();
    expect(within(competences[1]).getByRole('progressbar', { name: '1.3 Traiter des données' })).toHaveAttribute('aria-valuenow', '50');

    expect(screen.getByText(/Envoyez vos résultats à l'organisation Lycée Marie Curie/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "J'envoie mes résultats" }));

    const confirmation = await screen.findByRole('status');
    expect(confirmation).toHaveTextContent("Merci, vos résultats ont bien été envoyés à l'organisation Lycée Marie Curie.");
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(screen.queryByRole('button', { name: "J'envoie mes résultats" })).not.toBeInTheDocument();
  });

  it('says when the results were sent', async () => {
    renderParticipation([participationMock(participationDetails('SHARED', { id: 'participation-3' }))]);

    expect(await screen.findByRole('status')).toHaveTextContent("Vos résultats ont été envoyés à l'organisation Lycée Marie Curie le 14 septembre 2026.");
    expect(screen.queryByRole('button', { name: "J'envoie mes résultats" })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour au tableau de bord' })).toHaveAttribute('href', '/');
  });

  it("shows the API's refusal of the sending", async () => {
    const user = userEvent.setup();
    renderParticipation([
      participationMock(participationDetails('TO_SHARE', { id: 'participation-3' })),
      {
        request: { query: ShareCampaignResultsMutation, variables: { participationId: 'participation-3' } },
        result: apiError('PARTICIPATION_NOT_FINISHED', "Terminez d'abord le parcours : vos résultats pourront être envoyés à la fin."),
      },
    ]);

    await user.click(await screen.findByRole('button', { name: "J'envoie mes résultats" }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Terminez d'abord le parcours");
    expect(screen.getByRole('button', { name: "J'envoie mes résultats" })).toBeEnabled();
  });

  it('sends a participation in progress back to its test', async () => {
    renderParticipation([participationMock(participationDetails('STARTED', { id: 'participation-3' }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Le test' })).toBeInTheDocument();
  });

  it('shows a profile sent: when, its pix, certifiable or not, and "Envoyer à nouveau mon profil"', async () => {
    const campaign = landing({ code: 'PRFCOL234', name: 'Collecte de votre profil Pix', type: 'PROFILES_COLLECTION' });
    renderParticipation([participationMock(participationDetails('SHARED', { id: 'participation-8', campaign }))], 'participation-8', 'PRFCOL234');

    expect(await screen.findByRole('heading', { level: 1, name: 'Collecte de votre profil Pix' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent("Votre profil a été envoyé à l'organisation Lycée Marie Curie le 14 septembre 2026.");
    expect(screen.getByText('192 pix')).toBeInTheDocument();
    expect(screen.getByText('Profil certifiable. 7 compétences de niveau 1 minimum.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Envoyer à nouveau mon profil' })).toHaveAttribute('href', '/campagnes/PRFCOL234/acces');
    expect(document.title).toBe('Profil envoyé - Collecte de votre profil Pix - Pix libre');
  });

  it('does not offer to send the profile again when the teacher allowed one sending only', async () => {
    const campaign = landing({ code: 'PRFCOL234', name: 'Collecte de votre profil Pix', type: 'PROFILES_COLLECTION', multipleSendings: false });
    renderParticipation([participationMock(participationDetails('SHARED', { id: 'participation-8', campaign }))], 'participation-8', 'PRFCOL234');
    expect(await screen.findByText('192 pix')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Envoyer à nouveau mon profil' })).not.toBeInTheDocument();
  });
});
