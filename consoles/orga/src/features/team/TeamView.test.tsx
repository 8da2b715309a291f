import { renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { orgaResources } from '../../i18n';
import { camille, invitation, leo, lycee, teamMember } from '../../testing/fixtures';
import { TeamInvitationsQuery, TeamMembersQuery } from './team.graphql';
import { TeamView } from './TeamView';

const membersMock = (viewerRole: 'ADMIN' | 'MEMBER' | null): MockLink.MockedResponse => ({
  request: { query: TeamMembersQuery, variables: { organizationId: 'org-1' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'org-1',
        name: lycee.name,
        viewerRole,
        memberships: [teamMember('m-1', camille, 'ADMIN'), teamMember('m-2', leo, 'MEMBER')],
      },
    },
  },
});

const invitationsMock: MockLink.MockedResponse = {
  request: { query: TeamInvitationsQuery, variables: { organizationId: 'org-1' } },
  result: { data: { organization: { __typename: 'Organization', id: 'org-1', invitations: [invitation('i-1', 'ines.durand@example.net')] } } },
};

function renderTeam(viewerRole: 'ADMIN' | 'MEMBER' | null, platformRole: 'SUPPORT' | null) {
  const user = { ...testUser, id: viewerRole ? 'user-1' : 'user-9', platformRole };
  return renderWithProviders(<TeamView organizationId="org-1" />, {
    title: 'Pix Orga',
    resources: orgaResources,
    mocks: [membersMock(viewerRole), invitationsMock],
    auth: { user },
  });
}

describe('"Équipe"', () => {
  it("lets the organisation's administrators invite, change roles, remove, resend and cancel", async () => {
    renderTeam('ADMIN', null);

    expect(await screen.findByRole('rowheader', { name: 'ines.durand@example.net' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inviter un membre' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rôle de Léo Bernard' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retirer Léo Bernard' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Renvoyer l'invitation à ines.durand@example.net" })).toBeInTheDocument();
  });

  it('shows the support team the members and pending invitations, without any action the API would refuse it', async () => {
    renderTeam(null, 'SUPPORT');

    const invitations = await screen.findByRole('table', { name: /Invitations en attente/ });
    expect(within(invitations).getByText('ines.durand@example.net')).toBeInTheDocument();
    expect(within(invitations).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    const members = screen.getByRole('table', { name: /Membres/ });
    expect(within(members).getByText('Léo')).toBeInTheDocument();
    expect(within(members).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
