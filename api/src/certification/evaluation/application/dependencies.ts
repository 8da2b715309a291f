import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import type { ThrottleSettings } from '../../../shared/domain/throttle-policy';
import type { EventBus } from '../../../shared/infrastructure/events';
import type { Throttle } from '../../../shared/infrastructure/throttle/throttle';
import type {
  answersOfAssessments,
  assessmentsByIds,
  certificationKnowledgeOf,
  createCertificationAssessment,
  endCertificationAssessments,
  moveCertificationTestOn,
} from '../../../evaluation';
import type * as courseRows from '../infrastructure/course.repository';
import type { InvigilatorTokens } from '../infrastructure/invigilator-tokens';
import type * as sessionRows from '../infrastructure/session.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * Scores every course of a session being finalised, in the finalisation's transaction: certification/results
 * implements it (`scoreFinalizedSession`), the composition root gives it (the evaluation never imports results).
 */
export type SessionScoring = (em: EntityManager, request: { sessionId: number; userId: number; now: Date }) => Promise<number>;

/** What the certification's test needs, made once at start (platform.ts). */
export interface CertificationDependencies {
  clock: Clock;
  content: () => LearningContent;
  throttle: ThrottleSettings;
  tokens: InvigilatorTokens;
  events: EventBus;
  /** Which of several alternatives to ask (random; tests may fix it). */
  pick: (n: number) => number;
  onError?: (error: unknown) => void;
  /** Scoring at finalisation (certification/results). */
  scoreSession: SessionScoring;
}

/**
 * The repositories of the certification test's use cases, made once per request
 * (`certificationRepositories`) from the request's entity manager: a use case reads and writes through
 * them, never through the ORM, so that it can run on in-memory fakes. The evaluation's tests and the
 * results' scoring come through ports bound to the same entity manager. `transaction` runs its work on
 * repositories bound to one transaction.
 */
export interface CertificationRepositories {
  /** Sessions and their candidates (the foundation's tables), and the centre's memberships. */
  sessions: {
    find: Bound<typeof sessionRows.findSession>;
    lockForJoining: Bound<typeof sessionRows.lockSessionForJoining>;
    candidatesOf: Bound<typeof sessionRows.candidatesOfSession>;
    findCandidate: Bound<typeof sessionRows.findCandidate>;
    accountOfLearner: Bound<typeof sessionRows.accountOfLearner>;
    markJoined: Bound<typeof sessionRows.markJoined>;
    setAuthorizedToStart: Bound<typeof sessionRows.setAuthorizedToStart>;
    unauthorizeCandidates: Bound<typeof sessionRows.unauthorizeCandidates>;
    isCentreMember: Bound<typeof sessionRows.isCentreMember>;
    markFinalized: Bound<typeof sessionRows.markFinalized>;
  };
  /** Certification courses, their questions, problem reports and incidents. */
  courses: {
    byId: Bound<typeof courseRows.courseById>;
    ofCandidate: Bound<typeof courseRows.courseOfCandidate>;
    ofSession: Bound<typeof courseRows.coursesOfSession>;
    currentOfUser: Bound<typeof courseRows.currentCourseOfUser>;
    answerFactsOf: Bound<typeof courseRows.answerFactsOfAssessment>;
    create: Bound<typeof courseRows.createCourse>;
    startClock: Bound<typeof courseRows.startClock>;
    end: Bound<typeof courseRows.endCourse>;
    endMany: Bound<typeof courseRows.endCourses>;
    endOfAssessment: Bound<typeof courseRows.endCourseOfAssessment>;
    markEndScreenSeen: Bound<typeof courseRows.markEndScreenSeen>;
    markEndScreensSeen: Bound<typeof courseRows.markEndScreensSeen>;
    challengesOf: Bound<typeof courseRows.challengesOfCourses>;
    neutralize: Bound<typeof courseRows.neutralize>;
    neutralizeQuestions: Bound<typeof courseRows.neutralizeQuestions>;
    insertProblemReport: Bound<typeof courseRows.insertProblemReport>;
    findProblemReport: Bound<typeof courseRows.findProblemReport>;
    resolveProblemReport: Bound<typeof courseRows.resolveProblemReport>;
    pendingReportsOf: Bound<typeof courseRows.pendingReportsOfCourses>;
    lastReportOf: Bound<typeof courseRows.lastReportOfCourse>;
    insertIncidents: Bound<typeof courseRows.insertIncidentsOfCandidates>;
    detailsOf: Bound<typeof courseRows.courseDetailsOf>;
  };
  /** evaluation: the CERTIFICATION tests (assessments) of the courses, their answers, the learner's knowledge. */
  tests: {
    byIds: Bound<typeof assessmentsByIds>;
    create: Bound<typeof createCertificationAssessment>;
    end: Bound<typeof endCertificationAssessments>;
    moveOn: Bound<typeof moveCertificationTestOn>;
    answersOf: Bound<typeof answersOfAssessments>;
    knowledgeOf: Bound<typeof certificationKnowledgeOf>;
  };
  /** Counts the attempts of throttled operations (access codes, invigilator passwords). */
  throttle: Pick<Throttle, 'admit'>;
  /** certification/results: scores every course of a session being finalised, in these repositories' transaction. */
  scoreSession: Bound<SessionScoring>;
  transaction<T>(work: (repositories: CertificationRepositories) => Promise<T>): Promise<T>;
  /** Whether a write was refused by a unique index. */
  isUniqueViolation(error: unknown): boolean;
}
