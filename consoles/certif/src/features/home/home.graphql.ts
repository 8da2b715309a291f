import { graphql } from '../../__generated__';

export const CertifHomeQuery = graphql(`
  query CertifHome {
    me {
      id
      firstName
      lastName
    }
  }
`);
