import { graphql } from '../../__generated__';

export const DashboardQuery = graphql(`
  query Dashboard {
    me {
      id
      firstName
      lastName
      profile {
        pixScore
        maxPixScore
        competences {
          competence {
            id
            code
            name
            area {
              id
              code
              name
              color
            }
          }
          level
          pixScore
          pixToNextLevel
          maxLevel
          status
        }
      }
      campaignParticipations {
        ...ParticipationSummary
      }
    }
  }
`);
