import { graphql } from '../../__generated__';

export const ChallengeStatisticsQuery = graphql(`
  query AdminChallengeStatistics($first: Int, $offset: Int, $filter: ChallengeStatisticsFilterInput) {
    challengeStatistics(first: $first, offset: $offset, filter: $filter) {
      totalCount
      refreshedAt
      edges {
        node {
          id
          reference
          skillName
          competenceCode
          declaredLevel
          measuredLevel
          answers
          successRate
          skipRate
          medianTimeSeconds
          successByLevel {
            level
            answers
            successRate
            significant
          }
          flags {
            code
            reason
          }
        }
      }
    }
  }
`);

export const StatisticsCompetencesQuery = graphql(`
  query AdminStatisticsCompetences {
    competenceFramework {
      areas {
        id
        competences {
          id
          code
          name
        }
      }
    }
  }
`);

export const RefreshChallengeStatisticsMutation = graphql(`
  mutation AdminRefreshChallengeStatistics {
    refreshChallengeStatistics
  }
`);
