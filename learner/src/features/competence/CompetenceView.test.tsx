import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { competenceDetails, competenceId } from '../../testing/fixtures';
import { paths } from '../../urls';
import { CompetenceDetailsQuery } from './competence.graphql';
import { CompetenceRoute } from './CompetenceRoute';

function renderCompetence(id: string, data: Record<string, unknown>) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.competence} element={<CompetenceRoute />} />
    </Routes>,
    {
      route: `/competences/${id}`,
      resources: learnerResources,
      mocks: [{ request: { query: CompetenceDetailsQuery, variables: { id } }, result: { data } }],
    },
  );
}

describe('Competence page', () => {
  it('shows the competence, the learner level and "Commencer" linking to the evaluation', async () => {
    const id = competenceId('5.1');
    renderCompetence(id, competenceDetails('5.1', 20));

    expect(await screen.findByRole('heading', { level: 1, name: 'Résoudre des problèmes techniques' })).toBeInTheDocument();
    expect(screen.getByText('Compétence 5.1')).toBeInTheDocument();
    expect(screen.getByText('Domaine 5. Environnement numérique')).toBeInTheDocument();
    expect(screen.getByText(/Résoudre des problèmes techniques pour assurer/)).toBeInTheDocument();
    expect(screen.getByText('Niveau 2')).toBeInTheDocument();
    expect(screen.getByText('20 pix')).toBeInTheDocument();
    expect(screen.getByText('4 pix avant le niveau 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Commencer' })).toHaveAttribute('href', `/competences/${id}/evaluation`);
    expect(document.title).toBe('Résoudre des problèmes techniques - Pix libre');
  });

  it('says when the learner has reached the highest level', async () => {
    renderCompetence(competenceId('1.2'), competenceDetails('1.2', 48));
    expect(await screen.findByText('Niveau 6')).toBeInTheDocument();
    expect(screen.getAllByText('Niveau maximal atteint').length).toBeGreaterThan(0);
  });

  it('tells when the competence does not exist', async () => {
    renderCompetence('inconnue', { ...competenceDetails('1.1', 0), competence: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Compétence introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour au tableau de bord' })).toHaveAttribute('href', '/');
  });
});
