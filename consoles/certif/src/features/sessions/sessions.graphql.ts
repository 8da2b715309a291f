import { graphql } from '../../__generated__';

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on CertificationSession {
    id
    number
    address
    room
    date
    time
    examiner
    description
    accessCode
    invigilatorPassword
    state
    candidateCount
    isEditable
    lockReason
  }
`);

export const CenterSessionsQuery = graphql(`
  query CenterSessions($centerId: ID!, $first: Int, $offset: Int) {
    certificationCenter(id: $centerId) {
      id
      name
      type
      viewerRole
      sessions(first: $first, offset: $offset) {
        totalCount
        edges {
          node {
            id
            number
            date
            time
            room
            state
            candidateCount
          }
        }
      }
    }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation CreateCertificationSession($input: CreateCertificationSessionInput!) {
    createCertificationSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateCertificationSession($input: UpdateCertificationSessionInput!) {
    updateCertificationSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const DeleteSessionMutation = graphql(`
  mutation DeleteCertificationSession($sessionId: ID!) {
    deleteCertificationSession(sessionId: $sessionId)
  }
`);
