import { graphql } from '../../__generated__';

export const CenterInvitationFieldsFragment = graphql(`
  fragment CenterInvitationFields on CertificationCenterInvitation {
    id
    email
    role
    createdAt
    expiresAt
  }
`);

export const CenterTeamQuery = graphql(`
  query CenterTeam($centerId: ID!) {
    certificationCenter(id: $centerId) {
      id
      name
      viewerRole
      members {
        id
        role
        user {
          ...TeamMemberUser
        }
      }
    }
  }
`);

export const CenterInvitationsQuery = graphql(`
  query CenterInvitations($centerId: ID!) {
    certificationCenter(id: $centerId) {
      id
      invitations {
        ...CenterInvitationFields
      }
    }
  }
`);

export const InviteCenterMembersMutation = graphql(`
  mutation InviteCenterMembers($centerId: ID!, $emails: [String!]!, $role: CertificationCenterRole) {
    inviteCertificationCenterMembers(certificationCenterId: $centerId, emails: $emails, role: $role) {
      ...CenterInvitationFields
    }
  }
`);

export const ResendCenterInvitationMutation = graphql(`
  mutation ResendCenterInvitation($invitationId: ID!) {
    resendCertificationCenterInvitation(invitationId: $invitationId) {
      id
      expiresAt
    }
  }
`);

export const CancelCenterInvitationMutation = graphql(`
  mutation CancelCenterInvitation($invitationId: ID!) {
    cancelCertificationCenterInvitation(invitationId: $invitationId)
  }
`);

export const UpdateCenterMembershipRoleMutation = graphql(`
  mutation UpdateCenterMembershipRole($membershipId: ID!, $role: CertificationCenterRole!) {
    updateCertificationCenterMembershipRole(membershipId: $membershipId, role: $role) {
      id
      role
    }
  }
`);

export const RemoveCenterMembershipMutation = graphql(`
  mutation RemoveCenterMembership($membershipId: ID!) {
    removeCertificationCenterMembership(membershipId: $membershipId)
  }
`);

export const CenterInvitationPreviewQuery = graphql(`
  query CenterInvitationPreview($code: String!) {
    certificationCenterInvitation(code: $code) {
      certificationCenterName
      role
    }
  }
`);

export const AcceptCenterInvitationMutation = graphql(`
  mutation AcceptCenterInvitation($code: String!) {
    acceptCertificationCenterInvitation(code: $code) {
      id
      role
    }
  }
`);
