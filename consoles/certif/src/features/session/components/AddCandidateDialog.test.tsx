import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { certifResources } from '../../../i18n';
import { AddCandidateDialog } from './AddCandidateDialog';

const countries = [
  { code: '99100', name: 'FRANCE', aliases: ['RÉPUBLIQUE FRANÇAISE'] },
  { code: '99326', name: "CÔTE D'IVOIRE", aliases: [] },
  { code: '99224', name: 'BIRMANIE', aliases: ['MYANMAR'] },
  { code: '99352', name: 'ALGÉRIE', aliases: [] },
];
const props = { open: true, submitting: false, serverError: null, countries, onClose: jest.fn(), onSubmit: jest.fn() };

describe('"Ajouter un candidat": the birth country', () => {
  it("offers the API's countries, found without accents or by an alias, and sends the name chosen", async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<AddCandidateDialog {...props} onSubmit={onSubmit} />, { resources: certifResources });
    const dialog = screen.getByRole('dialog', { name: 'Ajouter un candidat' });
    const country = within(dialog).getByRole('combobox', { name: /Pays de naissance/ });
    expect(country).toHaveValue('FRANCE');

    await user.clear(country);
    await user.type(country, 'cote d');
    expect(screen.getByRole('option', { name: "CÔTE D'IVOIRE" })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'ALGÉRIE' })).not.toBeInTheDocument();
    await user.clear(country);
    await user.type(country, 'myan');
    await user.click(screen.getByRole('option', { name: 'BIRMANIE' }));
    expect(country).toHaveValue('BIRMANIE');

    await user.type(within(dialog).getByRole('textbox', { name: /Nom de naissance/ }), 'Thant');
    await user.type(within(dialog).getByRole('textbox', { name: /Prénom/ }), 'Aung');
    await user.type(within(dialog).getByLabelText(/Date de naissance/), '1990-02-14');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Sexe/ }), 'F');
    await user.type(within(dialog).getByRole('textbox', { name: /Commune ou ville de naissance/ }), 'Rangoun');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter le candidat' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ lastName: 'Thant', birthCountry: 'BIRMANIE', birthCity: 'Rangoun' }));
  });

  it('keeps what is typed when the list is not there yet (the API checks it)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AddCandidateDialog {...props} countries={[]} />, { resources: certifResources });
    const country = screen.getByRole('combobox', { name: /Pays de naissance/ });
    await user.clear(country);
    await user.type(country, 'Maroc');
    expect(country).toHaveValue('Maroc');
  });
});
