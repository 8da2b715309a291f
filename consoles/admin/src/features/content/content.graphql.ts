import { graphql } from '../../__generated__';

export const ContentTreeQuery = graphql(`
  query AdminContentTree {
    contentTree {
      version
      areas {
        id
        code
        name
      }
      competences {
        id
        areaId
        code
        name
      }
      tubes {
        id
        competenceId
        name
        title
      }
      skills {
        id
        tubeId
        name
        level
        challengeCount
      }
    }
  }
`);

export const ContentChallengesQuery = graphql(`
  query AdminContentChallenges($first: Int, $offset: Int, $filter: ContentChallengesFilter) {
    contentChallenges(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          reference
          type
          status
          level
          skillName
          tubeTitle
          competenceCode
          instruction
          timer
          hasFile
          hasIllustration
          hasEmbed
          hasEnglish
        }
      }
    }
  }
`);

export const AnswerCheckFields = graphql(`
  fragment AnswerCheckFields on PreviewAnswerResult {
    result
    problem
    details {
      field
      label
      answer
      expected
      group
      matched
      variant
      tolerance
      reason
    }
  }
`);

export const ContentChallengeQuery = graphql(`
  query AdminContentChallenge($id: ID!) {
    contentChallenge(id: $id) {
      id
      reference
      type
      status
      solution
      fields
      tolerancesOff
      timer
      instructionFr
      instructionEn
      exampleCorrectAnswer
      preview {
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
        timer
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
      skill {
        id
        name
        level
        hint
        tube {
          id
          name
          title
        }
        competence {
          id
          code
          name
        }
      }
      alternatives {
        id
        reference
        type
        status
      }
      tutorials {
        id
        title
        source
        format
        duration
        link
        locale
        learnMore
      }
    }
  }
`);

export const TryChallengeAnswerQuery = graphql(`
  query AdminTryChallengeAnswer($challengeId: ID!, $value: String!) {
    tryChallengeAnswer(challengeId: $challengeId, value: $value) {
      ...AnswerCheckFields
    }
  }
`);

export const PreviewAnswerQuery = graphql(`
  query AdminPreviewAnswer($input: PreviewAnswerInput!) {
    previewAnswer(input: $input) {
      ...AnswerCheckFields
    }
  }
`);
