import { graphql } from '../../__generated__';

export const ChallengeFieldsFragment = graphql(`
  fragment ChallengeFields on Challenge {
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
`);

/** The checkpoint an answer's result carries: the answers and their results (tutorials come with CheckpointDetailsQuery). */
export const CheckpointFieldsFragment = graphql(`
  fragment CheckpointFields on Checkpoint {
    isFinal
    answers {
      answer {
        id
        result
      }
      challenge {
        id
        instruction
      }
      yourAnswer
      expectedAnswer
    }
  }
`);

/** The test as a reload finds it, with the checkpoint the learner has not gone past yet (never the current challenge: see CurrentChallengeQuery). */
export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      id
      type
      state
      answeredCount
      progress
      competence {
        id
        name
      }
      campaignParticipation {
        id
        status
        campaign {
          ...ParticipationCampaignFields
        }
      }
      pendingCheckpoint {
        ...CheckpointFields
      }
    }
  }
`);

/**
 * The current challenge, asked apart from the test: reading it goes past a pending checkpoint (and
 * starts a timed challenge's clock), so it is asked only when no checkpoint is to be shown. With the
 * number of answers, for the challenge's number to change with the challenge, in the same render.
 */
export const CurrentChallengeQuery = graphql(`
  query CurrentChallenge($id: ID!) {
    assessment(id: $id) {
      id
      answeredCount
      currentChallenge {
        ...ChallengeFields
      }
    }
  }
`);

/*
 * The last checkpoint with the tutorials of each answer ("Réponses et tutos"), in two queries: with
 * two lists of tutorials per answer, one query would weigh nearly all of the API's complexity budget.
 */

/** The last checkpoint's answers with their "Comprendre" tutorials. */
export const CheckpointDetailsQuery = graphql(`
  query CheckpointDetails($id: ID!) {
    assessment(id: $id) {
      id
      lastCheckpoint {
        ...CheckpointFields
        answers {
          answer {
            id
          }
          tutorials {
            ...TutorialFields
          }
        }
      }
    }
  }
`);

/** The last checkpoint's "En savoir plus" tutorials. */
export const CheckpointLearnMoreQuery = graphql(`
  query CheckpointLearnMore($id: ID!) {
    assessment(id: $id) {
      id
      lastCheckpoint {
        answers {
          answer {
            id
          }
          learnMoreTutorials {
            ...TutorialFields
          }
        }
      }
    }
  }
`);

export const StartCompetenceEvaluationMutation = graphql(`
  mutation StartCompetenceEvaluation($competenceId: ID!) {
    startCompetenceEvaluation(competenceId: $competenceId) {
      id
      state
    }
  }
`);

export const AnswerChallengeMutation = graphql(`
  mutation AnswerChallenge($input: AnswerChallengeInput!) {
    answerChallenge(input: $input) {
      answer {
        id
        result
      }
      assessment {
        id
        state
        answeredCount
        progress
      }
      nextChallenge {
        ...ChallengeFields
      }
      checkpoint {
        ...CheckpointFields
      }
    }
  }
`);
