import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from './i18n';
import { OrgaRoutes } from './OrgaRoutes';
import { CURRENT_ORGANIZATION_STORAGE_KEY } from './organizations/current-organization';
import { college, lycee, mediatheque, membershipsMock, organizationHomeMock, orgaMembership } from './testing/fixtures';
import { OrganizationHomeQuery } from './features/organization/organization.graphql';
import { campaignCreationMock, campaignMock, campaignsMock, collecte } from './testing/campaigns-fixtures';
import { eloise, pupilsMock, pupilsOrganizationMock } from './testing/pupils-fixtures';

function renderOrga(options: Parameters<typeof renderWithProviders>[1]) {
  return renderWithProviders(<OrgaRoutes />, { title: 'Pix Orga', resources: orgaResources, ...options });
}

describe('Pix Orga', () => {
  it('sends an anonymous visitor to the log-in page, which leads to "Activez ou récupérez votre espace"', async () => {
    const user = userEvent.setup();
    renderOrga({ route: '/', auth: { user: null } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Orga' })).toBeInTheDocument();
    expect(screen.getByText(/L'accès à Pix Orga est limité aux membres invités/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je me connecte' })).toBeInTheDocument();
    expect(document.title).toBe('Connexion - Pix Orga');
    expect(screen.queryByRole('navigation', { name: 'Menu principal' })).not.toBeInTheDocument();

    const activation = screen.getByRole('link', { name: 'Activez ou récupérez votre espace' });
    expect(activation).toHaveAccessibleDescription(
      'Réservé aux personnels de direction des établissements scolaires publics et privés sous contrat.',
    );
    await user.click(activation);
    expect(await screen.findByRole('heading', { level: 1, name: 'Activez ou récupérez votre espace' })).toBeInTheDocument();
  });

  it('tells a user who belongs to no organisation what to do', async () => {
    renderOrga({ route: '/', mocks: [membershipsMock([])] });

    expect(await screen.findByRole('heading', { level: 1, name: "Vous n'êtes membre d'aucune organisation" })).toBeInTheDocument();
    expect(screen.getByText(/Demandez à un administrateur Pix Orga de votre organisation de vous inviter/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Activez ou récupérez votre espace' })).toHaveAttribute('href', '/activation');
    expect(document.title).toBe('Aucune organisation - Pix Orga');
    expect(screen.queryByLabelText('Organisation')).not.toBeInTheDocument();
  });

  it("opens a single organisation's home, with its name, UAI, type and the \"Équipe\" section", async () => {
    renderOrga({ route: '/', mocks: [membershipsMock([orgaMembership('m-1', lycee)]), organizationHomeMock(lycee)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Lycée Marie Curie' })).toBeInTheDocument();
    expect(document.title).toBe('Lycée Marie Curie - Pix Orga');
    expect(screen.getByText('0751234A')).toBeInTheDocument();
    expect(screen.getByText('Établissement scolaire')).toBeInTheDocument();
    // "Rôle : administration" reads right whoever holds it (no gendered "Administrateur").
    expect(screen.getByText('Rôle')).toBeInTheDocument();
    expect(screen.getByText('administration')).toBeInTheDocument();
    const nav = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Équipe' })).toHaveAttribute('href', '/organisations/org-1/equipe');
    expect(within(nav).queryByLabelText('Organisation')).not.toBeInTheDocument();
    // A school manages its pupils: "Élèves" in the menu and among the sections.
    expect(within(nav).getByRole('link', { name: 'Élèves' })).toHaveAttribute('href', '/organisations/org-1/eleves');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Élèves' })).toHaveAttribute('href', '/organisations/org-1/eleves');
    // "Campagnes" comes first, after "Accueil", in the menu and among the sections.
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Accueil', 'Campagnes', 'Élèves', 'Certifications', 'Équipe']);
    expect(within(screen.getByRole('main')).getAllByRole('link').map((link) => link.textContent)).toEqual(['Campagnes', 'Élèves', 'Équipe']);
    expect(window.localStorage.getItem(CURRENT_ORGANIZATION_STORAGE_KEY)).toBe('org-1');
  });

  it('opens "Élèves" from the menu', async () => {
    const user = userEvent.setup();
    renderOrga({
      route: '/organisations/org-1',
      mocks: [membershipsMock([orgaMembership('m-1', lycee)]), organizationHomeMock(lycee), pupilsOrganizationMock(lycee), pupilsMock({}, [eloise])],
    });

    const nav = await screen.findByRole('navigation', { name: 'Menu principal' });
    await user.click(await within(nav).findByRole('link', { name: 'Élèves' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Élèves' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Élèves' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('row', { name: /D'Arcy/ })).toBeInTheDocument();
  });

  it('shows "Campagnes" to a member of an organisation that is not a school, and opens a campaign from the list', async () => {
    const user = userEvent.setup();
    const mediathequeCampaign = { ...collecte, id: 'c-7' };
    renderOrga({
      route: '/organisations/org-3',
      mocks: [
        membershipsMock([orgaMembership('m-3', mediatheque, 'MEMBER')]),
        organizationHomeMock(mediatheque, 'MEMBER'),
        campaignsMock({ organizationId: 'org-3' }, [mediathequeCampaign], 1, mediatheque),
        campaignMock(mediathequeCampaign),
      ],
    });

    const nav = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(await within(screen.getByRole('main')).findByRole('link', { name: 'Campagnes' })).toHaveAttribute('href', '/organisations/org-3/campagnes');
    expect(within(nav).queryByRole('link', { name: 'Élèves' })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Campagnes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Campagnes' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Campagnes' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('Médiathèque de Lyon')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer une campagne' })).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: 'Collecte de votre profil Pix' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Collecte de votre profil Pix' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archiver la campagne' })).toBeInTheDocument();
    // Still the "Campagnes" section.
    expect(within(nav).getByRole('link', { name: 'Campagnes' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens "Créer une campagne" at its address, not as a campaign', async () => {
    renderOrga({
      route: '/organisations/org-1/campagnes/creation',
      mocks: [membershipsMock([orgaMembership('m-1', lycee, 'MEMBER')]), campaignCreationMock()],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Créer une campagne' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nom de la campagne' })).toBeInTheDocument();
  });

  it('opens the organisation remembered on this device and switches to another one from the header', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(CURRENT_ORGANIZATION_STORAGE_KEY, 'org-2');
    renderOrga({
      route: '/',
      mocks: [
        membershipsMock([orgaMembership('m-1', lycee), orgaMembership('m-2', college, 'MEMBER'), orgaMembership('m-3', mediatheque, 'MEMBER')]),
        organizationHomeMock(college, 'MEMBER'),
        organizationHomeMock(mediatheque, 'MEMBER'),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Collège Jean Moulin' })).toBeInTheDocument();
    const switcher = within(screen.getByRole('banner')).getByLabelText('Organisation');
    expect(switcher).toHaveValue('org-2');
    expect(within(switcher).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Collège Jean Moulin',
      'Lycée Marie Curie',
      'Médiathèque de Lyon',
    ]);

    await user.selectOptions(switcher, 'Médiathèque de Lyon');

    expect(await screen.findByRole('heading', { level: 1, name: 'Médiathèque de Lyon' })).toBeInTheDocument();
    expect(screen.getByText('Organisation professionnelle')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Élèves' })).not.toBeInTheDocument();
    expect(screen.queryByText('UAI')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(CURRENT_ORGANIZATION_STORAGE_KEY)).toBe('org-3');
  });

  it('opens the first organisation when the remembered one is no longer among the memberships', async () => {
    window.localStorage.setItem(CURRENT_ORGANIZATION_STORAGE_KEY, 'org-9');
    renderOrga({
      route: '/',
      mocks: [membershipsMock([orgaMembership('m-1', lycee), orgaMembership('m-2', college)]), organizationHomeMock(college)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Collège Jean Moulin' })).toBeInTheDocument();
  });

  it('says when an organisation cannot be opened', async () => {
    renderOrga({
      route: '/organisations/org-9',
      mocks: [
        membershipsMock([orgaMembership('m-1', lycee)]),
        {
          request: { query: OrganizationHomeQuery, variables: { id: 'org-9' } },
          result: { errors: [{ message: "Vous n'avez pas accès à cette ressource.", extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation inaccessible' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour à mon organisation' })).toHaveAttribute('href', '/');
  });

  it('logs out from the user menu', async () => {
    const user = userEvent.setup();
    const { auth } = renderOrga({ route: '/', mocks: [membershipsMock([])] });

    await user.click(await screen.findByRole('button', { name: /Menu de Camille Martin/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));
    expect(auth?.logOut).toHaveBeenCalled();
  });
});
