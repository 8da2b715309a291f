import { graphql } from '../__generated__';

export const CertifMembershipsQuery = graphql(`
  query CertifMemberships {
    me {
      id
      firstName
      lastName
      certificationCenterMemberships {
        id
        role
        certificationCenter {
          id
          name
          type
        }
      }
    }
  }
`);
