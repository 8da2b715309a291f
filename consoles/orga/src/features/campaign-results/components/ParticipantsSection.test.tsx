import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { orgaResources } from '../../../i18n';
import { CampaignParticipantsQuery } from '../campaign-results.graphql';
import {
  anjara,
  ASSESSMENT_ID,
  COLLECTION_ID,
  divisionsMock,
  eloise,
  jean,
  lina,
  mathilde,
  participantsMock,
  participantsResult,
  participationResultsMock,
} from '../testing/campaign-results-fixtures';
import { ParticipantsSection } from './ParticipantsSection';

// The data grid renders slowly in jsdom, the more so when test files run side by side.
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

function renderParticipants(campaignId: string, mocks: RenderOptions['mocks'], language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<ParticipantsSection campaignId={campaignId} organizationId="org-1" />, { resources: orgaResources, mocks, language });
}

const grid = () => screen.getByRole('grid');
const headers = () => within(grid()).getAllByRole('columnheader').map((header) => header.textContent?.trim());
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('"Participants"', () => {
  it("lists an assessment's participants: class, external id, status, progress, mastery and date sent", async () => {
    renderParticipants(ASSESSMENT_ID, [divisionsMock('org-1', ['3A', '3B']), participantsMock(ASSESSMENT_ID, {}, [eloise, jean, lina], { totalCount: 63, idPixLabel: "Numéro d'élève" })]);

    expect(await screen.findByRole('heading', { level: 2, name: 'Participants' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: '63 participants' })).toBeInTheDocument();
    expect(grid()).toHaveAccessibleName('63 participants');
    expect(headers()).toEqual(['Nom', 'Prénom', 'Classe', "Numéro d'élève", 'Statut', 'Progression', 'Maîtrise', "Date d'envoi"]);

    const eloiseRow = rowOf("D'Arcy");
    expect(within(eloiseRow).getByText('ELV-001')).toBeInTheDocument();
    expect(within(eloiseRow).getByText('Envoyé')).toBeInTheDocument();
    expect(within(eloiseRow).getByText('72 %')).toBeInTheDocument();
    expect(within(eloiseRow).getByText('20/11/2026')).toBeInTheDocument();
    expect(within(rowOf('Dupont')).getByText('Terminé, non envoyé')).toBeInTheDocument();
    expect(within(rowOf('Dupont')).getByText('3B')).toBeInTheDocument();
    const linaRow = rowOf('Martin');
    expect(within(linaRow).getByText('En cours')).toBeInTheDocument();
    expect(within(linaRow).getByText('40 %')).toBeInTheDocument();
    // Nothing sent yet: a dash on screen, "Non disponible" for screen readers.
    expect(within(linaRow).getAllByText('Non disponible')).toHaveLength(2);
    expect(screen.getByText('1–50 sur 63')).toBeInTheDocument();
  });

  it('shows a profiles collection with its pix, "Certifiable" and certifiable competences', async () => {
    renderParticipants(COLLECTION_ID, [divisionsMock('org-1', ['3A']), participantsMock(COLLECTION_ID, {}, [mathilde, anjara])]);

    await screen.findByRole('heading', { level: 3, name: '2 participants' });
    expect(headers()).toEqual(['Nom', 'Prénom', 'Classe', 'Statut', 'Pix', 'Certifiable', 'Compétences certifiables', "Date d'envoi"]);
    const mathildeRow = rowOf('Leroy');
    expect(within(mathildeRow).getByText('294')).toBeInTheDocument();
    expect(within(mathildeRow).getByText('Oui')).toBeInTheDocument();
    expect(within(mathildeRow).getByText('15')).toBeInTheDocument();
    const anjaraRow = rowOf('Rakoto');
    expect(within(anjaraRow).getByText('83')).toBeInTheDocument();
    expect(within(anjaraRow).getByText('Non')).toBeInTheDocument();
    expect(within(anjaraRow).getByText('3')).toBeInTheDocument();
  });

  it('asks the server for classes, a status, then a search (after a pause)', async () => {
    const user = userEvent.setup();
    const searched = jest.fn(() => participantsResult(ASSESSMENT_ID, [jean]));
    renderParticipants(ASSESSMENT_ID, [
      divisionsMock('org-1', ['3A', '3B']),
      participantsMock(ASSESSMENT_ID, {}, [eloise, jean, lina]),
      participantsMock(ASSESSMENT_ID, { filter: { divisions: ['3B'] } }, [jean]),
      participantsMock(ASSESSMENT_ID, { filter: { divisions: ['3B', '3A'] } }, [eloise, jean, lina]),
      participantsMock(ASSESSMENT_ID, { filter: { divisions: ['3B', '3A'], statuses: ['TO_SHARE'] } }, [jean]),
      {
        request: { query: CampaignParticipantsQuery, variables: { campaignId: ASSESSMENT_ID, first: 50, offset: 0, filter: { divisions: ['3B', '3A'], statuses: ['TO_SHARE'], search: 'dup' } } },
        result: searched,
      },
    ]);
    await screen.findByRole('heading', { level: 3, name: '3 participants' });

    const classes = screen.getByRole('combobox', { name: 'Classes' });
    expect(classes).toHaveTextContent('Toutes les classes');
    await user.click(classes);
    const listbox = await screen.findByRole('listbox', { name: 'Classes' });
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['3A', '3B']);
    // The list stays open while classes are picked (the page behind is hidden from assistive technologies).
    await user.click(within(listbox).getByRole('option', { name: '3B' }));
    expect(await screen.findByRole('heading', { level: 3, name: '1 participant', hidden: true })).toBeInTheDocument();
    await user.click(within(listbox).getByRole('option', { name: '3A' }));
    expect(await screen.findByRole('heading', { level: 3, name: '3 participants', hidden: true })).toBeInTheDocument();
    expect(within(listbox).getByRole('option', { name: '3B' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(classes).toHaveTextContent('3B, 3A');

    const status = screen.getByRole('combobox', { name: 'Statut' });
    await user.click(status);
    const statuses = within(await screen.findByRole('listbox', { name: 'Statut' })).getAllByRole('option');
    expect(statuses.map((option) => option.textContent)).toEqual(['Tous les statuts', 'En cours', 'Terminé, non envoyé', 'Envoyé']);
    await user.click(screen.getByRole('option', { name: 'Terminé, non envoyé' }));
    expect(await screen.findByRole('heading', { level: 3, name: '1 participant' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un participant' }), ' dup');
    await waitFor(() => expect(searched).toHaveBeenCalled());
    expect(await screen.findByRole('row', { name: /Dupont/ })).toBeInTheDocument();
    // One request for the whole word, once the typing stopped.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(searched).toHaveBeenCalledTimes(1);
  });

  it('offers "sent" or "not sent yet" as statuses of a profiles collection', async () => {
    const user = userEvent.setup();
    renderParticipants(COLLECTION_ID, [
      divisionsMock('org-1', []),
      participantsMock(COLLECTION_ID, {}, [mathilde, anjara]),
      participantsMock(COLLECTION_ID, { filter: { statuses: ['STARTED', 'TO_SHARE'] } }, []),
    ]);
    await screen.findByRole('heading', { level: 3, name: '2 participants' });
    // No class in this organisation: no class filter, no class column.
    expect(screen.queryByRole('combobox', { name: 'Classes' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Statut' }));
    const options = within(await screen.findByRole('listbox', { name: 'Statut' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Tous les statuts', "En attente d'envoi", 'Envoyé']);
    await user.click(screen.getByRole('option', { name: "En attente d'envoi" }));
    expect(await screen.findByRole('heading', { level: 3, name: '0 participant' })).toBeInTheDocument();
    expect(screen.getByText('Aucun participant ne correspond à vos filtres.')).toBeInTheDocument();
  });

  it('pages on the server', async () => {
    const user = userEvent.setup();
    renderParticipants(ASSESSMENT_ID, [divisionsMock('org-1', []), participantsMock(ASSESSMENT_ID, {}, [eloise], { totalCount: 63 }), participantsMock(ASSESSMENT_ID, { offset: 50 }, [lina], { totalCount: 63 })]);
    await screen.findByRole('row', { name: /D'Arcy/ });

    await user.click(screen.getByRole('button', { name: 'Aller à la page suivante' }));
    expect(await screen.findByRole('row', { name: /Martin/ })).toBeInTheDocument();
    expect(screen.getByText('51–63 sur 63')).toBeInTheDocument();
  });

  it('says when nobody has joined yet', async () => {
    renderParticipants(ASSESSMENT_ID, [divisionsMock('org-1', ['3A']), participantsMock(ASSESSMENT_ID, {}, [])]);

    expect(await screen.findByRole('heading', { level: 3, name: 'Aucun participant pour le moment' })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it("opens a participant's results per competence, with the keyboard too", async () => {
    const user = userEvent.setup();
    renderParticipants(ASSESSMENT_ID, [divisionsMock('org-1', ['3A']), participantsMock(ASSESSMENT_ID, {}, [eloise, lina], { idPixLabel: "Numéro d'élève" }), participationResultsMock(eloise.id)]);
    await screen.findByRole('row', { name: /D'Arcy/ });

    // The grid's arrows lead to the name, a button.
    within(rowOf("D'Arcy")).getByText('Éloïse').closest<HTMLElement>('[role="gridcell"]')?.focus();
    await user.keyboard('{ArrowLeft}');
    const button = screen.getByRole('button', { name: "D'Arcy, voir le détail de Éloïse D'Arcy" });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: "Détail de Éloïse D'Arcy" });
    expect(within(dialog).getByText("Numéro d'élève", { selector: 'dt' }).nextElementSibling).toHaveTextContent('ELV-001');
    expect(await within(dialog).findByRole('heading', { level: 3, name: 'Résultats par compétence' })).toBeInTheDocument();
    expect(within(dialog).getByText('18 acquis validés sur 25')).toBeInTheDocument();
    const table = within(dialog).getByRole('table', { name: 'Résultats par compétence' });
    const rechercheRow = within(table).getByRole('row', { name: /1\.1 Mener une recherche/ });
    expect(within(rechercheRow).getByText('60 %')).toBeInTheDocument();
    expect(within(rechercheRow).getByText('6 / 10')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /1\.2 Gérer des données/ })).toHaveTextContent('80 %');

    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The focus goes back where it was.
    expect(button).toHaveFocus();
    // A row is opened by a click anywhere on it, too: a test not sent yet says when results will come.
    await user.click(within(rowOf('Martin')).getByText('Lina'));
    const linaDialog = await screen.findByRole('dialog', { name: 'Détail de Lina Martin' });
    expect(within(linaDialog).getByText(/Les résultats par compétence s'afficheront quand Lina Martin aura terminé/)).toBeInTheDocument();
  });

  it('shows the profile sent in the detail of a profiles collection', async () => {
    const user = userEvent.setup();
    renderParticipants(COLLECTION_ID, [divisionsMock('org-1', ['3A']), participantsMock(COLLECTION_ID, {}, [mathilde])]);
    await user.click(await screen.findByRole('button', { name: /^Leroy/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Détail de Mathilde Leroy' });
    const valueOf = (term: string) => within(dialog).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(valueOf('Pix')).toHaveTextContent('294');
    expect(valueOf('Certifiable')).toHaveTextContent('Oui');
    expect(valueOf('Compétences certifiables')).toHaveTextContent('15');
  });

  it('takes the organisation from the route for the class filter', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/organisations/:organizationId/campagnes/:campaignId" element={<ParticipantsSection campaignId={ASSESSMENT_ID} />} />
      </Routes>,
      { route: `/organisations/org-7/campagnes/${ASSESSMENT_ID}`, resources: orgaResources, mocks: [divisionsMock('org-7', ['2nde 1']), participantsMock(ASSESSMENT_ID, {}, [eloise])] },
    );
    expect(await screen.findByRole('combobox', { name: 'Classes' })).toBeInTheDocument();
  });

  it('speaks English, the grid too', async () => {
    renderParticipants(ASSESSMENT_ID, [divisionsMock('org-1', []), participantsMock(ASSESSMENT_ID, {}, [eloise])], 'en');
    expect(await screen.findByRole('heading', { level: 3, name: '1 participant' })).toBeInTheDocument();
    expect(headers()).toContain('Mastery');
    expect(within(rowOf("D'Arcy")).getByText('Sent')).toBeInTheDocument();
    expect(within(rowOf("D'Arcy")).getByText('20 Nov 2026')).toBeInTheDocument();
    expect(screen.getByText('Rows per page:')).toBeInTheDocument();
  });
});
