import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { ForbiddenError } from '../../shared/domain/errors';
import { UserType } from '../../identity-access-management/graphql/user.type';
import { PlatformRole } from '../../identity-access-management/domain/platform-role';
import { toCompetenceType } from '../../learning-content/graphql/framework.mappers';
import { scoreProfile } from '../domain/profile';
import { CompetenceProfileType, ProfileType } from './profile.types';

const STAFF_WHO_MAY_READ_PROFILES = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

@Resolver(() => UserType)
export class UserProfileResolver {
  /** A learner reads their own profile; support staff may read anyone's. */
  @FieldResolver(() => ProfileType)
  async profile(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<ProfileType> {
    const viewer = ctx.viewer;
    const allowed =
      viewer && (viewer.userId === user.userId || (viewer.platformRole && STAFF_WHO_MAY_READ_PROFILES.includes(viewer.platformRole)));
    if (!allowed) throw new ForbiddenError();
    const content = ctx.services.content.get();
    const knowledgeElements = await ctx.loaders.evaluation.knowledgeElementsByUser.load(user.userId);
    const score = scoreProfile(
      content.competences.map((c) => c.id),
      knowledgeElements,
    );
    return Object.assign(new ProfileType(), {
      pixScore: score.pixScore,
      maxPixScore: score.maxPixScore,
      competences: score.competences.map((c) =>
        Object.assign(new CompetenceProfileType(), {
          ...c,
          competence: toCompetenceType(content.competence(c.competenceId)!, ctx.locale),
        }),
      ),
    });
  }
}
