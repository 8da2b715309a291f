import type { EntityManager } from '@mikro-orm/postgresql';
import {
  answersOfAssessments,
  assessmentsByIds,
  certificationKnowledgeOf,
  createCertificationAssessment,
  endCertificationAssessments,
  moveCertificationTestOn,
} from '../../../evaluation';
import type { Clock } from '../../../shared/domain/clock';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { Throttle } from '../../../shared/infrastructure/throttle/throttle';
import { bound } from '../../../shared/domain/bound';
import * as courses from './course.repository';
import * as sessions from './session.repository';

/** The results' scoring of a finalised session (given at start: the evaluation never imports results). */
export type Scoring = (em: EntityManager, request: { sessionId: number; userId: number; now: Date }) => Promise<number>;

/**
 * The certification test's repositories and its ports to the evaluation and the results, on one entity
 * manager (the request's, or a transaction's); the application's `CertificationRepositories` types them
 * and adds the transaction.
 */
export function certificationPortsOn(em: EntityManager, clock: Clock, scoreSession: Scoring) {
  const on = <A extends unknown[], R>(f: (em: EntityManager, ...args: A) => R) => bound(f, em);
  return {
    sessions: {
      find: on(sessions.findSession),
      lockForJoining: on(sessions.lockSessionForJoining),
      candidatesOf: on(sessions.candidatesOfSession),
      findCandidate: on(sessions.findCandidate),
      accountOfLearner: on(sessions.accountOfLearner),
      markJoined: on(sessions.markJoined),
      setAuthorizedToStart: on(sessions.setAuthorizedToStart),
      unauthorizeCandidates: on(sessions.unauthorizeCandidates),
      isCentreMember: on(sessions.isCentreMember),
      markFinalized: on(sessions.markFinalized),
    },
    courses: {
      byId: on(courses.courseById),
      ofCandidate: on(courses.courseOfCandidate),
      ofSession: on(courses.coursesOfSession),
      currentOfUser: on(courses.currentCourseOfUser),
      answerFactsOf: on(courses.answerFactsOfAssessment),
      create: on(courses.createCourse),
      startClock: on(courses.startClock),
      end: on(courses.endCourse),
      endMany: on(courses.endCourses),
      endOfAssessment: on(courses.endCourseOfAssessment),
      markEndScreenSeen: on(courses.markEndScreenSeen),
      markEndScreensSeen: on(courses.markEndScreensSeen),
      challengesOf: on(courses.challengesOfCourses),
      neutralize: on(courses.neutralize),
      neutralizeQuestions: on(courses.neutralizeQuestions),
      insertProblemReport: on(courses.insertProblemReport),
      findProblemReport: on(courses.findProblemReport),
      resolveProblemReport: on(courses.resolveProblemReport),
      pendingReportsOf: on(courses.pendingReportsOfCourses),
      lastReportOf: on(courses.lastReportOfCourse),
      insertIncidents: on(courses.insertIncidentsOfCandidates),
      detailsOf: on(courses.courseDetailsOf),
    },
    tests: {
      byIds: on(assessmentsByIds),
      create: on(createCertificationAssessment),
      end: on(endCertificationAssessments),
      moveOn: on(moveCertificationTestOn),
      answersOf: on(answersOfAssessments),
      knowledgeOf: on(certificationKnowledgeOf),
    },
    throttle: new Throttle(em, clock),
    isUniqueViolation: (error: unknown) => isUniqueViolation(error),
    scoreSession: on(scoreSession),
  };
}
