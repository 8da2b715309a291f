import { graphql } from '../../__generated__';

export const UsersQuery = graphql(`
  query AdminUsers($first: Int, $offset: Int, $filter: UsersFilter) {
    users(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          firstName
          lastName
          email
          username
          platformRole
          createdAt
          lastLoggedAt
          anonymizedAt
        }
      }
    }
  }
`);

export const AdminUserFields = graphql(`
  fragment AdminUserFields on AdminUser {
    id
    firstName
    lastName
    email
    username
    locale
    platformRole
    createdAt
    lastLoggedAt
    anonymizedAt
    loginMethods {
      method
      identifier
      lastUsedAt
    }
    logInThrottle {
      attempts
      maxAttempts
      blockedUntil
    }
    organizationMemberships {
      id
      organizationId
      organizationName
      organizationType
      role
    }
    organizationLearners {
      id
      organizationName
      firstName
      lastName
      division
      isDisabled
    }
    certificationCenterMemberships {
      id
      certificationCenterName
      role
    }
    campaignParticipations {
      id
      campaignName
      campaignCode
      organizationName
      status
      createdAt
      sharedAt
    }
    certificationCourses {
      id
      sessionId
      sessionDate
      certificationCenterName
      state
    }
  }
`);

export const AdminUserQuery = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ...AdminUserFields
    }
    me {
      id
      platformRole
    }
  }
`);

export const UnblockUserMutation = graphql(`
  mutation UnblockUser($id: ID!, $reason: String!) {
    unblockUser(id: $id, reason: $reason) {
      ...AdminUserFields
    }
  }
`);

export const RemoveLoginMethodMutation = graphql(`
  mutation RemoveLoginMethod($input: RemoveLoginMethodInput!) {
    removeLoginMethod(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const SendPasswordResetEmailMutation = graphql(`
  mutation SendPasswordResetEmail($input: SendPasswordResetEmailInput!) {
    sendPasswordResetEmail(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const AnonymizeUserMutation = graphql(`
  mutation AnonymizeUser($input: AnonymizeUserInput!) {
    anonymizeUser(input: $input) {
      ...AdminUserFields
    }
  }
`);
