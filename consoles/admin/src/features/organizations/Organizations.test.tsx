import { renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import type { PlatformRole } from '../../__generated__/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
import { AdminRoutes } from '../../AdminRoutes';
import {
  AddOrganizationMemberMutation,
  ArchiveOrganizationMutation,
  CreateOrganizationMutation,
  OrganizationQuery,
  OrganizationsQuery,
  RemoveOrganizationMemberMutation,
  TagsQuery,
} from './organizations.graphql';

const tags = { request: { query: TagsQuery }, result: { data: { tags: [{ __typename: 'Tag', id: '1', name: 'AEFE' }, { __typename: 'Tag', id: '3', name: 'Public' }] } } };
const node = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Organization', id, name, type: 'SCO', uai: '0751234A', externalId: null, archivedAt: null, tags: [], ...extra,
});
const page = (filter: Record<string, unknown>, nodes: unknown[]) => ({
  request: { query: OrganizationsQuery, variables: { first: 20, offset: 0, filter } },
  result: { data: { organizations: { __typename: 'OrganizationConnection', totalCount: nodes.length, edges: nodes.map((n) => ({ __typename: 'OrganizationEdge', node: n })) } } },
});
const render = (route: string, mocks: unknown[], platformRole: PlatformRole = 'SUPER_ADMIN') =>
  renderWithProviders(<AdminRoutes />, { route, title: 'Pix Admin', resources: adminResources, mocks: mocks as never, auth: { user: { ...testUser, platformRole } } });

const organization = {
  __typename: 'Organization', id: '7', name: 'Lycée Cœur de France', type: 'SCO', uai: '0751234A', email: 'ce.0751234a@ac-paris.fr', isManagingStudents: true,
  provinceCode: '075', externalId: null, archivedAt: null as string | null, createdAt: '2026-12-01T08:00:00.000Z', tags: [{ __typename: 'Tag', id: '3', name: 'Public' }],
  memberships: [
    { __typename: 'Membership', id: '11', role: 'ADMIN', user: { __typename: 'User', id: '21', firstName: 'Claire', lastName: 'Dubois', email: 'claire@example.fr' } },
    { __typename: 'Membership', id: '12', role: 'MEMBER', user: { __typename: 'User', id: '22', firstName: 'Julien', lastName: 'Moreau', email: 'julien@example.fr' } },
  ],
  invitations: [{ __typename: 'OrganizationInvitation', id: '31', email: 'nouvelle@example.fr', role: 'MEMBER', createdAt: '2026-12-02T08:00:00.000Z', expiresAt: '2026-12-09T08:00:00.000Z' }],
  targetProfiles: [{ __typename: 'TargetProfile', id: '41', name: 'Parcours seconde' }],
};
const organizationMock = (data = organization) => ({ request: { query: OrganizationQuery, variables: { id: '7' } }, result: { data: { organization: data } } });

describe('Pix Admin: organisations', () => {
  it('searches with the filters typed and lists the page the server sends, each name a link to its page', async () => {
    const u = userEvent.setup();
    render('/organisations', [tags, page({}, [node('7', 'Lycée Cœur de France', { tags: [{ __typename: 'Tag', id: '3', name: 'Public' }] })]), page({ name: 'coeur', uai: null, externalId: null, type: 'SCO', tagIds: ['3'], archived: false }, [node('7', 'Lycée Cœur de France')])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Lycée Cœur de France' })).toHaveAttribute('href', '/organisations/7');
    expect(screen.getByRole('status')).toHaveTextContent('1 organisation');

    await u.type(screen.getByLabelText('Nom'), 'coeur');
    await u.selectOptions(screen.getByLabelText('Type'), 'SCO');
    await u.selectOptions(screen.getByLabelText('Étiquette'), 'Public');
    await u.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('link', { name: 'Lycée Cœur de France' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer une organisation' })).toHaveAttribute('href', '/organisations/nouvelle');
  });

  it('offers "Créer une organisation" only to the roles the API lets create', async () => {
    render('/organisations', [tags, page({}, [])], 'METIER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(await screen.findByText('Aucune organisation ne correspond à cette recherche.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Créer une organisation' })).not.toBeInTheDocument();
  });

  it('creates an organisation with every field, then opens its page; a UAI taken shows the server message under the field', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    render('/organisations/nouvelle', [
      tags,
      {
        request: { query: CreateOrganizationMutation, variables: () => true },
        maxUsageCount: 2,
        result: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return sent.length === 1
            ? { errors: [{ message: 'Une organisation active a déjà cet UAI : modifiez-la plutôt que d’en créer une seconde.', extensions: { code: 'BAD_USER_INPUT', field: 'uai' } }] }
            : { data: { createOrganization: { __typename: 'Organization', id: '7' } } };
        },
      },
      organizationMock(),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Créer une organisation' })).toBeInTheDocument();
    await u.type(screen.getByLabelText(/^Nom/), 'Lycée Cœur de France');
    await u.type(screen.getByLabelText(/^UAI/), '0751234a');
    await u.type(screen.getByLabelText('Adresse e-mail officielle'), 'ce.0751234a@ac-paris.fr');
    await u.type(screen.getByLabelText('Code du département'), '075');
    await u.click(screen.getByRole('checkbox', { name: 'Public' }));
    await u.click(screen.getByRole('button', { name: "Créer l'organisation" }));
    expect(await screen.findByText('Une organisation active a déjà cet UAI : modifiez-la plutôt que d’en créer une seconde.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^UAI/)).toHaveAttribute('aria-invalid', 'true');

    await u.click(screen.getByRole('button', { name: "Créer l'organisation" }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lycée Cœur de France' })).toBeInTheDocument();
    expect(sent[1]).toEqual({
      name: 'Lycée Cœur de France', type: 'SCO', uai: '0751234a', email: 'ce.0751234a@ac-paris.fr', isManagingStudents: true, provinceCode: '075', externalId: null, tagIds: ['3'], comment: null,
    });
  });

  it("shows an organisation's details, members, invitations and target profiles; adds and removes members; archives after a confirmation", async () => {
    const u = userEvent.setup();
    const calls: string[] = [];
    const record = (name: string, data: unknown) => ({ request: { query: name === 'add' ? AddOrganizationMemberMutation : name === 'remove' ? RemoveOrganizationMemberMutation : ArchiveOrganizationMutation, variables: () => true }, result: (variables: unknown) => { calls.push(`${name} ${JSON.stringify(variables)}`); return { data }; } });
    render('/organisations/7', [
      organizationMock(),
      tags,
      record('add', { addOrganizationMember: { __typename: 'Membership', id: '13', role: 'ADMIN' } }),
      organizationMock(),
      record('remove', { removeOrganizationMember: true }),
      organizationMock(),
      record('archive', { archiveOrganization: { __typename: 'Organization', id: '7', archivedAt: '2026-12-07T10:00:00.000Z' } }),
      organizationMock({ ...organization, archivedAt: '2026-12-07T10:00:00.000Z' }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lycée Cœur de France' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^UAI/)).toHaveValue('0751234A');
    expect(screen.getByRole('rowheader', { name: 'nouvelle@example.fr' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Parcours seconde' })).toHaveAttribute('href', '/profils-cibles/41');
    expect(screen.getByRole('heading', { name: 'Membres (2)' })).toBeInTheDocument();

    await u.type(screen.getByLabelText(/Adresse e-mail du compte/), 'marie@example.fr');
    await u.selectOptions(screen.getByLabelText('Rôle'), 'ADMIN');
    await u.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(calls[0]).toBe('add {"input":{"organizationId":"7","email":"marie@example.fr","role":"ADMIN"}}'));

    await u.click(await screen.findByRole('button', { name: 'Retirer Julien Moreau' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Retirer Julien Moreau ?' });
    await u.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    await waitFor(() => expect(calls[1]).toBe('remove {"input":{"membershipId":"12"}}'));

    await u.click(await screen.findByRole('button', { name: "Archiver l'organisation" }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Archiver Lycée Cœur de France ?' });
    expect(confirm).toHaveTextContent('Ses campagnes seront archivées');
    await u.click(within(confirm).getByRole('button', { name: 'Archiver' }));
    expect(await screen.findByText('Organisation archivée le 07/12/2026.')).toBeInTheDocument();
    expect(calls[2]).toBe('archive {"id":"7"}');
    expect(screen.queryByRole('button', { name: 'Ajouter' })).not.toBeInTheDocument();
  });
});
