import { graphql } from '../../__generated__';

export const CertificationCourseFieldsFragment = graphql(`
  fragment CertificationCourseFields on CertificationCourse {
    id
    state
    status
    authorizedToStart
    timeLeftSeconds
    endReason
    endScreenSeen
    numberOfChallenges
    sessionId
    assessment {
      id
    }
  }
`);

export const JoinCertificationSessionMutation = graphql(`
  mutation JoinCertificationSession($input: JoinCertificationSessionInput!) {
    joinCertificationSession(input: $input) {
      ...CertificationCourseFields
    }
  }
`);

/** The candidate's course, polled while they wait for the invigilator and during the test (ended by the invigilator, a report's answer). */
export const CertificationCourseQuery = graphql(`
  query CertificationCourse($id: ID!) {
    certificationCourse(id: $id) {
      ...CertificationCourseFields
      lastProblemReport {
        id
        questionNumber
        category
        status
      }
    }
  }
`);

/** The test in progress that "Reprendre" resumes (null when none). */
export const CurrentCertificationCourseQuery = graphql(`
  query CurrentCertificationCourse {
    currentCertificationCourse {
      id
      status
    }
  }
`);

/** The certification test: its current question, "Question n sur N" and the server's time left. */
export const CertificationAssessmentQuery = graphql(`
  query CertificationAssessment($id: ID!) {
    assessment(id: $id) {
      id
      state
      timeLeftSeconds
      certificationProgress {
        questionNumber
        numberOfQuestions
      }
      currentChallenge {
        ...ChallengeFields
      }
    }
  }
`);

export const ReportChallengeProblemMutation = graphql(`
  mutation ReportChallengeProblem($input: ReportChallengeProblemInput!) {
    reportChallengeProblem(input: $input) {
      id
      questionNumber
      category
      status
    }
  }
`);

export const MarkCertificationEndScreenSeenMutation = graphql(`
  mutation MarkCertificationEndScreenSeen($courseId: ID!) {
    markCertificationEndScreenSeen(courseId: $courseId) {
      id
      endScreenSeen
    }
  }
`);
