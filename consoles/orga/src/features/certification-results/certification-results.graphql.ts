import { graphql } from '../../__generated__';

export const CertificationResultsQuery = graphql(`
  query OrgaCertificationResults($organizationId: ID!, $division: String, $withResults: Boolean!) {
    organization(id: $organizationId) {
      id
      name
      type
      certificationResultDivisions
      certificationResults(division: $division) @include(if: $withResults) {
        id
        status
        firstName
        lastName
        birthdate
        division
        pixScore
        date
        verificationCode
        competences {
          id
          code
          level
        }
      }
    }
  }
`);

export const CertificationResultsLinksQuery = graphql(`
  query OrgaCertificationResultsLinks($organizationId: ID!, $division: String!) {
    organization(id: $organizationId) {
      id
      certificationResultsCsvUrl(division: $division)
      certificationAttestationsUrl(division: $division)
    }
  }
`);
