import type { LearningContent } from '../../../learning-content';
import type { CertificationForJury } from '../application/certification-course-for-jury.usecase';
import type { IncidentRow, ProblemReportRow, ScoringRow, SessionCertificationRow } from '../domain/jury-views';
import {
  CertificationJuryDecisionValue,
  CertificationStatusValue,
  CompetenceMarkView,
  JuryActionView,
  JuryCandidateView,
  JuryCertificationSummaryView,
  JuryCourseView,
  JuryIncidentView,
  JuryProblemReportView,
  JuryQuestionView,
  ScoringView,
} from './jury.types';

export const toScoringView = (scoring: ScoringRow, content: LearningContent): ScoringView =>
  Object.assign(new ScoringView(), {
    status: scoring.status as CertificationStatusValue,
    reason: scoring.reason,
    pixScore: scoring.pixScore,
    correct: scoring.correct,
    counted: scoring.counted,
    reproducibilityRate: scoring.reproducibilityRate,
    competenceMarks: scoring.competenceMarks.map((mark) =>
      Object.assign(new CompetenceMarkView(), {
        ...mark,
        code: content.competence(mark.competenceId)?.code ?? mark.competenceId,
        name: content.competence(mark.competenceId)?.name ?? mark.competenceId,
      }),
    ),
    trigger: scoring.trigger,
    createdAt: scoring.createdAt,
    createdByUserId: scoring.createdByUserId,
  });

export const toIncidentView = (incident: IncidentRow): JuryIncidentView =>
  Object.assign(new JuryIncidentView(), { ...incident, id: String(incident.id), candidateId: String(incident.candidateId) });

export const toProblemReportView = (report: ProblemReportRow): JuryProblemReportView =>
  Object.assign(new JuryProblemReportView(), { ...report, id: String(report.id), certificationCourseId: String(report.courseId) });

export function toJuryCourseView(read: CertificationForJury, content: LearningContent): JuryCourseView {
  const { course } = read;
  return Object.assign(new JuryCourseView(), {
    id: String(course.id),
    sessionId: String(course.sessionId),
    sessionIdValue: course.sessionId,
    state: course.state,
    endReason: course.endReason,
    startedAt: course.startedAt,
    endedAt: course.endedAt,
    endScreenSeen: course.endScreenSeen,
    verificationCode: course.verificationCode,
    juryDecision: course.juryDecision as CertificationJuryDecisionValue | null,
    commentForCandidate: course.commentForCandidate,
    commentForOrganization: course.commentForOrganization,
    isPublished: course.sessionState === 'PROCESSED',
    candidate: Object.assign(new JuryCandidateView(), { ...course.candidate, id: String(course.candidate.id) }),
    questions: read.questions.map((q) =>
      Object.assign(new JuryQuestionView(), {
        number: q.position + 1,
        challengeId: q.challengeId,
        skillId: q.skillId,
        skillName: content.skill(q.skillId)?.name ?? q.skillId,
        competenceId: q.competenceId,
        competenceCode: content.competence(q.competenceId)?.code ?? q.competenceId,
        answerValue: q.answerValue,
        result: q.result,
        isNeutralized: q.isNeutralized,
        neutralizedBy: q.neutralizedBy,
        neutralizedByUserId: q.neutralizedByUserId,
      }),
    ),
    problemReports: read.problemReports.map(toProblemReportView),
    incidents: read.incidents.map(toIncidentView),
    scoring: read.scoring && toScoringView(read.scoring, content),
    history: read.history.map((h) => Object.assign(new JuryActionView(), { ...h, id: String(h.id) })),
  });
}

export const toCertificationSummaryView = (row: SessionCertificationRow): JuryCertificationSummaryView =>
  Object.assign(new JuryCertificationSummaryView(), {
    certificationCourseId: row.courseId === null ? null : String(row.courseId),
    candidateId: String(row.candidateId),
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    status: (row.latest?.status ?? null) as CertificationStatusValue | null,
    reason: row.latest?.reason ?? null,
    pixScore: row.latest?.pixScore ?? null,
    juryDecision: row.juryDecision as CertificationJuryDecisionValue | null,
    verificationCode: row.verificationCode,
    endReason: row.endReason,
  });
