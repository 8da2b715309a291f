import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { certifResources } from '../../i18n';
import { paths } from '../../urls';
import { CenterInvitationsQuery, CenterTeamQuery, InviteCenterMembersMutation, RemoveCenterMembershipMutation, UpdateCenterMembershipRoleMutation } from './team.graphql';
import { TeamRoute } from './TeamRoute';

type Role = 'ADMIN' | 'MEMBER';
const member = (id: string, user: { id: string; firstName: string; lastName: string; email: string }, role: Role) => ({
  __typename: 'CertificationCenterMembership' as const,
  id,
  role,
  user: { __typename: 'User' as const, ...user },
});
const invitation = (id: string, email: string, role: Role = 'MEMBER') => ({
  __typename: 'CertificationCenterInvitation' as const,
  id,
  email,
  role,
  createdAt: '2026-11-20T10:00:00.000Z',
  expiresAt: '2026-11-27T10:00:00.000Z',
});
const camille = { id: 'user-1', firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.net' };
const leo = { id: 'user-2', firstName: 'Léo', lastName: 'Bernard', email: 'leo.bernard@example.net' };

const teamMock = (viewerRole: Role | null, leoRole: Role | null = 'MEMBER'): MockLink.MockedResponse => ({
  request: { query: CenterTeamQuery, variables: { centerId: '5' } },
  result: {
    data: {
      certificationCenter: {
        __typename: 'CertificationCenter',
        id: '5',
        name: 'Centre Pix de Lyon',
        viewerRole,
        members: [member('cm-1', camille, 'ADMIN'), ...(leoRole ? [member('cm-2', leo, leoRole)] : [])],
      },
    },
  },
});
const invitationsMock = (...invitations: ReturnType<typeof invitation>[]): MockLink.MockedResponse => ({
  request: { query: CenterInvitationsQuery, variables: { centerId: '5' } },
  result: { data: { certificationCenter: { __typename: 'CertificationCenter', id: '5', invitations } } },
});

/** The page's live region (role status) says it. */
const announced = (message: string) => waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(message));

function renderTeam(mocks: MockLink.MockedResponse[], user = testUser) {
  return renderWithProviders(
    <Routes>
      <Route path={paths.team} element={<TeamRoute />} />
    </Routes>,
    { route: '/centres/5/equipe', title: 'Pix Certif', resources: certifResources, mocks, auth: { user } },
  );
}

describe('Pix Certif "Équipe"', () => {
  it("lists the centre's members and pending invitations, and lets its administrator invite members with a role", async () => {
    const user = userEvent.setup();
    const inviteMutation = jest.fn(() => ({
      data: { inviteCertificationCenterMembers: [invitation('i-2', 'ines.durand@example.net', 'ADMIN'), invitation('i-3', 'hugo.petit@example.net', 'ADMIN')] },
    }));
    renderTeam([
      teamMock('ADMIN'),
      invitationsMock(invitation('i-1', 'jade.roux@example.net')),
      {
        request: { query: InviteCenterMembersMutation, variables: { centerId: '5', emails: ['ines.durand@example.net', 'hugo.petit@example.net'], role: 'ADMIN' } },
        result: inviteMutation,
      },
      invitationsMock(invitation('i-1', 'jade.roux@example.net'), invitation('i-2', 'ines.durand@example.net', 'ADMIN'), invitation('i-3', 'hugo.petit@example.net', 'ADMIN')),
    ]);

    const members = await screen.findByRole('table', { name: 'Membres (2)' });
    expect(within(members).getByText('leo.bernard@example.net')).toBeInTheDocument();
    expect(within(members).getByText('(vous)')).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'jade.roux@example.net' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rôle de Léo Bernard' })).toHaveValue('MEMBER');
    expect(screen.getByRole('button', { name: 'Retirer Léo Bernard' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Inviter un membre' }));
    const dialog = screen.getByRole('dialog', { name: 'Inviter un membre' });
    await user.click(within(dialog).getByRole('button', { name: 'Inviter' }));
    expect(within(dialog).getByRole('textbox', { name: /Adresses e-mail/ })).toHaveAccessibleDescription('Saisissez au moins une adresse e-mail.');
    await user.click(within(dialog).getByRole('textbox', { name: /Adresses e-mail/ }));
    await user.paste('ines.durand@example.net, hugo.petit@example.net');
    await user.click(within(dialog).getByRole('radio', { name: 'Administrateur' }));
    await user.click(within(dialog).getByRole('button', { name: 'Inviter' }));

    await announced('2 invitations envoyées.');
    expect(inviteMutation).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('rowheader', { name: 'hugo.petit@example.net' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Inviter un membre' })).not.toBeInTheDocument();
  });

  it("lets the administrator change a member's role and remove them, each told", async () => {
    const user = userEvent.setup();
    renderTeam([
      teamMock('ADMIN'),
      invitationsMock(),
      {
        request: { query: UpdateCenterMembershipRoleMutation, variables: { membershipId: 'cm-2', role: 'ADMIN' } },
        result: { data: { updateCertificationCenterMembershipRole: { __typename: 'CertificationCenterMembership', id: 'cm-2', role: 'ADMIN' } } },
      },
      { request: { query: RemoveCenterMembershipMutation, variables: { membershipId: 'cm-2' } }, result: { data: { removeCertificationCenterMembership: true } } },
      // Asked again once Léo is removed.
      teamMock('ADMIN', null),
    ]);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Rôle de Léo Bernard' }), 'ADMIN');
    await announced('Le rôle de Léo Bernard est maintenant « administrateur ».');
    expect(screen.getByRole('combobox', { name: 'Rôle de Léo Bernard' })).toHaveValue('ADMIN');

    await user.click(screen.getByRole('button', { name: 'Retirer Léo Bernard' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Retirer Léo Bernard du centre ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Retirer' }));
    await announced('Léo Bernard a été retiré(e) du centre.');
    expect(await screen.findByRole('table', { name: 'Membres (1)' })).toBeInTheDocument();
    expect(screen.queryByText('leo.bernard@example.net')).not.toBeInTheDocument();
  });

  it('shows a member the team without any action, and the support team the invitations too, read only', async () => {
    const { unmount } = renderTeam([teamMock('MEMBER')]);
    expect(await screen.findByRole('table', { name: 'Membres (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inviter un membre' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByText(/Invitations en attente/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Quitter le centre' })).toBeInTheDocument();
    unmount();

    renderTeam([teamMock(null), invitationsMock(invitation('i-1', 'jade.roux@example.net'))], { ...testUser, id: 'user-9', platformRole: 'SUPPORT' });
    const invitations = await screen.findByRole('table', { name: /Invitations en attente/ });
    expect(within(invitations).getByText('jade.roux@example.net')).toBeInTheDocument();
    expect(within(invitations).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
