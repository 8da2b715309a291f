import { graphql } from '../../__generated__';

export const AdminHomeQuery = graphql(`
  query AdminHome {
    me {
      id
      firstName
      lastName
      platformRole
    }
  }
`);
