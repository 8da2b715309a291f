import { graphql } from '../../__generated__';

export const OrganizationsQuery = graphql(`
  query AdminOrganizations($first: Int, $offset: Int, $filter: OrganizationsFilter) {
    organizations(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          type
          uai
          externalId
          archivedAt
          tags {
            id
            name
          }
        }
      }
    }
  }
`);

export const TagsQuery = graphql(`
  query AdminTags {
    tags {
      id
      name
    }
  }
`);

export const OrganizationQuery = graphql(`
  query AdminOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      type
      uai
      email
      isManagingStudents
      provinceCode
      externalId
      archivedAt
      createdAt
      tags {
        id
        name
      }
      memberships {
        id
        role
        user {
          id
          firstName
          lastName
          email
        }
      }
      invitations {
        id
        email
        role
        createdAt
        expiresAt
      }
      targetProfiles {
        id
        name
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation AdminUpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      type
      uai
      email
      isManagingStudents
      provinceCode
      externalId
      tags {
        id
        name
      }
    }
  }
`);

export const ArchiveOrganizationMutation = graphql(`
  mutation AdminArchiveOrganization($id: ID!) {
    archiveOrganization(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AddOrganizationMemberMutation = graphql(`
  mutation AdminAddOrganizationMember($input: AddOrganizationMemberInput!) {
    addOrganizationMember(input: $input) {
      id
      role
    }
  }
`);

export const ChangeOrganizationMemberRoleMutation = graphql(`
  mutation AdminChangeOrganizationMemberRole($input: ChangeOrganizationMemberRoleInput!) {
    changeOrganizationMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemoveOrganizationMemberMutation = graphql(`
  mutation AdminRemoveOrganizationMember($input: RemoveOrganizationMemberInput!) {
    removeOrganizationMember(input: $input)
  }
`);
