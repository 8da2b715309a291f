import { graphql } from '../../__generated__';

/** The session's candidates as its centre's members see them (the same live list as the invigilator's). */
export const FinalizationSessionQuery = graphql(`
  query FinalizationSession($sessionId: ID!) {
    supervisedSession(sessionId: $sessionId) {
      id
      date
      time
      state
      candidates {
        id
        firstName
        lastName
        status
        endScreenSeen
        numberOfQuestions
      }
    }
  }
`);

export const FinalizeSessionMutation = graphql(`
  mutation FinalizeSession($input: FinalizeSessionInput!) {
    finalizeSession(input: $input) {
      sessionId
      endedCoursesCount
      neutralizedQuestionsCount
    }
  }
`);
