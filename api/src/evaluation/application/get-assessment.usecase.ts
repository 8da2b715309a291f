import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { AssessmentRow } from '../domain/assessment';
import type { EvaluationRepositories } from './dependencies';

/** One of the viewer's tests (a positioning test or a campaign's test): nobody else's. */
export async function getAssessment(repositories: Pick<EvaluationRepositories, 'assessments'>, request: { viewerUserId: number; assessmentId: number }): Promise<AssessmentRow> {
  const assessment = await repositories.assessments.findById(request.assessmentId);
  if (!assessment) throw new NotFoundError();
  if (assessment.userId !== request.viewerUserId) throw new ForbiddenError();
  return assessment;
}
