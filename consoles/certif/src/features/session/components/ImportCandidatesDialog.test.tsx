import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { certifResources } from '../../../i18n';
import { ImportCandidatesDialog } from './ImportCandidatesDialog';

const props = { open: true, sending: false, report: null, errors: null, onClose: jest.fn(), onSubmit: jest.fn() };

describe('"Importer la liste des candidats"', () => {
  it('offers the template, refuses to send without a file, and sends the chosen one', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ImportCandidatesDialog {...props} onSubmit={onSubmit} />, { resources: certifResources });
    const dialog = screen.getByRole('dialog', { name: 'Importer la liste des candidats' });
    expect(within(dialog).getByRole('link', { name: 'Télécharger le modèle (CSV)' })).toHaveAttribute('href', '/documents/modele-liste-candidats.csv');
    await user.click(within(dialog).getByRole('button', { name: 'Importer le fichier' }));
    expect(within(dialog).getByText("Choisissez d'abord le fichier à importer.")).toBeInTheDocument();
    const file = new File(['Nom de naissance;Prénom\n'], 'candidats.csv', { type: 'text/csv' });
    await user.upload(within(dialog).getByLabelText('Fichier des candidats (.csv)'), file);
    await user.click(within(dialog).getByRole('button', { name: 'Importer le fichier' }));
    expect(onSubmit).toHaveBeenCalledWith(file);
  });

  it('lists every problem with its line, and says nothing was imported', () => {
    renderWithProviders(
      <ImportCandidatesDialog
        {...props}
        report={{
          importedCount: 0,
          summary: "Le fichier n'a pas été importé, aucun candidat n'a été ajouté : 2 problème(s) à corriger (voir la liste), puis importez-le de nouveau.",
          problems: [
            { line: 3, field: 'birthdate', message: 'La date de naissance « 31/02/1990 » est invalide.' },
            { line: null, field: null, message: 'Le fichier compte 5000 candidats.' },
          ],
        }}
      />,
      { resources: certifResources },
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent("Le fichier n'a pas été importé");
    expect(within(status).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ligne 3 : La date de naissance « 31/02/1990 » est invalide.',
      'Le fichier compte 5000 candidats.',
    ]);
  });
});
