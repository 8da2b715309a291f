import { graphql } from '../../__generated__';

/** Everything the jury's page of a certification shows; every jury action answers it again (re-scored). */
export const JuryCourseFieldsFragment = graphql(`
  fragment JuryCourseFields on JuryCertificationCourse {
    id
    sessionId
    state
    endReason
    startedAt
    endedAt
    verificationCode
    juryDecision
    commentForCandidate
    commentForOrganization
    isPublished
    candidate {
      id
      firstName
      lastName
      birthdate
      sex
      birthCity
      birthInseeCode
      birthPostalCode
      birthCountry
      externalId
      extraTimePercentage
    }
    questions {
      number
      challengeId
      skillName
      competenceCode
      answerValue
      result
      isNeutralized
      neutralizedBy
      neutralizedByName
      challenge {
        id
        type
        instruction
        proposals
        fields {
          name
          label
          format
          options
        }
        illustration {
          url
          alt
        }
        attachment {
          url
          fileName
          size
        }
        embed {
          url
          title
          height
        }
      }
    }
    problemReports {
      id
      questionNumber
      category
      status
      createdAt
    }
    incidents {
      id
      code
      questionNumber
      comment
    }
    scoring {
      status
      reason
      pixScore
      correct
      counted
      reproducibilityRate
      trigger
      createdAt
      competenceMarks {
        competenceId
        code
        name
        level
        pix
        questions
        correct
        neutralized
      }
    }
    history {
      id
      action
      createdAt
      actorName
      before
      after
    }
  }
`);

export const JuryCertificationQuery = graphql(`
  query JuryCertification($id: ID!) {
    certificationCourseForJury(id: $id) {
      ...JuryCourseFields
      session {
        id
        number
        date
        certificationCenter {
          id
          name
        }
      }
    }
  }
`);

export const NeutralizeChallengeMutation = graphql(`
  mutation NeutralizeChallenge($input: JuryChallengeInput!) {
    neutralizeChallenge(input: $input) {
      ...JuryCourseFields
    }
  }
`);

export const DeneutralizeChallengeMutation = graphql(`
  mutation DeneutralizeChallenge($input: JuryChallengeInput!) {
    deneutralizeChallenge(input: $input) {
      ...JuryCourseFields
    }
  }
`);

export const CancelCertificationMutation = graphql(`
  mutation CancelCertification($id: ID!) {
    cancelCertification(id: $id) {
      ...JuryCourseFields
    }
  }
`);

export const UncancelCertificationMutation = graphql(`
  mutation UncancelCertification($id: ID!) {
    uncancelCertification(id: $id) {
      ...JuryCourseFields
    }
  }
`);

export const RejectCertificationForFraudMutation = graphql(`
  mutation RejectCertificationForFraud($id: ID!) {
    rejectCertificationForFraud(id: $id) {
      ...JuryCourseFields
    }
  }
`);

export const UnrejectCertificationMutation = graphql(`
  mutation UnrejectCertification($id: ID!) {
    unrejectCertification(id: $id) {
      ...JuryCourseFields
    }
  }
`);

export const UpdateJuryCommentsMutation = graphql(`
  mutation UpdateJuryComments($input: UpdateJuryCommentsInput!) {
    updateJuryComments(input: $input) {
      ...JuryCourseFields
    }
  }
`);

export const UpdateCandidateInformationMutation = graphql(`
  mutation UpdateCandidateInformation($input: UpdateCertificationCandidateInformationInput!) {
    updateCertificationCandidateInformation(input: $input) {
      ...JuryCourseFields
    }
  }
`);
