import { graphql } from '../../__generated__';

/** A session as the jury sees it: centre, date, invigilator, finalisation, candidates' results, incidents, reports. */
export const JurySessionQuery = graphql(`
  query JurySession($id: ID!) {
    certificationSession(id: $id) {
      id
      number
      date
      time
      address
      room
      examiner
      state
      finalizedAt
      finalizationComment
      publishedAt
      assignedAt
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
      juryCertifications {
        certificationCourseId
        candidateId
        firstName
        lastName
        birthdate
        status
        reason
        pixScore
        juryDecision
        endReason
      }
      juryIncidents {
        id
        candidateName
        code
        questionNumber
        comment
      }
      juryProblemReports {
        id
        certificationCourseId
        candidateName
        questionNumber
        category
        status
        createdAt
      }
    }
  }
`);

export const PublishSessionMutation = graphql(`
  mutation PublishSession($sessionId: ID!) {
    publishSession(sessionId: $sessionId) {
      id
      state
      publishedAt
    }
  }
`);

export const UnpublishSessionMutation = graphql(`
  mutation UnpublishSession($sessionId: ID!) {
    unpublishSession(sessionId: $sessionId) {
      id
      state
      publishedAt
    }
  }
`);
