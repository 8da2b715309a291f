import { timeLeftSeconds } from '../domain/certification-clock';
import { candidateStatusOf } from '../domain/candidate-status';
import type { CourseDetails, LiveCandidate, ProblemReportRow, SessionRow } from '../domain/course';
import {
  CertificationCandidateStatusValue,
  CertificationCourseStateValue,
  CertificationCourseView,
  CertificationEndReasonValue,
  ChallengeProblemCategoryValue,
  ChallengeProblemReportView,
  ChallengeProblemStatusValue,
} from './certification-course.types';
import { LiveCandidateView, SupervisedSessionView } from './invigilation.types';

export function toCourseView(course: CourseDetails, now: Date): CertificationCourseView {
  return Object.assign(new CertificationCourseView(), {
    id: String(course.id),
    state: course.state as CertificationCourseStateValue,
    status: candidateStatusOf({ joined: true, authorizedToStart: course.authorizedToStart, course }) as CertificationCandidateStatusValue,
    authorizedToStart: course.authorizedToStart,
    startedAt: course.startedAt,
    endsAt: course.endsAt,
    timeLeftSeconds: course.state === 'ENDED' ? 0 : timeLeftSeconds(course.endsAt, now),
    endReason: course.endReason as CertificationEndReasonValue | null,
    endScreenSeen: course.endScreenSeenAt !== null,
    numberOfChallenges: course.numberOfChallenges,
    sessionId: String(course.sessionId),
    assessmentId: course.assessmentId,
    userId: course.userId,
  });
}

export function toReportView(report: ProblemReportRow): ChallengeProblemReportView {
  return Object.assign(new ChallengeProblemReportView(), {
    id: String(report.id),
    questionNumber: report.questionNumber,
    category: report.category as ChallengeProblemCategoryValue,
    status: report.status as ChallengeProblemStatusValue,
    createdAt: report.createdAt,
  });
}

export function toLiveCandidateView(live: LiveCandidate, now: Date): LiveCandidateView {
  const { candidate, course } = live;
  return Object.assign(new LiveCandidateView(), {
    id: String(candidate.id),
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    birthdate: candidate.birthdate,
    extraTimePercentage: candidate.extraTimePercentage,
    status: candidateStatusOf({ joined: candidate.joinedAt !== null, authorizedToStart: candidate.authorizedToStart, course }) as CertificationCandidateStatusValue,
    joinedAt: candidate.joinedAt,
    authorizedToStart: candidate.authorizedToStart,
    courseId: course ? String(course.id) : null,
    questionNumber: live.questionNumber,
    numberOfQuestions: live.numberOfQuestions,
    startedAt: course?.startedAt ?? null,
    endsAt: course?.endsAt ?? null,
    timeLeftSeconds: course ? (course.state === 'ENDED' ? 0 : timeLeftSeconds(course.endsAt, now)) : null,
    endReason: (course?.endReason ?? null) as CertificationEndReasonValue | null,
    endScreenSeen: Boolean(course?.endScreenSeenAt),
    pendingProblemReport: live.pendingReport ? toReportView(live.pendingReport) : null,
  });
}

export function toSupervisedSessionView(session: SessionRow, candidates: LiveCandidate[], now: Date): SupervisedSessionView {
  return Object.assign(new SupervisedSessionView(), {
    id: String(session.id),
    date: session.date,
    time: session.time.slice(0, 5),
    state: session.state,
    candidates: candidates.map((c) => toLiveCandidateView(c, now)),
  });
}
