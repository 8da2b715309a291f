import { graphql } from '../../__generated__';

/** Public: what the join page shows before accepting (INVITATION_INVALID when the code is unusable). */
export const OrganizationInvitationQuery = graphql(`
  query OrganizationInvitation($code: String!) {
    organizationInvitation(code: $code) {
      organizationName
      role
    }
  }
`);

// The user's memberships come back with the new one, so that the switcher and the home page
// know the organisation without asking again.
export const AcceptOrganizationInvitationMutation = graphql(`
  mutation AcceptOrganizationInvitation($code: String!) {
    acceptOrganizationInvitation(code: $code) {
      id
      role
      organization {
        id
        name
      }
      user {
        id
        memberships {
          id
          role
          organization {
            id
            name
            type
            uai
          }
        }
      }
    }
  }
`);
