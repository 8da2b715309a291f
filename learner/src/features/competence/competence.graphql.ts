import { graphql } from '../../__generated__';

export const CompetenceDetailsQuery = graphql(`
  query CompetenceDetails($id: ID!) {
    competence(id: $id) {
      id
      code
      name
      description
      area {
        id
        code
        name
        color
      }
    }
    me {
      id
      profile {
        competences {
          competence {
            id
          }
          level
          pixScore
          pixToNextLevel
          maxLevel
          status
          assessmentId
          canRetry
          retryAvailableInDays
          canReset
          resetAvailableInDays
        }
      }
    }
  }
`);

export const RetryCompetenceMutation = graphql(`
  mutation RetryCompetence($competenceId: ID!) {
    retryCompetence(competenceId: $competenceId) {
      id
      state
    }
  }
`);

export const ResetCompetenceMutation = graphql(`
  mutation ResetCompetence($competenceId: ID!) {
    resetCompetence(competenceId: $competenceId) {
      id
      state
    }
  }
`);
