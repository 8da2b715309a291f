import { graphql } from '../../__generated__';

/** A row of the campaigns grid. */
export const CampaignListItemFragment = graphql(`
  fragment CampaignListItem on Campaign {
    id
    code
    name
    type
    archivedAt
    createdAt
    targetProfile {
      id
      name
    }
    creator {
      firstName
      lastName
    }
    participationStats {
      total
      shared
    }
  }
`);

/** Everything the campaign page shows today: its header and "Paramètres". */
export const CampaignDetailsFragment = graphql(`
  fragment CampaignDetails on Campaign {
    id
    code
    name
    type
    archivedAt
    createdAt
    directUrl
    idPixLabel
    idPixType
    multipleSendings
    customLandingPageText
    targetProfile {
      id
      name
    }
    creator {
      firstName
      lastName
    }
  }
`);

/** One page of the grid (newest first, on the server): `offset` jumps to any page. */
export const CampaignsQuery = graphql(`
  query Campaigns($organizationId: ID!, $first: Int!, $offset: Int!, $filter: CampaignFilter) {
    organization(id: $organizationId) {
      id
      name
      campaigns(first: $first, offset: $offset, filter: $filter) {
        totalCount
        edges {
          node {
            ...CampaignListItem
          }
        }
      }
    }
  }
`);

/** "Créer une campagne": the parcours this organisation may use. */
export const CampaignCreationQuery = graphql(`
  query CampaignCreation($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      targetProfiles {
        id
        name
        category
        categoryLabel
        description
        tubeCount
        skillCount
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignDetails
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignDetails
    }
  }
`);

export const ArchiveCampaignMutation = graphql(`
  mutation ArchiveCampaign($campaignId: ID!) {
    archiveCampaign(campaignId: $campaignId) {
      id
      archivedAt
    }
  }
`);

export const UnarchiveCampaignMutation = graphql(`
  mutation UnarchiveCampaign($campaignId: ID!) {
    unarchiveCampaign(campaignId: $campaignId) {
      id
      archivedAt
    }
  }
`);
