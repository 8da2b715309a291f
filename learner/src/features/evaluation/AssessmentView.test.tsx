import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { AnswerChallengeInput } from '../../__generated__/graphql';
import { learnerResources } from '../../i18n';
import {
  answerResult,
  assessmentData,
  currentChallengeData,
  checkpoint,
  checkpointDetails,
  checkpointLearnMore,
  type CheckpointItem,
  qcm,
  qcu,
  qrocText,
  tutorial,
  type ChallengeFixture,
} from '../../testing/evaluation-fixtures';
import { paths } from '../../urls';
import { LikeTutorialMutation, SaveTutorialMutation } from '../tutorials/tutorials.graphql';
import { AssessmentRoute } from './AssessmentRoute';
import { PENDING_ANSWERS_KEY_PREFIX, readPendingAnswers, type PendingAnswer } from './domain/pending-answers';
import { AnswerChallengeMutation, AssessmentQuery, CheckpointDetailsQuery, CheckpointLearnMoreQuery, CurrentChallengeQuery } from './evaluation.graphql';

const ASSESSMENT_ID = 'assessment-1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Input = AnswerChallengeInput;

/** A load of the test (AssessmentQuery), then of its current challenge when there is one to ask for. */
function assessmentMock(current: ChallengeFixture | null, options: Parameters<typeof assessmentData>[0] = {}): MockLink.MockedResponse[] {
  return [
    { request: { query: AssessmentQuery, variables: { id: ASSESSMENT_ID } }, result: { data: assessmentData(options) } },
    ...(current ? [currentChallengeMock(current, options.answeredCount)] : []),
  ];
}

function currentChallengeMock(current: ChallengeFixture | null, answeredCount = 0): MockLink.MockedResponse {
  return { request: { query: CurrentChallengeQuery, variables: { id: ASSESSMENT_ID } }, result: { data: currentChallengeData(current, answeredCount) } };
}

/** An answerChallenge mock for the answer to `challengeId`, recording what was sent. */
function answerMock(
  sent: Input[],
  challengeId: string,
  response: { data: ReturnType<typeof answerResult> } | { errors: { message: string; extensions: Record<string, unknown> }[] },
): MockLink.MockedResponse {
  return {
    request: {
      query: AnswerChallengeMutation,
      variables: (variables: Record<string, unknown>) => (variables.input as Input).challengeId === challengeId,
    },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables.input as Input);
      return response;
    },
  } as MockLink.MockedResponse;
}

/** A network failure of answerChallenge (no GraphQL error), recording what was sent. */
function networkFailure(sent: Input[], challengeId: string): MockLink.MockedResponse {
  return {
    request: {
      query: AnswerChallengeMutation,
      variables: (variables: Record<string, unknown>) => {
        if ((variables.input as Input).challengeId !== challengeId) return false;
        sent.push(variables.input as Input);
        return true;
      },
    },
    error: new TypeError('Failed to fetch'),
  } as MockLink.MockedResponse;
}

/** The two queries of the checkpoint's tutorials. */
function detailsMocks(items: CheckpointItem[], isFinal = false): MockLink.MockedResponse[] {
  return [
    { request: { query: CheckpointDetailsQuery, variables: { id: ASSESSMENT_ID } }, result: { data: checkpointDetails(items, isFinal) } },
    { request: { query: CheckpointLearnMoreQuery, variables: { id: ASSESSMENT_ID } }, result: { data: checkpointLearnMore(items) } },
  ];
}

function renderAssessment(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.assessment} element={<AssessmentRoute />} />
      <Route path={paths.competence} element={<h1>Page de la compétence</h1>} />
    </Routes>,
    { route: `/evaluations/${ASSESSMENT_ID}`, resources: learnerResources, mocks },
  );
}

const itemsOfFive: CheckpointItem[] = [
  {
    challenge: qcu,
    result: 'OK',
    yourAnswer: 'Firefox',
    expectedAnswer: 'Firefox',
    tutorials: [tutorial('tuto-navigateur', { title: 'Choisir son navigateur', source: 'Mozilla', format: 'page', duration: 5 })],
    learnMoreTutorials: [tutorial('tuto-web', { title: 'Le web en 10 minutes', source: 'Pix', format: 'vidéo', duration: 10 })],
  },
  { challenge: qcm, result: 'KO', yourAnswer: 'Qwant, Paint', expectedAnswer: 'Qwant, Ecosia' },
  { challenge: qrocText, result: 'SKIPPED', yourAnswer: 'Vous avez passé cette question.', expectedAnswer: '.odt' },
  {
    challenge: { ...qcu, id: 'challenge-4', instruction: 'Question quatre ?' },
    result: 'TIMED_OUT',
    yourAnswer: 'Word',
    expectedAnswer: 'Word',
  },
  { challenge: { ...qcu, id: 'challenge-5', instruction: 'Question cinq ?' }, result: 'OK', yourAnswer: 'Excel', expectedAnswer: 'Excel' },
];
const checkpointOfFive = checkpoint(itemsOfFive);

describe('Positioning test', () => {
  it('answers the current challenge with a new idempotency key, then shows the next one', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    renderAssessment([...assessmentMock(qcu), answerMock(sent, qcu.id, { data: answerResult({ answeredCount: 1, next: qrocText }) })]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 1' })).toBeInTheDocument();
    expect(screen.getByText('Résoudre des problèmes techniques')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Firefox' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 2' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Extension' })).toHaveValue('');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ assessmentId: ASSESSMENT_ID, challengeId: qcu.id, value: '2' });
    expect(sent[0].idempotencyKey).toMatch(UUID);
    expect(sent[0]).not.toHaveProperty('timeSpentSeconds'); // the server keeps the time
    expect(readPendingAnswers(ASSESSMENT_ID)).toEqual([]);
    expect(document.title).toBe('Question 2 - Résoudre des problèmes techniques - Pix libre');
  });

  it('"Je passe" sends #ABAND#', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    renderAssessment([...assessmentMock(qrocText, { answeredCount: 2 }), answerMock(sent, qrocText.id, { data: answerResult({ answeredCount: 3, next: qcu }) })]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 3' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Je passe' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 4' })).toBeInTheDocument();
    expect(sent.map((input) => input.value)).toEqual(['#ABAND#']);
  });

  it('shows the checkpoint after the 5th answer: results, expected answers, tutorials to save, then asks for the next challenge', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    const next = { ...qcm, id: 'challenge-6' };
    renderAssessment([
      ...assessmentMock({ ...qcu, id: 'challenge-5', instruction: 'Question cinq ?' }, { answeredCount: 4 }),
      // The server sends the next challenge when the learner goes on (its clock starts then), not with the checkpoint.
      answerMock(sent, 'challenge-5', { data: answerResult({ answeredCount: 5, next: null, state: 'STARTED', checkpoint: checkpointOfFive }) }),
      currentChallengeMock(next, 5),
      ...detailsMocks(itemsOfFive),
      {
        request: { query: SaveTutorialMutation, variables: { tutorialId: 'tuto-navigateur' } },
        result: { data: { saveTutorial: { __typename: 'Tutorial', id: 'tuto-navigateur', isSaved: true } } },
      },
      {
        request: { query: LikeTutorialMutation, variables: { tutorialId: 'tuto-navigateur' } },
        result: { data: { likeTutorial: { __typename: 'Tutorial', id: 'tuto-navigateur', isLiked: true } } },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 5' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Excel' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bilan intermédiaire' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Vos réponses' })).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Question 1 : Quel logiciel est un navigateur web ?',
      'Question 2 : Cochez les moteurs de recherche.',
      "Question 3 : Quelle est l'extension d'un fichier rapport.odt ?",
      'Question 4 : Question quatre ?',
      'Question 5 : Question cinq ?',
    ]);
    expect(within(items[0]).getByText('Bonne réponse')).toBeInTheDocument();
    expect(within(items[1]).getByText('Mauvaise réponse')).toBeInTheDocument();
    expect(within(items[2]).getByText('Question passée')).toBeInTheDocument();
    expect(within(items[3]).getByText('Temps dépassé')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Réponses et tutos' })).toHaveLength(5);

    await user.click(within(items[1]).getByRole('button', { name: 'Réponses et tutos' }));
    let dialog = await screen.findByRole('dialog', { name: 'Réponses et tutos : question 2' });
    expect(within(dialog).getByText('Votre réponse').nextElementSibling).toHaveTextContent('Qwant, Paint');
    expect(within(dialog).getByText('Réponse attendue').nextElementSibling).toHaveTextContent('Qwant, Ecosia');
    expect(within(dialog).getByText('Pas de tuto pour cette question.')).toBeInTheDocument();
    await user.click(within(dialog).getAllByRole('button', { name: 'Fermer' })[0]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(items[0]).getByRole('button', { name: 'Réponses et tutos' }));
    dialog = await screen.findByRole('dialog', { name: 'Réponses et tutos : question 1' });
    expect(within(dialog).getByText('Votre réponse').nextElementSibling).toHaveTextContent('Firefox');
    expect(within(dialog).getByText('Réponse attendue').nextElementSibling).toHaveTextContent('Firefox');
    const understand = within(dialog).getByRole('region', { name: 'Comprendre' });
    const learnMore = within(dialog).getByRole('region', { name: 'En savoir plus' });
    const link = within(understand).getByRole('link', { name: 'Choisir son navigateur' });
    expect(link).toHaveAttribute('href', 'https://tutos.example.org/tuto-navigateur');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(understand).getByText('Mozilla · page · 5 min')).toBeInTheDocument();
    expect(within(learnMore).getByRole('link', { name: 'Le web en 10 minutes' })).toBeInTheDocument();
    expect(within(learnMore).getByText('Pix · vidéo · 10 min')).toBeInTheDocument();

    await user.click(within(understand).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(understand).findByRole('button', { name: 'Retirer' })).toBeInTheDocument();
    const useful = within(understand).getByRole('button', { name: 'Tuto utile' });
    expect(useful).toHaveAttribute('aria-pressed', 'false');
    await user.click(useful);
    await waitFor(() => expect(within(understand).getByRole('button', { name: 'Tuto utile' })).toHaveAttribute('aria-pressed', 'true'));

    await user.click(within(dialog).getAllByRole('button', { name: 'Fermer' })[0]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Continuer mon parcours' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 6' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('shows again, after a reload, the checkpoint the learner has not gone past, and asks for the next challenge only on "Continuer mon parcours"', async () => {
    const user = userEvent.setup();
    const next = { ...qcm, id: 'challenge-6' };
    let challengeAskedFor = 0;
    renderAssessment([
      ...assessmentMock(null, { answeredCount: 5, pendingCheckpoint: checkpointOfFive }),
      ...detailsMocks(itemsOfFive),
      {
        request: { query: CurrentChallengeQuery, variables: { id: ASSESSMENT_ID } },
        result: () => {
          challengeAskedFor += 1;
          return { data: currentChallengeData(next, 5) };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Bilan intermédiaire' })).toBeInTheDocument();
    expect(document.title).toBe('Bilan intermédiaire - Résoudre des problèmes techniques - Pix libre');
    const items = within(screen.getByRole('list', { name: 'Vos réponses' })).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(within(items[1]).getByText('Mauvaise réponse')).toBeInTheDocument();
    await user.click(within(items[0]).getByRole('button', { name: 'Réponses et tutos' }));
    const dialog = await screen.findByRole('dialog', { name: 'Réponses et tutos : question 1' });
    expect(await within(dialog).findByRole('link', { name: 'Choisir son navigateur' })).toBeInTheDocument();
    await user.click(within(dialog).getAllByRole('button', { name: 'Fermer' })[0]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Reading the current challenge would go past the checkpoint (and start its clock): not before the learner goes on.
    expect(challengeAskedFor).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Continuer mon parcours' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Question 6' })).toBeInTheDocument();
    expect(challengeAskedFor).toBe(1);
  });

  it('ends with "Voir mon résultat" leading to the competence page', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    const items: CheckpointItem[] = [{ challenge: qcu, result: 'OK', yourAnswer: 'Firefox', expectedAnswer: 'Firefox' }];
    renderAssessment([
      ...assessmentMock(qcu, { answeredCount: 7 }),
      answerMock(sent, qcu.id, { data: answerResult({ answeredCount: 8, next: null, checkpoint: checkpoint(items, true) }) }),
      ...detailsMocks(items, true),
    ]);

    await user.click(await screen.findByRole('radio', { name: 'Firefox' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    // The final screen has its own title, not "Bilan intermédiaire".
    expect(await screen.findByRole('heading', { level: 1, name: 'Test terminé' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Bilan intermédiaire' })).not.toBeInTheDocument();
    expect(document.title).toBe('Test terminé - Résoudre des problèmes techniques - Pix libre');
    expect(screen.getByText(/Vous avez terminé le test de cette compétence/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continuer mon parcours' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page de la compétence' })).toBeInTheDocument();
  });

  it('shows the last checkpoint of a completed test opened again', async () => {
    const items: CheckpointItem[] = [{ challenge: qcu, result: 'KO', yourAnswer: 'Word', expectedAnswer: 'Firefox', tutorials: [tutorial('tuto-1')] }];
    renderAssessment([...assessmentMock(null, { state: 'COMPLETED', answeredCount: 12, pendingCheckpoint: checkpoint(items, true) }), ...detailsMocks(items, true)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Test terminé' })).toBeInTheDocument();
    expect(screen.getByText('Mauvaise réponse')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voir mon résultat' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Réponses et tutos' }));
    expect(await screen.findByRole('link', { name: 'Tuto tuto-1' })).toBeInTheDocument();
  });

  it('leaves a completed test without any answer for the competence page', async () => {
    renderAssessment([
      ...assessmentMock(null, { state: 'COMPLETED', answeredCount: 0 }),
      { request: { query: CheckpointDetailsQuery, variables: { id: ASSESSMENT_ID } }, result: { data: { assessment: { __typename: 'Assessment', id: ASSESSMENT_ID, lastCheckpoint: null } } } },
      { request: { query: CheckpointLearnMoreQuery, variables: { id: ASSESSMENT_ID } }, result: { data: { assessment: { __typename: 'Assessment', id: ASSESSMENT_ID, lastCheckpoint: null } } } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page de la compétence' })).toBeInTheDocument();
  });

  it('keeps an answer lost on the network, says so, blocks answering and replays it with the same key when back online', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    renderAssessment([
      ...assessmentMock(qcu),
      networkFailure(sent, qcu.id),
      answerMock(sent, qcu.id, { data: answerResult({ answeredCount: 1, next: qrocText }) }),
    ]);

    await user.click(await screen.findByRole('radio', { name: 'Word' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Connexion perdue, votre réponse sera envoyée');
    const queued = readPendingAnswers(ASSESSMENT_ID);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ challengeId: qcu.id, value: '1' });
    expect(queued[0].idempotencyKey).toMatch(UUID);
    expect(screen.getByRole('button', { name: 'Je valide' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Je passe' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Firefox' })).toBeDisabled();

    act(() => {
      window.dispatchEvent(new Event('online'));
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 2' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('Connexion perdue, votre réponse sera envoyée')).not.toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[1].idempotencyKey).toBe(queued[0].idempotencyKey);
    expect(readPendingAnswers(ASSESSMENT_ID)).toEqual([]);
  });

  it('replays on load an answer left in storage (closed tab, reload), with its key, before anything else can be answered', async () => {
    const pending: PendingAnswer = {
      assessmentId: ASSESSMENT_ID,
      challengeId: qcu.id,
      value: '2',
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
      timeSpentSeconds: 12,
      queuedAt: '2026-11-23T10:00:00.000Z',
    };
    window.localStorage.setItem(`${PENDING_ANSWERS_KEY_PREFIX}${ASSESSMENT_ID}`, JSON.stringify([pending]));
    const sent: Input[] = [];
    renderAssessment([
      ...assessmentMock(qcu),
      answerMock(sent, qcu.id, { data: answerResult({ answeredCount: 1, next: qrocText }) }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 2' }, { timeout: 5000 })).toBeInTheDocument();
    expect(sent).toEqual([
      { assessmentId: ASSESSMENT_ID, challengeId: qcu.id, value: '2', idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962', timeSpentSeconds: 12 },
    ]);
    expect(readPendingAnswers(ASSESSMENT_ID)).toEqual([]);
  });

  it('shows the translated message of a GraphQL error, forgets that answer and lets the learner answer again', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    renderAssessment([
      ...assessmentMock(qrocText),
      answerMock(sent, qrocText.id, {
        errors: [{ message: 'La réponse ne peut pas dépasser 500 caractères.', extensions: { code: 'BAD_USER_INPUT', field: 'value' } }],
      }),
      answerMock(sent, qrocText.id, { data: answerResult({ answeredCount: 1, next: qcu }) }),
    ]);

    await user.type(await screen.findByRole('textbox', { name: 'Extension' }), 'odt');
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La réponse ne peut pas dépasser 500 caractères.');
    expect(screen.queryByText('Connexion perdue, votre réponse sera envoyée')).not.toBeInTheDocument();
    expect(readPendingAnswers(ASSESSMENT_ID)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Je valide' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Je valide' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Question 2' })).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });

  it('reloads the test when the answered challenge is not the current one any more (another tab)', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    renderAssessment([
      ...assessmentMock(qcu),
      answerMock(sent, qcu.id, {
        errors: [{ message: "Cette question n'est plus celle en cours : la page va afficher la question actuelle.", extensions: { code: 'NOT_CURRENT_CHALLENGE' } }],
      }),
      ...assessmentMock(qrocText, { answeredCount: 1 }),
    ]);

    await user.click(await screen.findByRole('radio', { name: 'Firefox' }));
    await user.click(screen.getByRole('button', { name: 'Je valide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 2' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Extension' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("Cette question n'est plus celle en cours");
  });

  it('tells when the test does not exist or belongs to someone else', async () => {
    renderAssessment([
      {
        request: { query: AssessmentQuery, variables: { id: ASSESSMENT_ID } },
        result: { errors: [{ message: "Vous n'avez pas accès à ce test.", extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Test introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour au tableau de bord' })).toHaveAttribute('href', '/');
  });
});
