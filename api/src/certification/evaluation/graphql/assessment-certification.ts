import type { GraphQLContext } from '../../../graphql/context';
import { repositoriesOf } from './repositories-of';
import { certificationOfAssessment, type AssessmentCertification } from '../application/assessment-certification';

const memo = new WeakMap<GraphQLContext, Map<number, Promise<AssessmentCertification | null>>>();

/** The certification of a test (read once per request, whatever the number of fields asking for it). */
export function certificationOf(ctx: GraphQLContext, test: { assessmentId: number; currentChallengeId: string | null }): Promise<AssessmentCertification | null> {
  let byId = memo.get(ctx);
  if (!byId) memo.set(ctx, (byId = new Map()));
  let found = byId.get(test.assessmentId);
  if (!found) {
    found = certificationOfAssessment(repositoriesOf(ctx), { assessmentId: test.assessmentId, viewerUserId: ctx.viewer?.userId ?? null, currentChallengeId: test.currentChallengeId });
    byId.set(test.assessmentId, found);
  }
  return found;
}
