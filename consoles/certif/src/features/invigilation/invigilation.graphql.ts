import { graphql } from '../../__generated__';

export const LiveCandidateFieldsFragment = graphql(`
  fragment LiveCandidateFields on LiveCandidate {
    id
    firstName
    lastName
    birthdate
    extraTimePercentage
    status
    authorizedToStart
    questionNumber
    numberOfQuestions
    timeLeftSeconds
    endReason
    endScreenSeen
    pendingProblemReport {
      id
      questionNumber
      category
      status
    }
  }
`);

export const SuperviseSessionMutation = graphql(`
  mutation SuperviseSession($input: SuperviseSessionInput!) {
    superviseSession(input: $input) {
      accessToken
      expiresAt
      session {
        id
      }
    }
  }
`);

/** The live list: polled, or read again at each event of `sessionActivity`. */
export const SupervisedSessionQuery = graphql(`
  query SupervisedSession($sessionId: ID!) {
    supervisedSession(sessionId: $sessionId) {
      id
      date
      time
      state
      candidates {
        ...LiveCandidateFields
      }
    }
  }
`);

export const AuthorizeCandidateMutation = graphql(`
  mutation AuthorizeCandidate($candidateId: ID!) {
    authorizeCandidate(candidateId: $candidateId) {
      ...LiveCandidateFields
    }
  }
`);

export const EndCandidateTestMutation = graphql(`
  mutation EndCandidateTest($candidateId: ID!) {
    endCandidateTest(candidateId: $candidateId) {
      ...LiveCandidateFields
    }
  }
`);

export const ResolveChallengeProblemMutation = graphql(`
  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {
    resolveChallengeProblem(input: $input) {
      id
      status
    }
  }
`);

export const SessionActivitySubscription = graphql(`
  subscription SessionActivity($sessionId: ID!) {
    sessionActivity(sessionId: $sessionId) {
      sessionId
      candidateId
      kind
    }
  }
`);
