import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../i18n';
import { lycee, mediatheque } from '../../testing/fixtures';
import { eloise, jean, lina, noah, pupilsMock, pupilsOrganizationMock, pupilsResult } from '../../testing/pupils-fixtures';
import { PupilsQuery } from './pupils.graphql';
import { PupilsView } from './PupilsView';

// The data grid renders slowly in jsdom, the more so when test files run side by side.
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

function renderPupils(mocks: RenderOptions['mocks'], language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<PupilsView organizationId="org-1" />, { title: 'Pix Orga', resources: orgaResources, mocks, language });
}

const grid = () => screen.getByRole('grid', { name: /élèves/ });
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('"Élèves"', () => {
  it('shows the pupils in a labelled grid: name, birth date, class and how each logs in', async () => {
    renderPupils([pupilsOrganizationMock(lycee), pupilsMock({}, [eloise, jean, lina, noah], 132)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Élèves' })).toBeInTheDocument();
    expect(document.title).toBe('Élèves - Pix Orga');
    expect(await screen.findByRole('heading', { level: 2, name: '132 élèves' })).toBeInTheDocument();
    expect(grid()).toHaveAttribute('aria-labelledby', 'pupils-list-title');
    const headers = within(grid()).getAllByRole('columnheader').map((header) => header.textContent?.trim());
    expect(headers).toEqual(expect.arrayContaining(['Nom', 'Prénom', 'Date de naissance', 'Classe', 'Connexion', 'Actions']));

    const eloiseRow = rowOf("D'Arcy");
    expect(within(eloiseRow).getByText('Éloïse')).toBeInTheDocument();
    expect(within(eloiseRow).getByText('05/03/2010')).toBeInTheDocument();
    expect(within(eloiseRow).getByText('Identifiant')).toBeInTheDocument();
    expect(within(eloiseRow).getByText('eloise.darcy0503')).toBeInTheDocument();
    expect(within(eloiseRow).getByRole('button', { name: "Gérer le compte de Éloïse D'Arcy" })).toBeInTheDocument();
    expect(within(rowOf('Dupont')).getByText('Adresse e-mail')).toBeInTheDocument();
    expect(within(rowOf('Dupont')).getByText('07/03/2010')).toBeInTheDocument();
    expect(within(rowOf('Martin')).getByText('Médiacentre (GAR)')).toBeInTheDocument();
    expect(within(rowOf('Petit')).getByText('Aucun compte')).toBeInTheDocument();
    expect(within(rowOf('Petit')).getByText('3B')).toBeInTheDocument();
    // The grid is in French, pages of 50 on the server.
    expect(screen.getByText('1–50 sur 132')).toBeInTheDocument();
    expect(screen.getByText('Lignes par page :')).toBeInTheDocument();
  });

  it('asks the server for one class, then for a name typed in the search field (after a pause)', async () => {
    const user = userEvent.setup();
    const searched = jest.fn(() => pupilsResult([jean]));
    renderPupils([
      pupilsOrganizationMock(lycee),
      pupilsMock({}, [eloise, jean, lina, noah]),
      pupilsMock({ filter: { division: '3B' } }, [jean, noah]),
      { request: { query: PupilsQuery, variables: { organizationId: 'org-1', first: 50, offset: 0, filter: { division: '3B', search: 'dup' } } }, result: searched },
    ]);
    await screen.findByRole('heading', { level: 2, name: '4 élèves' });

    const classes = screen.getByRole('combobox', { name: 'Classe' });
    expect(classes).toHaveTextContent('Toutes les classes');
    await user.click(classes);
    const options = within(await screen.findByRole('listbox', { name: 'Classe' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Toutes les classes', '3A', '3B']);
    await user.click(screen.getByRole('option', { name: '3B' }));
    expect(classes).toHaveTextContent('3B');
    expect(await screen.findByRole('heading', { level: 2, name: '2 élèves' })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /D'Arcy/ })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un élève' }), ' dup');
    expect(await screen.findByRole('heading', { level: 2, name: '1 élève' })).toBeInTheDocument();
    // One request for the whole word, once the typing stopped.
    expect(searched).toHaveBeenCalledTimes(1);
    expect(rowOf('Dupont')).toBeInTheDocument();
  });

  it('sorts and pages on the server', async () => {
    const user = userEvent.setup();
    renderPupils([
      pupilsOrganizationMock(lycee),
      pupilsMock({}, [eloise, jean], 120),
      pupilsMock({ orderBy: { field: 'LAST_NAME', direction: 'ASC' } }, [jean, eloise], 120),
      pupilsMock({ offset: 50, orderBy: { field: 'LAST_NAME', direction: 'ASC' } }, [noah], 120),
    ]);
    await screen.findByRole('heading', { level: 2, name: '120 élèves' });

    await user.click(within(grid()).getByText('Nom'));
    expect(await screen.findByRole('columnheader', { name: /Nom/, selected: undefined })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Aller à la page suivante' }));
    expect(await screen.findByRole('row', { name: /Petit/ })).toBeInTheDocument();
    expect(screen.getByText('51–100 sur 120')).toBeInTheDocument();
  });

  it('is used with the keyboard: arrows move between cells, the focus reaches "Gérer le compte"', async () => {
    const user = userEvent.setup();
    renderPupils([pupilsOrganizationMock(lycee), pupilsMock({}, [eloise, jean])]);
    await screen.findByRole('heading', { level: 2, name: '2 élèves' });

    within(rowOf("D'Arcy")).getByText("D'Arcy").closest<HTMLElement>('[role="gridcell"]')?.focus();
    expect(document.activeElement).toHaveTextContent("D'Arcy");
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveTextContent('Éloïse');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName("Gérer le compte de Éloïse D'Arcy");
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: "Compte de Éloïse D'Arcy" })).toBeInTheDocument();
  });

  it('explains how to import the SIECLE file when the school has no pupil yet', async () => {
    renderPupils([pupilsOrganizationMock(lycee, 'ADMIN', []), pupilsMock({}, [])]);

    expect(await screen.findByRole('heading', { level: 2, name: 'Aucun élève pour le moment' })).toBeInTheDocument();
    expect(screen.getByText(/importée depuis SIECLE \(export « ElevesSansAdresses »\)/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Importer (SIECLE)' })).toHaveLength(1);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('shows members the pupils without the import nor the accounts', async () => {
    renderPupils([pupilsOrganizationMock(lycee, 'MEMBER'), pupilsMock({}, [eloise, jean])]);

    await screen.findByRole('heading', { level: 2, name: '2 élèves' });
    expect(within(grid()).getAllByRole('columnheader').map((header) => header.textContent?.trim())).not.toContain('Actions');
    expect(screen.queryByRole('button', { name: 'Importer (SIECLE)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Générer les identifiants/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Gérer le compte/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('tells members with no pupil that an administrator imports them', async () => {
    renderPupils([pupilsOrganizationMock(lycee, 'MEMBER', []), pupilsMock({}, [])]);
    expect(await screen.findByText("Un administrateur de l'espace Pix Orga de l'établissement peut l'importer.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importer (SIECLE)' })).not.toBeInTheDocument();
  });

  it('says when the organisation does not manage pupils', async () => {
    renderWithProviders(<PupilsView organizationId="org-3" />, { resources: orgaResources, mocks: [pupilsOrganizationMock(mediatheque)] });
    expect(await screen.findByText(/Médiathèque de Lyon ne gère pas d'élèves/)).toBeInTheDocument();
  });

  it('speaks English, the grid too', async () => {
    renderPupils([pupilsOrganizationMock(lycee), pupilsMock({}, [eloise], 1)], 'en');
    expect(await screen.findByRole('heading', { level: 2, name: '1 pupil' })).toBeInTheDocument();
    expect(within(rowOf("D'Arcy")).getByText('Username')).toBeInTheDocument();
    expect(screen.getByText('Rows per page:')).toBeInTheDocument();
  });
});
