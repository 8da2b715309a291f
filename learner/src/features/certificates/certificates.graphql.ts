import { graphql } from '../../__generated__';

export const CertifiedAreasFields = graphql(`
  fragment CertifiedAreasFields on CertifiedArea {
    code
    name
    competences {
      id
      code
      name
      level
    }
  }
`);

export const MyCertificationsQuery = graphql(`
  query MyCertifications {
    me {
      id
      certifications {
        id
        status
        date
        deliveredAt
        certificationCenter
        pixScore
        maxPixScore
        verificationCode
        commentForCandidate
        attestationUrl
        credentialUrl
        areas {
          ...CertifiedAreasFields
        }
      }
    }
  }
`);

export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      firstName
      lastName
      birthdate
      date
      deliveredAt
      certificationCenter
      pixScore
      maxPixScore
      verificationCode
      areas {
        ...CertifiedAreasFields
      }
    }
  }
`);
