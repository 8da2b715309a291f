import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnerResources } from '../../i18n';
import { tutorial } from '../../testing/evaluation-fixtures';
import { LikeTutorialMutation, UnsaveTutorialMutation } from '../tutorials/tutorials.graphql';
import { SavedTutorialsQuery } from './saved-tutorials.graphql';
import { SavedTutorialsView } from './SavedTutorialsView';

function savedTutorials(tutorials: ReturnType<typeof tutorial>[]) {
  return { request: { query: SavedTutorialsQuery }, result: { data: { me: { __typename: 'User', id: 'user-1', savedTutorials: tutorials } } } };
}

describe('"Mes tutos"', () => {
  it('lists the saved tutorials; "Retirer" removes one, "Tuto utile" marks one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SavedTutorialsView />, {
      resources: learnerResources,
      mocks: [
        savedTutorials([
          tutorial('tuto-1', { title: 'Chercher sur le web', source: 'Qwant', format: 'page', duration: 3, isSaved: true }),
          tutorial('tuto-2', { title: 'Les raccourcis clavier', source: 'Pix', format: 'vidéo', duration: 75, isSaved: true, isLiked: true }),
        ]),
        {
          request: { query: UnsaveTutorialMutation, variables: { tutorialId: 'tuto-1' } },
          result: { data: { unsaveTutorial: { __typename: 'Tutorial', id: 'tuto-1', isSaved: false } } },
        },
        {
          request: { query: LikeTutorialMutation, variables: { tutorialId: 'tuto-1' } },
          result: { data: { likeTutorial: { __typename: 'Tutorial', id: 'tuto-1', isLiked: true } } },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes tutos' })).toBeInTheDocument();
    expect(document.title).toBe('Mes tutos - Pix libre');
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(2);
    const first = screen.getByRole('article', { name: 'Chercher sur le web' });
    expect(within(first).getByRole('link', { name: 'Chercher sur le web' })).toHaveAttribute('target', '_blank');
    expect(within(first).getByText('Qwant · page · 3 min')).toBeInTheDocument();
    const second = screen.getByRole('article', { name: 'Les raccourcis clavier' });
    expect(within(second).getByText('Pix · vidéo · 1 h 15 min')).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Tuto utile' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(first).getByRole('button', { name: 'Tuto utile' }));
    await waitFor(() => expect(within(first).getByRole('button', { name: 'Tuto utile' })).toHaveAttribute('aria-pressed', 'true'));

    await user.click(within(first).getByRole('button', { name: 'Retirer' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Chercher sur le web' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('« Chercher sur le web » a été retiré de vos tutos.');
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('says when nothing is saved yet', async () => {
    renderWithProviders(<SavedTutorialsView />, { resources: learnerResources, mocks: [savedTutorials([])] });
    expect(await screen.findByText(/Vous n'avez pas encore enregistré de tuto/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
