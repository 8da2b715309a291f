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
        }
      }
    }
  }
`);
