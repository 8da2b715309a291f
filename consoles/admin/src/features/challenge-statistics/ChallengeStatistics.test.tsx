import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
// Loaded ahead: AdminRoutes loads the page lazily, and the first load under ts-jest outlasts findBy's wait.
import './ChallengeStatisticsRoute';
import { AdminRoutes } from '../../AdminRoutes';
import { staff } from '../../testing/jury-fixtures';
import { ChallengeStatisticsQuery, RefreshChallengeStatisticsMutation, StatisticsCompetencesQuery } from './challenge-statistics.graphql';

const flagged = {
  __typename: 'ChallengeStatistics', id: 'pub-6', reference: 'rechercheWeb6-a', skillName: '@rechercheWeb6', competenceCode: '1.1', declaredLevel: 6, measuredLevel: 2,
  answers: 80, successRate: 0.76, skipRate: 0.05, medianTimeSeconds: 42,
  successByLevel: [
    { __typename: 'LevelSuccess', level: 2, answers: 40, successRate: 0.75, significant: true },
    { __typename: 'LevelSuccess', level: 6, answers: 5, successRate: 0.8, significant: false },
  ],
  flags: [{ __typename: 'DifficultyFlag', code: 'EASIER_THAN_DECLARED', reason: 'Plus facile que son niveau 6 : les apprenants de niveau 2 la réussissent déjà à 75 %.' }],
};
const plain = { ...flagged, id: 'pub-2', reference: 'rechercheWeb2-a', skillName: '@rechercheWeb2', declaredLevel: 2, measuredLevel: null, flags: [], successByLevel: [] };
const competences = {
  request: { query: StatisticsCompetencesQuery },
  result: { data: { competenceFramework: { __typename: 'CompetenceFramework', areas: [{ __typename: 'Area', id: '1', competences: [{ __typename: 'Competence', id: '1.1', code: '1.1', name: "Mener une recherche" }] }] } } },
};

describe('Pix Admin: Difficulté mesurée', () => {
  it('lists the challenges with their success by level written out, their flags with the reason, links to their content page, and sends the filters to the server', async () => {
    const u = userEvent.setup();
    const asked: unknown[] = [];
    const answer = {
      request: { query: ChallengeStatisticsQuery, variables: () => true },
      result: (variables: { filter: { flaggedOnly: boolean } }) => {
        asked.push(variables);
        const nodes = variables.filter.flaggedOnly ? [flagged] : [flagged, plain];
        return {
          data: {
            challengeStatistics: {
              __typename: 'ChallengeStatisticsConnection', totalCount: nodes.length, refreshedAt: '2026-12-07T08:15:00.000Z',
              edges: nodes.map((node) => ({ __typename: 'ChallengeStatisticsEdge', node })),
            },
          },
        };
      },
      maxUsageCount: 10,
    };
    const refreshed: unknown[] = [];
    const refresh = { request: { query: RefreshChallengeStatisticsMutation }, result: () => { refreshed.push(true); return { data: { refreshChallengeStatistics: true } }; } };
    renderWithProviders(<AdminRoutes />, { route: '/contenu/difficulte-mesuree', title: 'Pix Admin', resources: adminResources, auth: { user: staff('METIER') }, mocks: [answer, competences, refresh] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Difficulté mesurée' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu principal' })).getByRole('link', { name: 'Difficulté mesurée' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('link', { name: 'rechercheWeb6-a' })).toHaveAttribute('href', '/contenu/epreuves/pub-6');
    expect(screen.getByText('Chiffres actualisés le 07/12/2026 09:15 (toutes les 15 minutes).')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: "Réussite de l'épreuve rechercheWeb6-a par niveau estimé des apprenants" });
    expect(within(table).getByRole('columnheader', { name: '2' })).toBeInTheDocument();
    expect(within(table).getByText('75 %')).toBeInTheDocument();
    expect(within(table).getByLabelText('trop peu de réponses pour comparer')).toBeInTheDocument();
    expect(screen.getByText(/Plus facile que son niveau 6/)).toBeInTheDocument();
    expect(screen.getByText('Déclaré : 6')).toBeInTheDocument();
    expect(screen.getByText('Mesuré : 2')).toBeInTheDocument();
    expect(asked[0]).toEqual({ first: 20, offset: 0, filter: { flaggedOnly: false, competenceId: null } });

    await u.click(screen.getByRole('checkbox', { name: 'Seulement les épreuves signalées' }));
    expect(await screen.findByText('Épreuves (1)')).toBeInTheDocument();
    await u.selectOptions(screen.getByRole('combobox', { name: 'Compétence' }), '1.1');
    expect(asked.at(-1)).toEqual({ first: 20, offset: 0, filter: { flaggedOnly: true, competenceId: '1.1' } });

    await u.click(screen.getByRole('button', { name: 'Rafraîchir' }));
    expect(await screen.findByText('Actualisation demandée : les chiffres seront à jour dans quelques secondes.')).toBeInTheDocument();
    expect(refreshed).toEqual([true]);
  });
});
