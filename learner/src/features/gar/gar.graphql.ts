import { graphql } from '../../__generated__';

export const CompleteGarSignInMutation = graphql(`
  mutation CompleteGarSignIn($input: CompleteGarSignInInput!) {
    completeGarSignIn(input: $input) {
      campaignCode
      session {
        accessToken
        accessTokenExpiresAt
        user {
          id
          firstName
          lastName
          email
          username
          locale
          platformRole
          mustChangePassword
        }
      }
    }
  }
`);

export const GarSignOutUrlQuery = graphql(`
  query GarSignOutUrl {
    garSignOutUrl
  }
`);

export const GarSessionQuery = graphql(`
  query GarSession {
    garSession
  }
`);
