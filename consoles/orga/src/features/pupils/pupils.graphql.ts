import { graphql } from '../../__generated__';

export const PupilFieldsFragment = graphql(`
  fragment PupilFields on OrganizationLearner {
    id
    lastName
    firstName
    birthdate
    division
    username
    authenticationMethods
    accountManagedBySchool
  }
`);

export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    state
    progress
    pupilsAdded
    pupilsUpdated
    pupilsLeft
    addedPupils {
      firstName
      lastName
      division
    }
    leftPupils {
      firstName
      lastName
      division
    }
    errors {
      code
      line
      message
    }
  }
`);

/** The school itself: its name, the viewer's role and its classes (the class filter). */
export const PupilsOrganizationQuery = graphql(`
  query PupilsOrganization($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      isManagingStudents
      viewerRole
      divisions
    }
  }
`);

/** One page of the grid: `offset` jumps to any page, `orderBy` sorts on the server. */
export const PupilsQuery = graphql(`
  query Pupils($organizationId: ID!, $first: Int!, $offset: Int!, $filter: LearnerFilter, $orderBy: LearnerOrder) {
    organization(id: $organizationId) {
      id
      learners(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
        totalCount
        edges {
          node {
            ...PupilFields
          }
        }
      }
    }
  }
`);

/** Sent as a multipart request (see upload-siecle-file.ts), never through the Apollo link. */
export const ImportSiecleFileMutation = graphql(`
  mutation ImportSiecleFile($organizationId: ID!, $file: Upload!) {
    importSiecleFile(organizationId: $organizationId, file: $file) {
      ...ImportJobFields
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

export const GenerateUsernamesMutation = graphql(`
  mutation GenerateUsernames($organizationId: ID!, $learnerIds: [ID!]!) {
    generateUsernamesWithTemporaryPasswords(organizationId: $organizationId, learnerIds: $learnerIds) {
      fileName
      csv
      credentials {
        username
        temporaryPassword
        learner {
          ...PupilFields
        }
      }
      alreadyWithUsername {
        ...PupilFields
      }
      accountsNotManaged {
        reason
        message
        learner {
          ...PupilFields
        }
      }
    }
  }
`);

export const ResetLearnerPasswordMutation = graphql(`
  mutation ResetLearnerPassword($organizationId: ID!, $learnerId: ID!) {
    resetLearnerPassword(organizationId: $organizationId, learnerId: $learnerId) {
      username
      temporaryPassword
      learner {
        ...PupilFields
      }
    }
  }
`);
