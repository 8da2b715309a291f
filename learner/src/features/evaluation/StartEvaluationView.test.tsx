import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { learnerResources } from '../../i18n';
import { competenceDetails, competenceId } from '../../testing/fixtures';
import { paths } from '../../urls';
import { CompetenceDetailsQuery } from '../competence/competence.graphql';
import { StartCompetenceEvaluationMutation } from './evaluation.graphql';
import { StartEvaluationRoute } from './StartEvaluationRoute';

function OpenedTest() {
  const { assessmentId } = useParams();
  return <h1>Test {assessmentId}</h1>;
}

function renderStart(data: Record<string, unknown>, started = jest.fn()) {
  const id = competenceId('5.1');
  return renderWithProviders(
    <Routes>
      <Route path={paths.competenceEvaluation} element={<StartEvaluationRoute />} />
      <Route path={paths.assessment} element={<OpenedTest />} />
      <Route path={paths.competence} element={<h1>Page de la compétence</h1>} />
    </Routes>,
    {
      route: `/competences/${id}/evaluation`,
      resources: learnerResources,
      mocks: [
        { request: { query: CompetenceDetailsQuery, variables: { id } }, result: { data } },
        {
          request: { query: StartCompetenceEvaluationMutation, variables: { competenceId: id } },
          result: () => {
            started();
            return { data: { startCompetenceEvaluation: { __typename: 'Assessment', id: 'assessment-new', state: 'STARTED' } } };
          },
        },
      ],
    },
  );
}

describe('"Commencer" (/competences/:id/evaluation)', () => {
  it('starts the test of a competence not tested yet and opens it', async () => {
    const started = jest.fn();
    renderStart(competenceDetails('5.1', 0), started);
    expect(await screen.findByRole('heading', { level: 1, name: 'Test assessment-new' })).toBeInTheDocument();
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('opens the test in progress without starting another', async () => {
    const started = jest.fn();
    renderStart(competenceDetails('5.1', 8, { status: 'STARTED', assessmentId: 'assessment-7' }), started);
    expect(await screen.findByRole('heading', { level: 1, name: 'Test assessment-7' })).toBeInTheDocument();
    expect(started).not.toHaveBeenCalled();
  });

  it('sends a completed competence back to its page (where "Retenter" lives)', async () => {
    const started = jest.fn();
    renderStart(competenceDetails('5.1', 20), started);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page de la compétence' })).toBeInTheDocument();
    expect(started).not.toHaveBeenCalled();
  });
});
