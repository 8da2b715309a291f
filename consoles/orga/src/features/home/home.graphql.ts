import { graphql } from '../../__generated__';

export const OrgaHomeQuery = graphql(`
  query OrgaHome {
    me {
      id
      firstName
      lastName
    }
  }
`);
