import { graphql } from '../../__generated__';

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on OrganizationInvitation {
    id
    email
    role
    createdAt
    expiresAt
  }
`);

export const TeamMembersQuery = graphql(`
  query TeamMembers($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      viewerRole
      memberships {
        id
        role
        user {
          ...TeamMemberUser
        }
      }
    }
  }
`);

/** Pending invitations: administrators and the support team only (FORBIDDEN for a member). */
export const TeamInvitationsQuery = graphql(`
  query TeamInvitations($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      invitations {
        ...InvitationFields
      }
    }
  }
`);

export const InviteMembersMutation = graphql(`
  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {
    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) {
      ...InvitationFields
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) {
      ...InvitationFields
    }
  }
`);

export const CancelInvitationMutation = graphql(`
  mutation CancelInvitation($invitationId: ID!) {
    cancelInvitation(invitationId: $invitationId)
  }
`);

// The organisation's viewerRole comes back too: an administrator may make themselves a member.
export const UpdateMembershipRoleMutation = graphql(`
  mutation UpdateMembershipRole($membershipId: ID!, $role: MembershipRole!) {
    updateMembershipRole(membershipId: $membershipId, role: $role) {
      id
      role
      organization {
        id
        viewerRole
      }
    }
  }
`);

/** Removes a member (administrators), or leaves the organisation (one's own membership). */
export const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($membershipId: ID!) {
    removeMembership(membershipId: $membershipId)
  }
`);
