import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { AssessmentRow } from '../domain/assessment';
import { AssessmentRepository } from '../infrastructure/assessment.repository';

/** One of the viewer's tests (a positioning test or a campaign's test): nobody else's. */
export async function getAssessment(em: EntityManager, request: { viewerUserId: number; assessmentId: number }): Promise<AssessmentRow> {
  const assessment = await new AssessmentRepository(em).findById(request.assessmentId);
  if (!assessment) throw new NotFoundError();
  if (assessment.userId !== request.viewerUserId) throw new ForbiddenError();
  return assessment;
}
