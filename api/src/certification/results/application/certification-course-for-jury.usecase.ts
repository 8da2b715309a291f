import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import type { CourseForJury, IncidentRow, JuryActionRow, JuryQuestionRow, ProblemReportRow, ScoringRow } from '../domain/jury-views';
import { assertJuryReader } from './jury-access';
import type { ResultsRepositories } from './results-repositories';

/** Everything the jury's page of a certification shows. */
export interface CertificationForJury {
  course: CourseForJury;
  questions: JuryQuestionRow[];
  problemReports: ProblemReportRow[];
  incidents: IncidentRow[];
  scoring: ScoringRow | null;
  history: JuryActionRow[];
}

export async function readCertificationForJury(repositories: ResultsRepositories, courseId: number): Promise<CertificationForJury> {
  const course = await repositories.juryCourses.byId(courseId);
  if (!course) throw new NotFoundError('certificationJury.errors.courseUnknown');
  const questions = await repositories.juryCourses.questions(course.id);
  const answers = await repositories.answers.ofAssessments([course.assessmentId]);
  const problemReports = await repositories.jurySessions.problemReports({ courseId: course.id });
  const incidents = await repositories.jurySessions.incidents([course.sessionId]);
  const scoring = await repositories.juryCourses.latestScoring(course.id);
  const history = await repositories.juryCourses.history(course);
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
export async function certificationForJury(repositories: ResultsRepositories, viewer: Viewer | null, courseId: number): Promise<CertificationForJury> {
  assertJuryReader(viewer);
  return readCertificationForJury(repositories, courseId);
}
