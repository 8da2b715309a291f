import { renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import type { PlatformRole } from '../../__generated__/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
import { AdminRoutes } from '../../AdminRoutes';
import {
  CertificationCenterQuery,
  CertificationCentersQuery,
  ChangeCertificationCenterMemberRoleMutation,
  CreateCertificationCenterMutation,
  RemoveCertificationCenterMemberMutation,
} from './certification-centers.graphql';

const render = (route: string, mocks: unknown[], platformRole: PlatformRole = 'SUPER_ADMIN') =>
  renderWithProviders(<AdminRoutes />, { route, title: 'Pix Admin', resources: adminResources, mocks: mocks as never, auth: { user: { ...testUser, platformRole } } });
const centerNode = { __typename: 'CertificationCenter', id: '5', name: 'Lycée Montaigne', type: 'SCO', uai: '0330001A', externalId: null, archivedAt: null };
const member = (id: string, role: string, firstName: string, lastName: string) => ({
  __typename: 'CertificationCenterMembership', id, role, user: { __typename: 'User', id: `u${id}`, firstName, lastName, email: `${firstName.toLowerCase()}@example.fr` },
});
const center = {
  ...centerNode,
  school: { __typename: 'CertificationCenterSchool', id: '7', name: 'Lycée Montaigne (établissement)' },
  members: [member('1', 'ADMIN', 'Claire', 'Dubois')],
  sessions: {
    __typename: 'CertificationSessionConnection',
    totalCount: 1,
    edges: [{ __typename: 'CertificationSessionEdge', node: { __typename: 'CertificationSession', id: '900', number: 900, address: 'Bordeaux', room: 'B12', date: '2027-01-15', time: '14:00', examiner: 'Mme Martin', state: 'FINALIZED', candidateCount: 12 } }],
  },
};
const centerMock = { request: { query: CertificationCenterQuery, variables: { id: '5', sessionsFirst: 20, sessionsOffset: 0 } }, result: { data: { certificationCenter: center } } };

describe('Pix Admin: certification centres', () => {
  it('lists the centres the server sends and searches by UAI', async () => {
    const u = userEvent.setup();
    const list = (filter: Record<string, unknown>) => ({
      request: { query: CertificationCentersQuery, variables: { first: 20, offset: 0, filter } },
      result: { data: { certificationCenters: { __typename: 'CertificationCenterConnection', totalCount: 1, edges: [{ __typename: 'CertificationCenterEdge', node: centerNode }] } } },
    });
    render('/centres-de-certification', [list({}), list({ name: null, uai: '0330001a', externalId: null, type: null, archived: false })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Centres de certification' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Lycée Montaigne' })).toHaveAttribute('href', '/centres-de-certification/5');
    await u.type(screen.getByLabelText('UAI'), '0330001a');
    await u.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 centre'));
  });

  it('creates a centre then opens its page', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    render('/centres-de-certification/nouveau', [
      {
        request: { query: CreateCertificationCenterMutation, variables: () => true },
        result: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return { data: { createCertificationCenter: { __typename: 'CertificationCenter', id: '5' } } };
        },
      },
      centerMock,
    ]);
    await u.type(await screen.findByLabelText(/^Nom/), 'Lycée Montaigne');
    await u.type(screen.getByLabelText(/^UAI/), '0330001A');
    await u.click(screen.getByRole('button', { name: 'Créer le centre' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lycée Montaigne' })).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'Lycée Montaigne', type: 'SCO', uai: '0330001A', externalId: null, comment: null }]);
  });

  it("shows the centre's sessions (French dates) and members; the server's refusal to remove the last administrator is shown", async () => {
    const u = userEvent.setup();
    render('/centres-de-certification/5', [
      centerMock,
      {
        request: { query: RemoveCertificationCenterMemberMutation, variables: { input: { membershipId: '1' } } },
        result: { errors: [{ message: 'Il doit rester au moins un administrateur dans le centre de certification : nommez d’abord un autre administrateur.', extensions: { code: 'LAST_ADMIN' } }] },
      },
      { request: { query: ChangeCertificationCenterMemberRoleMutation, variables: () => true }, result: { data: {} } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lycée Montaigne' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sessions (1)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lycée Montaigne (établissement)' })).toHaveAttribute('href', '/organisations/7');
    expect(screen.getByRole('gridcell', { name: '15/01/2027' })).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: 'Finalisée' })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Retirer Claire Dubois' }));
    await u.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Retirer' }));
    expect(await screen.findByText(/Il doit rester au moins un administrateur dans le centre/)).toBeInTheDocument();
  });
});
