import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { certifResources } from '../../../i18n';
import { FinalizationForm, type FinalizationCandidate } from './FinalizationForm';

const candidates: FinalizationCandidate[] = [
  { id: '11', firstName: 'Zoé', lastName: 'Martin', endScreenSeen: true, numberOfQuestions: 18, absent: false },
  { id: '12', firstName: 'Léo', lastName: 'Bernard', endScreenSeen: false, numberOfQuestions: 15, absent: false },
];
const absent = { id: '13', firstName: 'Inès', lastName: 'Durand', endScreenSeen: false, numberOfQuestions: null, absent: true };

function renderForm(list = candidates) {
  const onSubmit = jest.fn();
  renderWithProviders(<FinalizationForm sessionId="7" candidates={list} onSubmit={onSubmit} submitting={false} serverError={null} />, { resources: certifResources });
  return onSubmit;
}

describe('the finalisation form', () => {
  it('asks the question number of an E incident before finalising, then confirms once', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    const zoe = screen.getByRole('group', { name: 'MARTIN Zoé' });
    expect(within(zoe).getByRole('checkbox', { name: 'Écran de fin du test vu' })).toBeChecked();
    const leo = screen.getByRole('group', { name: 'BERNARD Léo' });
    expect(within(leo).getByRole('checkbox', { name: 'Écran de fin du test vu' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Ajouter un incident pour MARTIN Zoé' }));
    await user.selectOptions(within(zoe).getByRole('combobox', { name: 'Incident 1 : code' }), 'E1');
    await user.click(screen.getByRole('button', { name: 'Finaliser la session' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('1 incident est à compléter.');
    const question = within(zoe).getByRole('textbox', { name: 'N° de la question' });
    expect(question).toBeInvalid();
    expect(question).toHaveAccessibleDescription('Un incident E1 à E7 porte le numéro de la question.');

    await user.type(question, '19');
    expect(question).toHaveAccessibleDescription('Le numéro de la question doit être compris entre 1 et 18.');
    await user.clear(question);
    await user.type(question, '3');

    await user.click(screen.getByRole('button', { name: 'Ajouter un incident pour BERNARD Léo' }));
    await user.selectOptions(within(leo).getByRole('combobox', { name: 'Incident 1 : code' }), 'C3');
    expect(within(leo).queryByRole('textbox', { name: 'N° de la question' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Commentaire global de la session (facultatif)' }), 'RAS');

    await user.click(screen.getByRole('button', { name: 'Finaliser la session' }));
    const dialog = screen.getByRole('dialog', { name: 'Finaliser la session ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Finaliser' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({
      sessionId: '7',
      comment: 'RAS',
      candidates: [
        { candidateId: '11', endScreenSeen: true, incidents: [{ code: 'E1', questionNumber: 3, comment: null }] },
        { candidateId: '12', endScreenSeen: false, incidents: [{ code: 'C3', questionNumber: null, comment: null }] },
      ],
    });
  });

  it('needs a code for an incident added', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.click(screen.getByRole('button', { name: 'Ajouter un incident pour BERNARD Léo' }));
    await user.click(screen.getByRole('button', { name: 'Finaliser la session' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox', { name: 'Incident 1 : code' })).toHaveAccessibleDescription("Choisissez le code de l'incident.");
    await user.click(screen.getByRole('button', { name: "Retirer l'incident 1 de BERNARD Léo" }));
    await user.click(screen.getByRole('button', { name: 'Finaliser la session' }));
    expect(screen.getByRole('dialog', { name: 'Finaliser la session ?' })).toBeInTheDocument();
  });

  it('lists every enrolled candidate: one who never joined is "Absent", with no end screen nor incident, and is sent as such', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm([candidates[0], absent, candidates[1]]);
    expect(screen.getByText('3 candidats inscrits, dont 1 absent(s) (n\'ont pas rejoint la session).')).toBeInTheDocument();
    const ines = screen.getByRole('group', { name: 'DURAND Inès' });
    expect(within(ines).getByText('Absent')).toBeInTheDocument();
    expect(within(ines).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(ines).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { name: 'Écran de fin du test vu' })).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Finaliser la session' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Finaliser la session ?' })).getByRole('button', { name: 'Finaliser' }));
    expect(onSubmit).toHaveBeenCalledWith({
      sessionId: '7',
      comment: null,
      candidates: [
        { candidateId: '11', endScreenSeen: true, incidents: [] },
        { candidateId: '13', endScreenSeen: false, incidents: [] },
        { candidateId: '12', endScreenSeen: false, incidents: [] },
      ],
    });
  });
});
