import { graphql } from '../__generated__';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    firstName
    lastName
    email
    username
    locale
    platformRole
    mustChangePassword
  }
`);

// The refresh token is never selected: it lives in the httpOnly cookie set by the server.
export const SessionFragment = graphql(`
  fragment Session on AuthPayload {
    accessToken
    accessTokenExpiresAt
    user {
      id
      ...SessionUser
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...Session
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...Session
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...Session
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
