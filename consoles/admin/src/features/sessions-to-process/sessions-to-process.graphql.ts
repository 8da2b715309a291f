import { graphql } from '../../__generated__';

/** "Sessions à traiter": finalised sessions not yet published, the oldest finalisation first, one page. */
export const SessionsToProcessQuery = graphql(`
  query SessionsToProcess($first: Int!, $offset: Int, $filter: SessionsToProcessFilter) {
    sessionsToProcess(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          number
          date
          time
          finalizedAt
          candidateCount
          joinedCount
          hasIncidentsOrReports
          certificationCenter {
            id
            name
            type
          }
          assignedTo {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

export const AssignSessionToMeMutation = graphql(`
  mutation AssignSessionToMe($sessionId: ID!) {
    assignSessionToMe(sessionId: $sessionId) {
      id
      state
      assignedAt
      assignedTo {
        id
        firstName
        lastName
      }
    }
  }
`);
