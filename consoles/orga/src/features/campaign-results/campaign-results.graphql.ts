import { graphql } from '../../__generated__';

/** "Activité": the split of the participations by state (polled while the page is visible). */
export const CampaignActivityQuery = graphql(`
  query CampaignActivity($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      type
      participationStats {
        total
        started
        toShare
        shared
      }
    }
  }
`);

/** A row of "Participants": what the list shows of a participation (results once sent). */
export const CampaignParticipationRowFragment = graphql(`
  fragment CampaignParticipationRow on CampaignParticipation {
    id
    status
    participantExternalId
    createdAt
    sharedAt
    masteryRate
    pixScore
    isCertifiable
    certifiableCompetencesCount
    progress
    participant {
      firstName
      lastName
      division
    }
  }
`);

/** "Participants": the campaign (its type decides the columns) and one page, cut and filtered on the server. */
export const CampaignParticipantsQuery = graphql(`
  query CampaignParticipants($campaignId: ID!, $first: Int!, $offset: Int!, $filter: CampaignParticipationFilter) {
    campaign(id: $campaignId) {
      id
      type
      idPixLabel
      participations(first: $first, offset: $offset, filter: $filter) {
        totalCount
        edges {
          node {
            ...CampaignParticipationRow
          }
        }
      }
    }
  }
`);

/** The classes of the school (the class filter of "Participants"). */
export const CampaignParticipantsDivisionsQuery = graphql(`
  query CampaignParticipantsDivisions($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      divisions
    }
  }
`);

/** A participant's detail: an assessment's results per competence, as sent. */
export const CampaignParticipationResultsQuery = graphql(`
  query CampaignParticipationResults($participationId: ID!) {
    campaignParticipation(id: $participationId) {
      id
      status
      results {
        masteryRate
        validatedSkillsCount
        targetedSkillsCount
        competences {
          competence {
            id
            code
            name
          }
          masteryRate
          validatedSkillsCount
          targetedSkillsCount
        }
      }
    }
  }
`);

/** "Résultats collectifs" of an assessment (null for a profiles collection). */
export const CampaignCollectiveResultsQuery = graphql(`
  query CampaignCollectiveResults($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      type
      collectiveResults {
        sharedParticipationsCount
        competences {
          competence {
            id
            code
            name
          }
          areaCode
          areaName
          targetedSkillsCount
          validatedSkillsCount
          averageValidatedSkills
          masteryRate
        }
      }
    }
  }
`);

/** "Analyse": the recommended topics of an assessment, most recommended first (null for a profiles collection). */
export const CampaignAnalysisQuery = graphql(`
  query CampaignAnalysis($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      type
      analysis {
        tubes {
          tube {
            id
            name
            practicalTitle
          }
          competence {
            id
            code
            name
          }
          averageScore
          level
          levelLabel
          tutorials {
            id
            title
            link
            format
            duration
            source
          }
        }
      }
    }
  }
`);

/** "Exporter les résultats (.csv)": a fresh signed link (valid a few minutes), asked at each click. */
export const CampaignCsvExportUrlQuery = graphql(`
  query CampaignCsvExportUrl($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      csvExportUrl
    }
  }
`);
