import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { certifResources } from '../../../i18n';
import type { LiveCandidate } from '../domain/live-status';
import { CandidateLiveList } from './CandidateLiveList';

const candidate = (overrides: Partial<LiveCandidate>): LiveCandidate => ({
  id: '1',
  firstName: 'Zoé',
  lastName: 'Martin',
  birthdate: '2010-03-05',
  extraTimePercentage: 0,
  status: 'NOT_JOINED',
  authorizedToStart: false,
  questionNumber: null,
  numberOfQuestions: null,
  timeLeftSeconds: null,
  endReason: null,
  endScreenSeen: false,
  pendingProblemReport: null,
  ...overrides,
});

const list = [
  candidate({ id: '1', firstName: 'Zoé', lastName: 'Martin', status: 'WAITING_FOR_AUTHORIZATION' }),
  candidate({ id: '2', firstName: 'Léo', lastName: 'Bernard', status: 'IN_PROGRESS', authorizedToStart: true, questionNumber: 4, numberOfQuestions: 18, timeLeftSeconds: 4000, extraTimePercentage: 30 }),
  candidate({
    id: '3',
    firstName: 'Inès',
    lastName: 'Petit',
    status: 'IN_PROGRESS',
    authorizedToStart: true,
    questionNumber: 2,
    numberOfQuestions: 15,
    timeLeftSeconds: 290,
    pendingProblemReport: { id: 'r9', questionNumber: 2, category: 'E1', status: 'PENDING' },
  }),
  candidate({ id: '4', firstName: 'Noah', lastName: 'Roux', status: 'WAITING_FOR_AUTHORIZATION', questionNumber: 7, numberOfQuestions: 18, timeLeftSeconds: 3000 }),
  candidate({ id: '5', firstName: 'Léa', lastName: 'Blanc', status: 'ENDED', endReason: 'COMPLETED', endScreenSeen: true, timeLeftSeconds: 0 }),
  candidate({ id: '6', firstName: 'Tom', lastName: 'Noir', status: 'ENDED_BY_INVIGILATOR', endReason: 'ENDED_BY_INVIGILATOR', timeLeftSeconds: 0 }),
  candidate({ id: '7', firstName: 'Eva', lastName: 'Gris' }),
];

function renderList() {
  const handlers = { onAuthorize: jest.fn(), onEndTest: jest.fn(), onResolveProblem: jest.fn() };
  renderWithProviders(<CandidateLiveList candidates={list} busyCandidateId={null} {...handlers} />, { resources: certifResources });
  return handlers;
}

const item = (name: string) => screen.getByRole('listitem', { name });

describe("the invigilator's live list", () => {
  it('shows each status, the question and time left', () => {
    renderList();
    expect(within(item('MARTIN Zoé')).getByText("En attente d'autorisation")).toBeInTheDocument();
    expect(within(item('BERNARD Léo')).getByText('En cours')).toBeInTheDocument();
    expect(within(item('BERNARD Léo')).getByText(/Temps majoré : 30 % · Question 4\/18 · 1 h 7 min restantes/)).toBeInTheDocument();
    expect(within(item('PETIT Inès')).getByText('Problème signalé')).toBeInTheDocument();
    expect(within(item('PETIT Inès')).getByText("Problème signalé sur la question 2 : L'image ne s'affiche pas")).toBeInTheDocument();
    expect(within(item('ROUX Noah')).getByText("En attente d'autorisation pour reprendre")).toBeInTheDocument();
    expect(within(item('BLANC Léa')).getByText('Écran de fin vu')).toBeInTheDocument();
    expect(within(item('NOIR Tom')).getByText('Terminé par le surveillant')).toBeInTheDocument();
    expect(within(item('GRIS Eva')).getByText("N'a pas rejoint")).toBeInTheDocument();
    expect(within(item('GRIS Eva')).queryByRole('button')).not.toBeInTheDocument();
    expect(within(item('BLANC Léa')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('authorises a candidate who waits (to start or resume)', async () => {
    const user = userEvent.setup();
    const { onAuthorize } = renderList();
    await user.click(screen.getByRole('button', { name: 'Autoriser MARTIN Zoé' }));
    expect(onAuthorize).toHaveBeenCalledWith(expect.objectContaining({ id: '1' }));
    await user.click(screen.getByRole('button', { name: 'Autoriser ROUX Noah' }));
    expect(onAuthorize).toHaveBeenLastCalledWith(expect.objectContaining({ id: '4' }));
    expect(within(item('BERNARD Léo')).queryByRole('button', { name: /Autoriser/ })).not.toBeInTheDocument();
  });

  it('validates or refuses a reported problem', async () => {
    const user = userEvent.setup();
    const { onResolveProblem } = renderList();
    await user.click(screen.getByRole('button', { name: 'Valider le signalement de PETIT Inès' }));
    expect(onResolveProblem).toHaveBeenCalledWith(expect.objectContaining({ id: '3' }), 'r9', true);
    await user.click(screen.getByRole('button', { name: 'Refuser le signalement de PETIT Inès' }));
    expect(onResolveProblem).toHaveBeenLastCalledWith(expect.objectContaining({ id: '3' }), 'r9', false);
  });

  it('ends a test only after confirmation', async () => {
    const user = userEvent.setup();
    const { onEndTest } = renderList();
    await user.click(screen.getByRole('button', { name: 'Terminer le test de BERNARD Léo' }));
    const dialog = screen.getByRole('dialog', { name: 'Terminer le test ?' });
    expect(dialog).toHaveTextContent('Le test de Léo Bernard sera terminé');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(onEndTest).not.toHaveBeenCalled();
    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    await user.click(screen.getByRole('button', { name: 'Terminer le test de BERNARD Léo' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Terminer le test' }));
    expect(onEndTest).toHaveBeenCalledWith(expect.objectContaining({ id: '2' }));
  });
});
