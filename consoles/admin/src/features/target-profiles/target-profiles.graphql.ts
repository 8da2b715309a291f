import { graphql } from '../../__generated__';

export const AdminTargetProfilesQuery = graphql(`
  query AdminTargetProfiles($first: Int, $offset: Int, $filter: AdminTargetProfilesFilter) {
    adminTargetProfiles(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          category
          categoryLabel
          isPublic
          organizationCount
          campaignCount
          createdAt
        }
      }
    }
  }
`);

export const BuilderFrameworkQuery = graphql(`
  query TargetProfileBuilderFramework {
    targetProfileBuilderFramework {
      id
      code
      name
      areaName
      tubes {
        id
        title
        estimatedQuestionsByLevelCap
        skills {
          id
          name
          level
        }
      }
    }
  }
`);

export const AdminTargetProfileFields = graphql(`
  fragment AdminTargetProfileFields on AdminTargetProfile {
    id
    name
    category
    categoryLabel
    description
    comment
    imageUrl
    isPublic
    ownerOrganizationId
    createdAt
    tubeCount
    skillCount
    estimatedQuestionCount
    isUsedByCampaigns
    tubes {
      tubeId
      title
      competenceCode
      levelCap
      skills {
        id
        name
        level
      }
    }
    organizations {
      id
      name
      type
      externalId
      archivedAt
    }
    campaigns {
      id
      name
      code
      organizationId
      organizationName
      archivedAt
      createdAt
    }
  }
`);

export const AdminTargetProfileQuery = graphql(`
  query AdminTargetProfile($id: ID!) {
    adminTargetProfile(id: $id) {
      ...AdminTargetProfileFields
    }
  }
`);

export const CreateTargetProfileMutation = graphql(`
  mutation AdminCreateTargetProfile($input: CreateTargetProfileInput!) {
    createTargetProfile(input: $input) {
      ...AdminTargetProfileFields
    }
  }
`);

export const UpdateTargetProfileMutation = graphql(`
  mutation AdminUpdateTargetProfile($input: UpdateTargetProfileInput!) {
    updateTargetProfile(input: $input) {
      ...AdminTargetProfileFields
    }
  }
`);

export const CopyTargetProfileMutation = graphql(`
  mutation AdminCopyTargetProfile($id: ID!) {
    copyTargetProfile(id: $id) {
      ...AdminTargetProfileFields
    }
  }
`);

export const AttachTargetProfileMutation = graphql(`
  mutation AdminAttachTargetProfile($input: TargetProfileOrganizationsInput!) {
    attachTargetProfileToOrganizations(input: $input) {
      ...AdminTargetProfileFields
    }
  }
`);

export const DetachTargetProfileMutation = graphql(`
  mutation AdminDetachTargetProfile($input: TargetProfileOrganizationsInput!) {
    detachTargetProfileFromOrganizations(input: $input) {
      ...AdminTargetProfileFields
    }
  }
`);
