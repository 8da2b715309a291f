import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { competenceDetails, competenceId, type EvaluationFixture } from '../../testing/fixtures';
import { paths } from '../../urls';
import { CompetenceDetailsQuery, ResetCompetenceMutation, RetryCompetenceMutation } from './competence.graphql';
import { CompetenceRoute } from './CompetenceRoute';

function renderCompetence(id: string, data: Record<string, unknown>, extraMocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.competence} element={<CompetenceRoute />} />
      <Route path={paths.assessment} element={<h1>Test en cours</h1>} />
    </Routes>,
    {
      route: `/competences/${id}`,
      resources: learnerResources,
      mocks: [{ request: { query: CompetenceDetailsQuery, variables: { id } }, result: { data } }, ...extraMocks],
    },
  );
}

function completed(overrides: Partial<EvaluationFixture> = {}): Partial<EvaluationFixture> {
  return { status: 'COMPLETED', assessmentId: 'assessment-9', ...overrides };
}

describe('Competence page', () => {
  it('shows the competence and, before any test, "Commencer" leading to the evaluation', async () => {
    const id = competenceId('5.1');
    renderCompetence(id, competenceDetails('5.1', 0));

    expect(await screen.findByRole('heading', { level: 1, name: 'Résoudre des problèmes techniques' })).toBeInTheDocument();
    expect(screen.getByText('Compétence 5.1')).toBeInTheDocument();
    expect(screen.getByText('Domaine 5. Environnement numérique')).toBeInTheDocument();
    expect(screen.getByText(/Résoudre des problèmes techniques pour assurer/)).toBeInTheDocument();
    expect(screen.getByText('Niveau 0')).toBeInTheDocument();
    expect(screen.getByText('0 pix')).toBeInTheDocument();
    expect(screen.getByText('8 pix avant le niveau 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Commencer' })).toHaveAttribute('href', `/competences/${id}/evaluation`);
    expect(screen.queryByRole('button', { name: 'Retenter' })).not.toBeInTheDocument();
    expect(document.title).toBe('Résoudre des problèmes techniques - Pix libre');
  });

  it('offers "Reprendre" on the test in progress', async () => {
    renderCompetence(competenceId('5.1'), competenceDetails('5.1', 4, { status: 'STARTED', assessmentId: 'assessment-7' }));

    expect(await screen.findByRole('link', { name: 'Reprendre' })).toHaveAttribute('href', '/evaluations/assessment-7');
    expect(screen.getByText('En cours')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Commencer' })).not.toBeInTheDocument();
  });

  it('after the test: level, pix, pix to the next level, and in how many days a reset is possible', async () => {
    renderCompetence(
      competenceId('5.1'),
      competenceDetails('5.1', 20, completed({ canRetry: false, retryAvailableInDays: 1, canReset: false, resetAvailableInDays: 3 })),
    );

    expect(await screen.findByText('Niveau 2')).toBeInTheDocument();
    expect(screen.getByText('20 pix')).toBeInTheDocument();
    expect(screen.getByText('4 pix avant le niveau 3')).toBeInTheDocument();
    expect(screen.getByText('Terminé')).toBeInTheDocument();
    expect(screen.getByText('Remise à zéro disponible dans 3 jours')).toBeInTheDocument();
    expect(screen.getByText('« Retenter » disponible dans 1 jour')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retenter' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remettre à zéro' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Commencer' })).not.toBeInTheDocument();
  });

  it('after a test ended at level 0: says when "Retenter" (4 days) and the reset (7 days) will be possible', async () => {
    renderCompetence(
      competenceId('5.1'),
      competenceDetails('5.1', 0, completed({ canRetry: false, retryAvailableInDays: 4, canReset: false, resetAvailableInDays: 7 })),
    );

    expect(await screen.findByText('Terminé')).toBeInTheDocument();
    expect(screen.getByText('Niveau 0')).toBeInTheDocument();
    expect(screen.getByText('« Retenter » disponible dans 4 jours')).toBeInTheDocument();
    expect(screen.getByText('Remise à zéro disponible dans 7 jours')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retenter' })).not.toBeInTheDocument();
  });

  it('says "1 jour" in the singular', async () => {
    renderCompetence(competenceId('5.1'), competenceDetails('5.1', 20, completed({ canRetry: true, resetAvailableInDays: 1 })));
    expect(await screen.findByText('Remise à zéro disponible dans 1 jour')).toBeInTheDocument();
  });

  it('"Retenter" starts a new test and opens it', async () => {
    const user = userEvent.setup();
    const retried = jest.fn();
    renderCompetence(competenceId('5.1'), competenceDetails('5.1', 20, completed({ canRetry: true, resetAvailableInDays: 3 })), [
      {
        request: { query: RetryCompetenceMutation, variables: { competenceId: competenceId('5.1') } },
        result: () => {
          retried();
          return { data: { retryCompetence: { __typename: 'Assessment', id: 'assessment-10', state: 'STARTED' } } };
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Retenter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Test en cours' })).toBeInTheDocument();
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('"Remettre à zéro" asks for confirmation in a dialog, then resets and opens the new test', async () => {
    const user = userEvent.setup();
    const reset = jest.fn();
    renderCompetence(competenceId('5.1'), competenceDetails('5.1', 20, completed({ canRetry: true, canReset: true, resetAvailableInDays: null })), [
      {
        request: { query: ResetCompetenceMutation, variables: { competenceId: competenceId('5.1') } },
        result: () => {
          reset();
          return { data: { resetCompetence: { __typename: 'Assessment', id: 'assessment-11', state: 'STARTED' } } };
        },
      },
    ]);

    expect(await screen.findByRole('button', { name: 'Retenter' })).toBeInTheDocument();
    expect(screen.queryByText(/Remise à zéro disponible/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remettre à zéro' }));

    let dialog = await screen.findByRole('alertdialog', { name: 'Remettre à zéro « Résoudre des problèmes techniques » ?' });
    expect(dialog).toHaveAccessibleDescription(/Votre niveau sur cette compétence reviendra à 0/);
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(reset).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Remettre à zéro' }));
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Remettre à zéro' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Test en cours' })).toBeInTheDocument();
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it("shows the server's message when a retry is refused", async () => {
    const user = userEvent.setup();
    renderCompetence(competenceId('5.1'), competenceDetails('5.1', 20, completed({ canRetry: true, resetAvailableInDays: 3 })), [
      {
        request: { query: RetryCompetenceMutation, variables: { competenceId: competenceId('5.1') } },
        result: {
          errors: [{ message: 'Vous pourrez retenter cette compétence dans 2 jour(s).', extensions: { code: 'RETRY_NOT_AVAILABLE', availableInDays: 2 } }],
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Retenter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous pourrez retenter cette compétence dans 2 jour(s).');
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

  it('is in English too', async () => {
    renderWithProviders(
      <Routes>
        <Route path={paths.competence} element={<CompetenceRoute />} />
      </Routes>,
      {
        route: `/competences/${competenceId('5.1')}`,
        resources: learnerResources,
        language: 'en',
        mocks: [
          {
            request: { query: CompetenceDetailsQuery, variables: { id: competenceId('5.1') } },
            result: { data: competenceDetails('5.1', 20, completed({ canRetry: true, resetAvailableInDays: 1 })) },
          },
        ],
      },
    );
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('Reset available in 1 day')).toBeInTheDocument();
  });
});
