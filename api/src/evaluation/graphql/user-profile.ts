import type { GraphQLContext } from '../../graphql/context';
import { ForbiddenError } from '../../shared/domain/errors';
import { PlatformRole } from '../../identity-access-management';
import { learnerProfileOf, type LearnerProfile } from '../domain/profile';

const STAFF_WHO_MAY_READ_PROFILES = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

/** User.profile (declared in api/src/graphql): a learner reads their own profile; support staff may read anyone's. */
export async function profileOfUser(ctx: GraphQLContext, userId: number): Promise<LearnerProfile> {
  const viewer = ctx.viewer;
  const allowed =
    viewer && (viewer.userId === userId || (viewer.platformRole && STAFF_WHO_MAY_READ_PROFILES.includes(viewer.platformRole)));
  if (!allowed) throw new ForbiddenError();
  const [knowledgeElements, latestTests] = await Promise.all([
    ctx.loaders.evaluation.knowledgeElementsByUser.load(userId),
    ctx.loaders.evaluation.latestAssessmentsByUser.load(userId),
  ]);
  const competenceIds = ctx.services.content.get().competences.map((c) => c.id);
  return learnerProfileOf(competenceIds, knowledgeElements, latestTests, ctx.clock.now());
}
