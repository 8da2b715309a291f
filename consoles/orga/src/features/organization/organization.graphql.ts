import { graphql } from '../../__generated__';

export const OrganizationHomeQuery = graphql(`
  query OrganizationHome($id: ID!) {
    organization(id: $id) {
      id
      name
      type
      uai
      isManagingStudents
      viewerRole
    }
  }
`);
