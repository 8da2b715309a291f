import { graphql } from '../../__generated__';

export const CertificationProfileQuery = graphql(`
  query CertificationProfile {
    me {
      id
      profile {
        isCertifiable
        certifiableCompetencesCount
        requiredCertifiableCompetencesCount
      }
    }
  }
`);
