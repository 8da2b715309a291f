import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useLocation } from 'react-router';
import { orgaResources } from '../../i18n';
import { campaignsMock, campaignsResult, collecte, emc, rentree } from '../../testing/campaigns-fixtures';
import { CampaignsQuery } from './campaigns.graphql';
import { CampaignsView } from './CampaignsView';

// The data grid renders slowly in jsdom, the more so when test files run side by side.
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

function Location() {
  const location = useLocation();
  return (
    <>
      <output data-testid="location">{`${location.pathname}${location.search}`}</output>
      {/* As the menu's "Campagnes" does. */}
      <Link to="/organisations/org-1/campagnes">Menu Campagnes</Link>
    </>
  );
}

function renderCampaigns(mocks: RenderOptions['mocks'], options: { route?: string; language?: 'fr' | 'en' } = {}) {
  return renderWithProviders(
    <>
      <CampaignsView organizationId="org-1" />
      <Location />
    </>,
    { title: 'Pix Orga', resources: orgaResources, mocks, route: options.route ?? '/organisations/org-1/campagnes', language: options.language ?? 'fr' },
  );
}

const grid = () => screen.getByRole('grid', { name: /campagne/ });
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('"Campagnes"', () => {
  it('lists the campaigns in a labelled grid: name linked to its page, code, type, parcours, participants, results received, creator, date', async () => {
    renderCampaigns([campaignsMock({}, [rentree, collecte], 42)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Campagnes' })).toBeInTheDocument();
    expect(document.title).toBe('Campagnes - Pix Orga');
    expect(await screen.findByRole('heading', { level: 2, name: '42 campagnes' })).toBeInTheDocument();
    expect(grid()).toHaveAttribute('aria-labelledby', 'campaigns-list-title');
    const headers = within(grid()).getAllByRole('columnheader').map((header) => header.textContent?.trim());
    expect(headers).toEqual(['Nom', 'Code', 'Type', 'Parcours', 'Participants', 'Résultats reçus', 'Créée par', 'Date de création']);

    const first = rowOf('YRBVDF759');
    expect(within(first).getByRole('link', { name: 'Parcours de rentrée 2nde' })).toHaveAttribute('href', '/organisations/org-1/campagnes/c-1');
    expect(within(first).getByText('Évaluation')).toBeInTheDocument();
    expect(within(first).getByText('[LGT] Parcours de rentrée 2nde')).toBeInTheDocument();
    expect(within(first).getByText('Camille Martin')).toBeInTheDocument();
    expect(within(first).getByText('07/09/2026')).toBeInTheDocument();
    // 31 participants, 17 of whom sent their results.
    expect(within(first).getByRole('gridcell', { name: '31' })).toBeInTheDocument();
    expect(within(first).getByRole('gridcell', { name: '17' })).toBeInTheDocument();
    const second = rowOf('SDRUYE145');
    expect(within(second).getByText('Collecte de profils')).toBeInTheDocument();
    expect(within(second).getByText('Léo Bernard')).toBeInTheDocument();
    // 23:30 UTC on 2 November is already the 3rd in Paris.
    expect(within(second).getByText('03/11/2026')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Créer une campagne' })).toHaveAttribute('href', '/organisations/org-1/campagnes/creation');
    expect(screen.getByRole('tab', { name: 'Toutes les campagnes' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Toutes les campagnes' })).toBeInTheDocument();
    expect(screen.getByText('1–25 sur 42')).toBeInTheDocument();
  });

  it('asks the server for "Mes campagnes", then a search (after a pause), then the archived ones too', async () => {
    const user = userEvent.setup();
    const searched = jest.fn(() => campaignsResult([rentree]));
    renderCampaigns([
      campaignsMock({}, [rentree, collecte, emc]),
      campaignsMock({ filter: { ownedByMe: true } }, [rentree, collecte]),
      { request: { query: CampaignsQuery, variables: { organizationId: 'org-1', first: 25, offset: 0, filter: { ownedByMe: true, search: 'rentrée' } } }, result: searched },
      campaignsMock({ filter: { ownedByMe: true, search: 'rentrée', includeArchived: true } }, [rentree, emc]),
    ]);
    await screen.findByRole('heading', { level: 2, name: '3 campagnes' });

    await user.click(screen.getByRole('tab', { name: 'Mes campagnes' }));
    expect(await screen.findByRole('heading', { level: 2, name: '2 campagnes' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mes campagnes' })).toHaveAttribute('aria-selected', 'true');

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une campagne' }), ' rentrée ');
    expect(await screen.findByRole('heading', { level: 2, name: '1 campagne' })).toBeInTheDocument();
    // One request for the whole word, once the typing stopped.
    expect(searched).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('switch', { name: 'Afficher les campagnes archivées' }));
    expect(await screen.findByRole('heading', { level: 2, name: '2 campagnes' })).toBeInTheDocument();
    expect(within(rowOf('KMPQRT248')).getByText('Archivée')).toBeInTheDocument();
    // The list is in the address: coming back finds it again.
    expect(screen.getByTestId('location')).toHaveTextContent('/organisations/org-1/campagnes?vue=mes-campagnes&recherche=rentr%C3%A9e&archivees=oui');
  });

  it('opens the list the address describes, and pages with offset', async () => {
    const user = userEvent.setup();
    renderCampaigns(
      [
        campaignsMock({ first: 10, filter: { search: 'EMC', includeArchived: true } }, [emc], 12),
        campaignsMock({ first: 10, offset: 10, filter: { search: 'EMC', includeArchived: true } }, [rentree], 12),
      ],
      { route: '/organisations/org-1/campagnes?recherche=EMC&archivees=oui&par-page=10' },
    );

    expect(await screen.findByRole('heading', { level: 2, name: '12 campagnes' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Rechercher une campagne' })).toHaveValue('EMC');
    expect(screen.getByRole('switch', { name: 'Afficher les campagnes archivées' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Aller à la page suivante' }));
    expect(await screen.findByRole('row', { name: /YRBVDF759/ })).toBeInTheDocument();
    expect(screen.getByText('11–12 sur 12')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('page=2');
  });

  it('starts again from the whole list when the menu\'s "Campagnes" is chosen', async () => {
    const user = userEvent.setup();
    renderCampaigns([campaignsMock({ filter: { ownedByMe: true, search: 'EMC' } }, [emc]), campaignsMock({}, [rentree, collecte, emc])], {
      route: '/organisations/org-1/campagnes?vue=mes-campagnes&recherche=EMC',
    });
    expect(await screen.findByRole('heading', { level: 2, name: '1 campagne' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mes campagnes' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('link', { name: 'Menu Campagnes' }));
    expect(await screen.findByRole('heading', { level: 2, name: '3 campagnes' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Toutes les campagnes' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('searchbox', { name: 'Rechercher une campagne' })).toHaveValue('');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/organisations\/org-1\/campagnes$/);
  });

  it('invites to create the first campaign when there is none', async () => {
    renderCampaigns([campaignsMock({}, [])]);

    expect(await screen.findByRole('heading', { level: 2, name: 'Aucune campagne pour le moment' })).toBeInTheDocument();
    expect(screen.getByText(/saisissent dans « J'ai un code »/)).toBeInTheDocument();
    const create = screen.getAllByRole('link', { name: 'Créer une campagne' });
    expect(create).toHaveLength(1);
    expect(create[0]).toHaveAttribute('href', '/organisations/org-1/campagnes/creation');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('says that nothing matches a search, in the grid', async () => {
    renderCampaigns([campaignsMock({ filter: { search: 'zzz' } }, [])], { route: '/organisations/org-1/campagnes?recherche=zzz' });
    expect(await screen.findByText('Aucune campagne ne correspond à votre recherche.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '0 campagne' })).toBeInTheDocument();
  });

  it('speaks English, the grid too', async () => {
    renderCampaigns([campaignsMock({}, [collecte])], { language: 'en' });
    expect(await screen.findByRole('heading', { level: 2, name: '1 campaign' })).toBeInTheDocument();
    expect(within(rowOf('SDRUYE145')).getByText('Profiles collection')).toBeInTheDocument();
    expect(screen.getByText('Rows per page:')).toBeInTheDocument();
  });
});
