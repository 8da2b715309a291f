import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CertifMembershipsQuery } from './centers/centers.graphql';
import { CenterSessionsQuery, CreateSessionMutation } from './features/sessions/sessions.graphql';
import { SessionQuery } from './features/session/session.graphql';
import { certifResources } from './i18n';
import { CertifRoutes } from './CertifRoutes';

const me = (memberships: unknown[]) => ({ __typename: 'User', id: 'user-1', firstName: 'Camille', lastName: 'Martin', certificationCenterMemberships: memberships });
const membership = (id: string, name: string, type = 'SCO') => ({
  __typename: 'CertificationCenterMembership',
  id: `m-${id}`,
  role: 'ADMIN',
  certificationCenter: { __typename: 'CertificationCenter', id, name, type },
});
const membershipsMock = (memberships: unknown[]) => ({ request: { query: CertifMembershipsQuery }, result: { data: { me: me(memberships) } }, maxUsageCount: 5 });
const sessionNode = { __typename: 'CertificationSession', id: '42', number: 42, date: '2026-12-07', time: '14:00', room: 'Salle 204', state: 'CREATED', candidateCount: 5 };
const sessionsMock = (centerId: string) => ({
  request: { query: CenterSessionsQuery, variables: { centerId, first: 20, offset: 0 } },
  result: {
    data: {
      certificationCenter: {
        __typename: 'CertificationCenter',
        id: centerId,
        name: 'Lycée Marie Curie',
        type: 'SCO',
        viewerRole: 'ADMIN',
        sessions: { __typename: 'CertificationSessionConnection', totalCount: 1, edges: [{ __typename: 'CertificationSessionEdge', node: sessionNode }] },
      },
    },
  },
  maxUsageCount: 5,
});
const fullSession = {
  __typename: 'CertificationSession',
  id: '42',
  number: 42,
  address: 'Bâtiment B',
  room: 'Salle 204',
  date: '2026-12-07',
  time: '14:00',
  examiner: 'Mme Dubois',
  description: '',
  accessCode: 'CRTF26',
  invigilatorPassword: 'PXCT47',
  state: 'CREATED',
  candidateCount: 1,
  isEditable: true,
  lockReason: null,
  certificationCenter: { __typename: 'CertificationCenter', id: 'c1', name: 'Lycée Marie Curie', type: 'SCO' },
  candidates: [
    {
      __typename: 'CertificationCandidate',
      id: 'k1',
      firstName: 'Zoé',
      lastName: 'ÉTIENNE',
      birthdate: '2008-05-12',
      sex: 'F',
      birthCity: 'PARIS 15',
      birthInseeCode: '75115',
      birthPostalCode: null,
      birthCountry: 'FRANCE',
      extraTimePercentage: 30,
      resultRecipientEmail: null,
      externalId: null,
      isSchoolPupil: true,
      hasJoined: false,
    },
  ],
};

describe('Pix Certif', () => {
  it('sends an anonymous visitor to the log-in page titled "Pix Certif"', async () => {
    renderWithProviders(<CertifRoutes />, { route: '/', title: 'Pix Certif', resources: certifResources, auth: { user: null } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pix Certif' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toBeInTheDocument();
    expect(document.title).toBe('Connexion - Pix Certif');
  });

  it('tells an account of no centre to ask for an invitation, and lets it log out', async () => {
    const user = userEvent.setup();
    const { auth } = renderWithProviders(<CertifRoutes />, { route: '/', title: 'Pix Certif', resources: certifResources, mocks: [membershipsMock([])] });

    expect(await screen.findByText('Bonjour Camille Martin')).toBeInTheDocument();
    expect(screen.getByText(/membre d'aucun centre de certification/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(auth?.logOut).toHaveBeenCalled();
  });

  it("opens the centre's sessions, with the centre switcher for a member of two centres", async () => {
    renderWithProviders(<CertifRoutes />, {
      route: '/',
      title: 'Pix Certif',
      resources: certifResources,
      mocks: [membershipsMock([membership('c1', 'Lycée Marie Curie'), membership('c2', 'Pro Formation', 'PRO')]), sessionsMock('c1')],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions de certification' }, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Sessions de certification' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: 'Ouvrir la session n° 42' })).toHaveAttribute('href', '/centres/c1/sessions/42');
    expect(row).toHaveTextContent('07/12/2026');
    expect(row).toHaveTextContent('14 h 00');
    expect(row).toHaveTextContent('Créée');
    expect(await screen.findByRole('combobox', { name: 'Centre de certification' })).toHaveValue('c1');
    expect(screen.getByRole('link', { name: 'Créer une session' })).toHaveAttribute('href', '/centres/c1/sessions/creation');
    expect(document.title).toBe('Sessions de certification - Pix Certif');
  });

  it('checks the session form before sending, then creates the session and opens it', async () => {
    const user = userEvent.setup();
    const input = { certificationCenterId: 'c1', address: 'Bâtiment B', room: 'Salle 204', date: '2026-12-07', time: '14:00', examiner: 'Mme Dubois', description: '' };
    const created = { ...fullSession };
    const { candidates: _candidates, certificationCenter: _center, ...createdFields } = created;
    renderWithProviders(<CertifRoutes />, {
      route: '/centres/c1/sessions/creation',
      title: 'Pix Certif',
      resources: certifResources,
      mocks: [
        membershipsMock([membership('c1', 'Lycée Marie Curie')]),
        { request: { query: CreateSessionMutation, variables: { input } }, result: { data: { createCertificationSession: createdFields } } },
        { request: { query: SessionQuery, variables: { sessionId: '42' } }, result: { data: { certificationSession: fullSession } }, maxUsageCount: 3 },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Créer la session' }));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(5);
    // Typed as one change each (typing letter by letter in MUI fields is slow in jsdom).
    fireEvent.change(screen.getByLabelText(/Nom du site/), { target: { value: 'Bâtiment B' } });
    fireEvent.change(screen.getByLabelText(/Nom de la salle/), { target: { value: 'Salle 204' } });
    fireEvent.change(screen.getByLabelText(/Date de la session/), { target: { value: '2026-12-07' } });
    fireEvent.change(screen.getByLabelText(/Heure de début/), { target: { value: '14:00' } });
    fireEvent.change(screen.getByLabelText(/Surveillant/), { target: { value: 'Mme Dubois' } });
    await user.click(screen.getByRole('button', { name: 'Créer la session' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Session n° 42' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('CRTF26')).toBeInTheDocument();
    expect(screen.getByText('PXCT47')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Candidats (1)' }));
    const table = screen.getByRole('table', { name: '1 candidat' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('ÉTIENNEZoé12/05/200830 %');
    expect(screen.getByRole('button', { name: 'Inscrire des élèves' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Feuille d'émargement" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "PV d'incident" })).toBeInTheDocument();
  }, 40_000);
});
