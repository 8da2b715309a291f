import { graphql } from '../__generated__';

/** Who is logged in and the organisations they belong to (home redirect, organisation switcher). */
export const OrgaMembershipsQuery = graphql(`
  query OrgaMemberships {
    me {
      id
      firstName
      lastName
      memberships {
        id
        role
        organization {
          id
          name
          type
          uai
          isManagingStudents
        }
      }
    }
  }
`);
