import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import { learnerResources } from '../../i18n';
import { landing, participationSummary } from '../../testing/campaign-fixtures';
import { competenceId, dashboardMe } from '../../testing/fixtures';
import { DashboardQuery } from './dashboard.graphql';
import { DashboardView } from './DashboardView';

function renderDashboard(me: ReturnType<typeof dashboardMe>) {
  return renderWithProviders(<DashboardView />, {
    resources: learnerResources,
    mocks: [{ request: { query: DashboardQuery }, result: { data: { me } } }],
  });
}

describe('Dashboard', () => {
  it('greets the learner and shows the 5 areas as rows with their 16 competences', async () => {
    renderDashboard(dashboardMe({ '1.1': 12, '5.1': 24 }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Votre score' })).getByText('36 pix')).toBeInTheDocument();

    const areas = screen.getAllByRole('region').filter((region) => within(region).queryByRole('list'));
    expect(areas).toHaveLength(5);
    expect(areas.map((region) => within(region).getByRole('heading', { level: 2 }).textContent)).toEqual([
      '1. Information et données',
      '2. Communication et collaboration',
      '3. Création de contenu',
      '4. Protection et sécurité',
      '5. Environnement numérique',
    ]);
    expect(areas.map((region) => within(region).getAllByRole('listitem').length)).toEqual([3, 4, 4, 3, 2]);
    expect(screen.getAllByRole('listitem')).toHaveLength(16);

    const research = screen.getByRole('link', { name: "Mener une recherche et une veille d'information" });
    expect(research).toHaveAttribute('href', `/competences/${competenceId('1.1')}`);
    const card = research.closest('li') as HTMLElement;
    expect(within(card).getByText('1.1')).toBeInTheDocument();
    expect(within(card).getByText('Niveau 1')).toBeInTheDocument();
    expect(within(card).getByText('12 pix')).toBeInTheDocument();
    expect(within(card).getByText('4 pix avant le niveau 2')).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: 'Progression vers le niveau 2' })).toHaveAttribute('aria-valuenow', '50');

    const troubleshooting = screen.getByRole('link', { name: 'Résoudre des problèmes techniques' }).closest('li') as HTMLElement;
    expect(within(troubleshooting).getByText('Niveau 3')).toBeInTheDocument();
    expect(within(troubleshooting).getByText('24 pix')).toBeInTheDocument();

    expect(screen.getByText("Vous avez 14 compétences à tester. On se concentre et c'est partix !")).toBeInTheDocument();
    expect(document.title).toBe('Tableau de bord - Pix libre');
  });

  it('counts a competence tested once its test ended, even at level 0, and marks it "Terminé"', async () => {
    renderDashboard(dashboardMe({}, { '5.1': 'COMPLETED' }));

    expect(await screen.findByText("Vous avez 15 compétences à tester. On se concentre et c'est partix !")).toBeInTheDocument();
    const tested = screen.getByRole('link', { name: 'Résoudre des problèmes techniques' }).closest('li') as HTMLElement;
    expect(within(tested).getByText('Niveau 0')).toBeInTheDocument();
    expect(within(tested).getByText('Terminé')).toBeInTheDocument();
    expect(screen.getAllByText('Terminé')).toHaveLength(1);
  });

  it('no longer invites to test once every competence is tested', async () => {
    const all = Object.fromEntries(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].map((code) => [code, 8]));
    renderDashboard(dashboardMe(all));

    expect(await screen.findAllByText('Terminé')).toHaveLength(16);
    expect(screen.queryByText(/à tester/)).not.toBeInTheDocument();
  });

  it('marks the competence whose test is in progress with "En cours"', async () => {
    renderDashboard(dashboardMe({ '1.1': 12, '2.1': 4 }, { '2.1': 'STARTED' }));

    const interact = (await screen.findByRole('link', { name: 'Interagir' })).closest('li') as HTMLElement;
    expect(within(interact).getByText('En cours')).toBeInTheDocument();
    const research = screen.getByRole('link', { name: "Mener une recherche et une veille d'information" }).closest('li') as HTMLElement;
    expect(within(research).queryByText('En cours')).not.toBeInTheDocument();
    expect(screen.getAllByText('En cours')).toHaveLength(1);
  });

  it('invites a new learner to test the 16 competences, or to type a code', async () => {
    renderDashboard(dashboardMe());

    const campaigns = await screen.findByRole('region', { name: 'Mes parcours' });
    expect(within(campaigns).getByText(/Votre enseignant vous a donné un code de parcours/)).toBeInTheDocument();
    expect(within(campaigns).getByRole('link', { name: "J'ai un code" })).toHaveAttribute('href', '/campagnes');

    expect(await screen.findByText("Vous avez 16 compétences à tester. On se concentre et c'est partix !")).toBeInTheDocument();
    expect(screen.getAllByText('Niveau 0')).toHaveLength(16);
    expect(within(screen.getByRole('region', { name: 'Votre score' })).getByText('0 pix')).toBeInTheDocument();
  });

  it('lists "Mes parcours" with their state and where to go next, and offers "J\'ai un code"', async () => {
    const collection = landing({ code: 'PRFCOL234', name: 'Collecte de votre profil Pix', type: 'PROFILES_COLLECTION' });
    renderDashboard({
      ...dashboardMe({ '1.1': 12 }),
      campaignParticipations: [
        participationSummary('STARTED', { id: 'p-1', campaign: landing({ name: 'Parcours de rentrée 2nde' }), assessmentId: 'assessment-7' }),
        participationSummary('TO_SHARE', { id: 'p-2', campaign: landing({ code: 'EMCPRM345', name: 'EMC - 1ère' }) }),
        participationSummary('SHARED', { id: 'p-3', campaign: landing({ code: 'SNTSEC456', name: 'SNT - Seconde' }) }),
        participationSummary('SHARED', { id: 'p-4', campaign: collection }),
      ],
    });

    const section = await screen.findByRole('region', { name: 'Mes parcours' });
    expect(within(section).getByRole('link', { name: "J'ai un code" })).toHaveAttribute('href', '/campagnes');
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Parcours de rentrée 2nde',
      'EMC - 1ère',
      'SNT - Seconde',
      'Collecte de votre profil Pix',
    ]);
    expect(within(items[0]).getByText('En cours')).toBeInTheDocument();
    const resume = within(items[0]).getByRole('link', { name: 'Reprendre' });
    expect(resume).toHaveAttribute('href', '/campagnes/YRBVDF759/evaluation/assessment-7');
    expect(resume).toHaveAccessibleDescription('Parcours de rentrée 2nde');
    expect(within(items[1]).getByText('À envoyer')).toBeInTheDocument();
    expect(within(items[1]).getByRole('link', { name: "J'envoie mes résultats" })).toHaveAttribute('href', '/campagnes/EMCPRM345/resultats/p-2');
    expect(within(items[2]).getByText('Envoyé')).toBeInTheDocument();
    expect(within(items[2]).getByRole('link', { name: 'Voir mes résultats' })).toHaveAttribute('href', '/campagnes/SNTSEC456/resultats/p-3');
    expect(within(items[3]).getByRole('link', { name: 'Voir mon envoi' })).toHaveAttribute('href', '/campagnes/PRFCOL234/resultats/p-4');
  });

  it('shows the server error when the profile cannot be loaded', async () => {
    renderWithProviders(<DashboardView />, {
      resources: learnerResources,
      mocks: [
        {
          request: { query: DashboardQuery },
          result: { errors: [{ message: 'Une erreur inattendue est survenue.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Une erreur inattendue est survenue.');
  });
});
