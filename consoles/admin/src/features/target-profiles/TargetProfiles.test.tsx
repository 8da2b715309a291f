import { renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlatformRole } from '../../__generated__/graphql';
import { AdminRoutes } from '../../AdminRoutes';
import { adminResources } from '../../i18n';
import {
  AdminTargetProfileQuery,
  AdminTargetProfilesQuery,
  AttachTargetProfileMutation,
  BuilderFrameworkQuery,
  CopyTargetProfileMutation,
  CreateTargetProfileMutation,
} from './target-profiles.graphql';

const render = (route: string, mocks: unknown[], platformRole: PlatformRole = 'METIER') =>
  renderWithProviders(<AdminRoutes />, { route, title: 'Pix Admin', resources: adminResources, mocks: mocks as never, auth: { user: { ...testUser, platformRole } } });

const skill = (tube: string, level: number) => ({ __typename: 'TargetProfileSkill', id: `${tube}${level}`, name: `@${tube}${level}`, level });
const listPage = (filter: Record<string, unknown>, nodes: unknown[]) => ({
  request: { query: AdminTargetProfilesQuery, variables: { first: 20, offset: 0, filter } },
  result: { data: { adminTargetProfiles: { __typename: 'AdminTargetProfileConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'AdminTargetProfileEdge', node })) } } },
});
const listNode = {
  __typename: 'AdminTargetProfileListItem', id: '5', name: 'Recherche et tableur', category: 'CUSTOM', categoryLabel: 'Parcours sur-mesure', isPublic: false,
  organizationCount: 1, campaignCount: 2, createdAt: '2026-12-01T08:00:00.000Z',
};
const framework = {
  request: { query: BuilderFrameworkQuery },
  result: {
    data: {
      targetProfileBuilderFramework: [
        {
          __typename: 'TargetProfileBuilderCompetence', id: '1.1', code: '1.1', name: 'Mener une recherche', areaName: 'Informations et données',
          tubes: [
            { __typename: 'TargetProfileBuilderTube', id: 'moteur', title: 'Moteur de recherche', estimatedQuestionsByLevelCap: [1, 2, 3, 3, 4, 4, 4, 4], skills: [1, 2, 3, 4, 5, 6].map((l) => skill('moteur', l)) },
            { __typename: 'TargetProfileBuilderTube', id: 'source', title: 'Fiabilité des sources', estimatedQuestionsByLevelCap: [1, 2, 2, 3, 3, 3, 3, 3], skills: [1, 3, 4].map((l) => skill('source', l)) },
          ],
        },
      ],
    },
  },
};
const profile = {
  __typename: 'AdminTargetProfile', id: '5', name: 'Recherche et tableur', category: 'CUSTOM', categoryLabel: 'Parcours sur-mesure', description: 'Pour la seconde',
  comment: 'Demande du lycée', imageUrl: null, isPublic: false, ownerOrganizationId: null, createdAt: '2026-12-01T08:00:00.000Z', tubeCount: 2, skillCount: 4,
  estimatedQuestionCount: 4, isUsedByCampaigns: true,
  tubes: [
    { __typename: 'TargetProfileTube', tubeId: 'moteur', title: 'Moteur de recherche', competenceCode: '1.1', levelCap: 2, skills: [skill('moteur', 1), skill('moteur', 2)] },
    { __typename: 'TargetProfileTube', tubeId: 'source', title: 'Fiabilité des sources', competenceCode: '1.1', levelCap: 3, skills: [skill('source', 1), skill('source', 3)] },
  ],
  organizations: [] as unknown[],
  campaigns: [
    { __typename: 'TargetProfileCampaign', id: '9', name: 'Seconde B', code: 'ABCDEF234', organizationId: '7', organizationName: 'Lycée Marie Curie', archivedAt: null, createdAt: '2026-12-02T08:00:00.000Z' },
  ],
};
const profileMock = (id = '5', data: Record<string, unknown> = profile) => ({ request: { query: AdminTargetProfileQuery, variables: { id } }, result: { data: { adminTargetProfile: { ...data, id } } } });

describe('Pix Admin: target profiles', () => {
  it('searches by name and category and lists the page the server sends; the content team may create', async () => {
    const u = userEvent.setup();
    render('/profils-cibles', [listPage({}, [listNode]), listPage({ search: 'recherche', category: 'CUSTOM' }, [listNode])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Profils cibles' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Recherche et tableur' })).toHaveAttribute('href', '/profils-cibles/5');
    expect(screen.getByText('1 profil cible')).toBeInTheDocument();
    await u.type(screen.getByLabelText('Nom ou identifiant'), 'recherche');
    await u.selectOptions(screen.getByLabelText('Catégorie'), 'CUSTOM');
    await u.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('link', { name: 'Recherche et tableur' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer un profil cible' })).toHaveAttribute('href', '/profils-cibles/nouveau');
  });

  it('lets the support team read, not create', async () => {
    render('/profils-cibles', [listPage({}, [])], 'SUPPORT');
    expect(await screen.findByText('Aucun profil cible ne correspond à la recherche.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Créer un profil cible' })).not.toBeInTheDocument();
  });

  it('builds a profile: a level cap per tube shows the skills it includes and the live totals, then the profile opens', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    render('/profils-cibles/nouveau', [
      framework,
      {
        request: { query: CreateTargetProfileMutation, variables: () => true },
        result: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return { data: { createTargetProfile: { ...profile, organizations: [] } } };
        },
      },
      profileMock(),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Créer un profil cible' })).toBeInTheDocument();
    expect(screen.getByText('0 sujet(s), 0 acquis, environ 0 question(s)')).toBeInTheDocument();
    await u.click(screen.getByLabelText(/^Nom/));
    await u.paste('Recherche et tableur');
    await u.click(screen.getByLabelText('Commentaire interne'));
    await u.paste('Demande du lycée');
    await u.selectOptions(screen.getByLabelText('Niveau maximum : Moteur de recherche'), '2');
    expect(screen.getByText('Acquis retenus : @moteur1, @moteur2')).toBeInTheDocument();
    await u.selectOptions(screen.getByLabelText('Niveau maximum : Fiabilité des sources'), '3');
    expect(screen.getByText('2 sujet(s), 4 acquis, environ 4 question(s)')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Créer le profil cible' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Recherche et tableur' })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        name: 'Recherche et tableur', category: 'CUSTOM', description: null, comment: 'Demande du lycée', imageUrl: null, isPublic: false,
        tubes: [{ tubeId: 'moteur', levelCap: 2 }, { tubeId: 'source', levelCap: 3 }],
      },
    ]);
  });

  it("shows a profile's tubes and campaigns, attaches it to organisations by id and copies it", async () => {
    const u = userEvent.setup();
    const organizations = [{ __typename: 'TargetProfileOrganization', id: '7', name: 'Lycée Marie Curie', type: 'SCO', externalId: null, archivedAt: null }];
    render('/profils-cibles/5', [
      profileMock(),
      {
        request: { query: AttachTargetProfileMutation, variables: { input: { targetProfileId: '5', organizationIds: ['7', '8'] } } },
        result: { data: { attachTargetProfileToOrganizations: { ...profile, organizations } } },
      },
      { request: { query: CopyTargetProfileMutation, variables: { id: '5' } }, result: { data: { copyTargetProfile: { ...profile, id: '6', name: 'Copie de Recherche et tableur', campaigns: [] } } } },
      profileMock('6', { ...profile, name: 'Copie de Recherche et tableur', campaigns: [] }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Recherche et tableur' })).toBeInTheDocument();
    const tubes = screen.getByRole('table', { name: 'Sujets et niveaux' });
    expect(within(tubes).getByRole('row', { name: /Fiabilité des sources 3 @source1, @source3/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Campagnes utilisant ce profil cible' })).getByText('Seconde B')).toBeInTheDocument();
    expect(screen.getByText("Ce profil cible n'est rattaché à aucune organisation.")).toBeInTheDocument();
    await u.click(screen.getByLabelText("Identifiants d'organisations"));
    await u.paste('7, 8');
    await u.click(screen.getByRole('button', { name: 'Rattacher' }));
    expect(await screen.findByRole('link', { name: 'Lycée Marie Curie' })).toHaveAttribute('href', '/organisations/7');
    expect(screen.getByText('Profil cible rattaché à 2 organisations.')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Copier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Copie de Recherche et tableur' })).toBeInTheDocument();
  });
});
