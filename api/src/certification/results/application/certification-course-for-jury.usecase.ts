import type { EntityManager } from '@mikro-orm/postgresql';
import { answersOfAssessments } from '../../../evaluation';
import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import type { CourseForJury, IncidentRow, JuryActionRow, JuryQuestionRow, ProblemReportRow, ScoringRow } from '../domain/jury-views';
import { courseForJury, historyOfCourse, latestScoringOf, questionsOfCourse } from '../infrastructure/jury-courses.repository';
import { incidentsOfSessions, problemReportsOf } from '../infrastructure/jury-sessions.repository';
import { assertJuryReader } from './jury-access';

/** Everything the jury's page of a certification shows. */
export interface CertificationForJury {
  course: CourseForJury;
  questions: JuryQuestionRow[];
  problemReports: ProblemReportRow[];
  incidents: IncidentRow[];
  scoring: ScoringRow | null;
  history: JuryActionRow[];
}

export async function readCertificationForJury(em: EntityManager, courseId: number): Promise<CertificationForJury> {
  const course = await courseForJury(em, courseId);
  if (!course) throw new NotFoundError('certificationJury.errors.courseUnknown');
  const questions = await questionsOfCourse(em, course.id);
  const answers = await answersOfAssessments(em, [course.assessmentId]);
  const problemReports = await problemReportsOf(em, { courseId: course.id });
  const incidents = await incidentsOfSessions(em, [course.sessionId]);
  const scoring = await latestScoringOf(em, course.id);
  const history = await historyOfCourse(em, course);
  const answerOf = new Map(answers.map((a) => [a.challengeId, a]));
  return {
    course,
    questions: questions.map((q) => ({ ...q, answerValue: answerOf.get(q.challengeId)?.value ?? null, result: answerOf.get(q.challengeId)?.result ?? null })),
    problemReports,
    incidents: incidents.filter((i) => i.candidateId === course.candidate.id),
    scoring,
    history,
  };
}

/** A certification as the jury sees it (the jury and the support). */
export async function certificationForJury(em: EntityManager, viewer: Viewer | null, courseId: number): Promise<CertificationForJury> {
  assertJuryReader(viewer);
  return readCertificationForJury(em, courseId);
}
