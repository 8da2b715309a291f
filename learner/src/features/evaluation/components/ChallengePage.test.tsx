import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnerResources } from '../../../i18n';
import { illustrated, qcm, simulated, qcu, qrocmDep, qrocmInd, qrocNumber, qrocSelect, qrocText, timedQcu, type ChallengeFixture } from '../../../testing/evaluation-fixtures';
import { ChallengePage, type ChallengePageProps } from './ChallengePage';

function renderChallenge(challenge: ChallengeFixture, props: Partial<ChallengePageProps> = {}) {
  const onAnswer = jest.fn();
  const onSkip = jest.fn();
  const onRetry = jest.fn();
  const result = renderWithProviders(
    <ChallengePage
      challenge={challenge}
      testName="Résoudre des problèmes techniques"
      quitHref="/competences/5.1"
      number={3}
      startedAt={Date.now()}
      onAnswer={onAnswer}
      onSkip={onSkip}
      waiting={false}
      connectionLost={false}
      onRetry={onRetry}
      error={null}
      {...props}
    />,
    { resources: learnerResources },
  );
  return { ...result, onAnswer, onSkip, onRetry };
}

const validate = () => screen.getByRole('button', { name: 'Je valide' });

describe('Challenge page', () => {
  it('numbers the question without promising a total (the engine may end the test at any answer), the instruction from Markdown and "Quitter" back to the competence', () => {
    renderChallenge(qcu);

    expect(screen.getByRole('heading', { level: 1, name: 'Question 3' })).toHaveFocus();
    expect(screen.queryByText(/sur 5/)).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('Un bilan toutes les 5 questions, et à la fin du test.')).toBeInTheDocument();
    expect(screen.getByText('navigateur', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quitter' })).toHaveAttribute('href', '/competences/5.1');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('shows the illustration with its text alternative and offers the attached file', () => {
    renderChallenge(illustrated);

    expect(screen.getByRole('img', { name: 'Grille de tableur ; la cellule surlignée est en colonne C, ligne 4.' })).toHaveAttribute('src', '/contenus/grille.svg');
    const download = screen.getByRole('link', { name: 'Télécharger le fichier « releves.csv »' });
    expect(download).toHaveAttribute('href', '/contenus/releves.csv');
    expect(download).toHaveAttribute('download', 'releves.csv');
    expect(screen.getByText('Fichier de 1 Ko')).toBeInTheDocument();
    expect(screen.queryByTitle(/Simulateur/)).not.toBeInTheDocument();
  });

  it('shows a simulator in a frame sandboxed with scripts only (no same origin), named by its title, at its height', () => {
    const { container } = renderChallenge(simulated);

    const frame = screen.getByTitle('Simulateur : messagerie de Sam Martin');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', '/contenus/simulateurs/webmail.html');
    expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
    expect(frame).toHaveStyle({ height: '460px', width: '100%' });
    expect(screen.getByText(/agissez dans le cadre ci-dessus/)).toBeInTheDocument();
    expect(container.querySelectorAll('iframe')).toHaveLength(1);
    // The frame comes before the answer field, outside the instruction the form is described by.
    expect(frame.compareDocumentPosition(screen.getByRole('textbox', { name: 'Nom de domaine :' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('QCU: a radio group; "Je valide" waits for a choice and sends its number', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qcu);

    const group = screen.getByRole('radiogroup');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(validate()).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'Firefox' }));
    expect(validate()).toBeEnabled();
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('2');
  });

  it('QCM: checkboxes; the numbers are sent sorted, comma-separated', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qcm);

    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    expect(screen.getByRole('group', { name: /Plusieurs réponses possibles/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ecosia' }));
    await user.click(screen.getByRole('checkbox', { name: 'Qwant' }));
    await user.click(screen.getByRole('checkbox', { name: 'VLC' }));
    await user.click(screen.getByRole('checkbox', { name: 'VLC' }));
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('1,3');
  });

  it('QROC: a labelled text field; the text is sent as typed', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qrocText);

    expect(screen.getByText('rapport.odt', { selector: 'code' })).toBeInTheDocument();
    expect(validate()).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Extension' }), '   ');
    expect(validate()).toBeDisabled();
    await user.clear(screen.getByRole('textbox', { name: 'Extension' }));
    await user.type(screen.getByRole('textbox', { name: 'Extension' }), '.odt');
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('.odt');
  });

  it('QROC with format NOMBRE: a numeric text field', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qrocNumber);

    const field = screen.getByRole('textbox', { name: 'Nombre de lignes' });
    expect(field).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByText('Saisissez un nombre.')).toBeInTheDocument();
    await user.type(field, '1 230');
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('1 230');
  });

  it('QROC with format SELECT: a drop-down list of the options', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qrocSelect);

    const select = screen.getByRole('combobox', { name: 'Format' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choisissez une réponse', 'TXT', 'PDF', 'CSV']);
    expect(validate()).toBeDisabled();
    await user.selectOptions(select, 'PDF');
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('PDF');
  });

  it('QROCM-ind: one labelled field per input, sent as a JSON object', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qrocmInd);

    await user.type(screen.getByRole('textbox', { name: 'Nom du fichier' }), 'rapport');
    await user.type(screen.getByRole('textbox', { name: 'Extension' }), 'odt');
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('{"nom":"rapport","extension":"odt"}');
    expect(JSON.parse(onAnswer.mock.calls[0][0] as string)).toEqual({ nom: 'rapport', extension: 'odt' });
  });

  it('QROCM-dep: every field is sent, an empty one as ""', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderChallenge(qrocmDep);

    expect(validate()).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Second navigateur' }), 'Firefox');
    await user.click(validate());

    expect(onAnswer).toHaveBeenCalledWith('{"navigateur1":"","navigateur2":"Firefox"}');
  });

  it('"Je passe" skips without an answer', async () => {
    const user = userEvent.setup();
    const { onSkip, onAnswer } = renderChallenge(qcu);

    await user.click(screen.getByRole('button', { name: 'Je passe' }));

    expect(onSkip).toHaveBeenCalled();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('shows a countdown for a timed challenge and announces it', async () => {
    renderChallenge(timedQcu, { startedAt: Date.now() - 5_000 });

    const timer = screen.getByRole('timer', { name: 'Temps restant' });
    expect(timer).toHaveTextContent(/Temps restant : 0:2[45]/);
    expect(await screen.findByText('Question chronométrée : vous avez 25 secondes pour répondre.')).toBeInTheDocument();
  });

  it('says when the time is up', async () => {
    renderChallenge(timedQcu, { startedAt: Date.now() - 40_000 });

    expect(screen.getByRole('timer')).toHaveTextContent('Temps restant : 0:00');
    expect(screen.getByText('Le temps imparti est écoulé.')).toBeInTheDocument();
    expect(await screen.findByText(/Le temps imparti est écoulé. Vous pouvez encore répondre/)).toBeInTheDocument();
  });

  it('blocks answering while an answer waits, with "Connexion perdue" as a status', async () => {
    const user = userEvent.setup();
    const { onRetry } = renderChallenge(qcu, { waiting: true, connectionLost: true });

    expect(screen.getByRole('status')).toHaveTextContent('Connexion perdue, votre réponse sera envoyée');
    expect(screen.getByRole('radio', { name: 'Firefox' })).toBeDisabled();
    expect(validate()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Je passe' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Réessayer maintenant' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('is in English too', async () => {
    const user = userEvent.setup();
    const { i18n } = renderChallenge(qcu);
    await user.click(screen.getByRole('radio', { name: 'Word' }));
    await act(async () => {
      await i18n.changeLanguage('en');
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Question 3' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeEnabled();
    expect(screen.getByText('A review every 5 questions, and at the end of the test.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quit' })).toBeInTheDocument();
  });
});
