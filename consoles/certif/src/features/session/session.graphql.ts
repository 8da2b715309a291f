import { graphql } from '../../__generated__';

export const CandidateFieldsFragment = graphql(`
  fragment CandidateFields on CertificationCandidate {
    id
    firstName
    lastName
    birthdate
    sex
    birthCity
    birthInseeCode
    birthPostalCode
    birthCountry
    extraTimePercentage
    resultRecipientEmail
    externalId
    isSchoolPupil
    hasJoined
  }
`);

export const SessionQuery = graphql(`
  query CertificationSessionPage($sessionId: ID!) {
    certificationSession(id: $sessionId) {
      ...SessionFields
      certificationCenter {
        id
        name
        type
      }
      candidates {
        ...CandidateFields
      }
    }
  }
`);

export const EnrolablePupilsQuery = graphql(`
  query EnrolablePupils($sessionId: ID!, $division: String) {
    enrolablePupils(sessionId: $sessionId, division: $division) {
      divisions
      pupils {
        id
        firstName
        lastName
        birthdate
        division
        alreadyEnrolled
      }
    }
  }
`);

export const EnrolStudentsMutation = graphql(`
  mutation EnrolStudents($input: EnrolStudentsInput!) {
    enrolStudentsToSession(input: $input) {
      ...CandidateFields
    }
  }
`);

export const AddCandidateMutation = graphql(`
  mutation AddCertificationCandidate($input: AddCertificationCandidateInput!) {
    addCertificationCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);

export const UpdateCandidateMutation = graphql(`
  mutation UpdateCertificationCandidate($input: UpdateCertificationCandidateInput!) {
    updateCertificationCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);

export const RemoveCandidateMutation = graphql(`
  mutation RemoveCertificationCandidate($candidateId: ID!) {
    removeCertificationCandidate(candidateId: $candidateId)
  }
`);

export const ImportCandidatesMutation = graphql(`
  mutation ImportCertificationCandidates($sessionId: ID!, $file: Upload!) {
    importCertificationCandidates(sessionId: $sessionId, file: $file) {
      importedCount
      summary
      problems {
        line
        field
        message
      }
    }
  }
`);

export const CertificationCountriesQuery = graphql(`
  query CertificationCountries {
    certificationCountries {
      code
      name
      aliases
    }
  }
`);
