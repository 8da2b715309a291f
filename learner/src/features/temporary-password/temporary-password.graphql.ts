import { graphql } from '../../__generated__';

// The same selection as the shared `Session` fragment (what AuthProvider's logIn keeps): the
// payload goes to Session.start. The refresh token stays in the server's httpOnly cookie.
export const ChangeExpiredPasswordMutation = graphql(`
  mutation ChangeExpiredPassword($input: ChangeExpiredPasswordInput!) {
    changeExpiredPassword(input: $input) {
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
`);
