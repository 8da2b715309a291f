import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnerResources } from '../../../i18n';
import { ProblemReportDialog } from './ProblemReportDialog';

describe('"Signaler un problème"', () => {
  it('lists the seven kinds of problem with their French labels and sends the one chosen', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ProblemReportDialog open questionNumber={4} onClose={jest.fn()} onSubmit={onSubmit} submitting={false} error={null} />, {
      resources: learnerResources,
    });
    expect(screen.getByRole('dialog', { name: 'Signaler un problème sur la question 4' })).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: 'Quel est le problème ?' });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(7);
    expect(screen.getByRole('radio', { name: "E1 : L'image ne s'affiche pas" })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'E7 : Autre incident lié à la question' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Signaler' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez le problème rencontré.');

    await user.click(screen.getByRole('radio', { name: 'E6 : Le lien ne fonctionne pas' }));
    await user.click(screen.getByRole('button', { name: 'Signaler' }));
    expect(onSubmit).toHaveBeenCalledWith('E6');
  });

  it('can be cancelled', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    renderWithProviders(<ProblemReportDialog open questionNumber={1} onClose={onClose} onSubmit={jest.fn()} submitting={false} error={null} />, { resources: learnerResources });
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(onClose).toHaveBeenCalled();
  });
});
