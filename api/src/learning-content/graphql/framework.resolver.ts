import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Public } from '../../graphql/access';
import { CompetenceFrameworkType, CompetenceType } from './framework.types';
import { frameworkTypesOf } from './framework.mappers';

/** The framework is public: it is the CRCN, a published decree. Served from the per-node cache. */
@Resolver()
export class FrameworkResolver {
  @Public()
  @Query(() => CompetenceFrameworkType, { description: 'The 5 areas and 16 competences of the CRCN.' })
  competenceFramework(@Ctx() ctx: GraphQLContext): CompetenceFrameworkType {
    const content = ctx.services.content.get();
    const framework = new CompetenceFrameworkType();
    framework.version = content.version;
    framework.areas = frameworkTypesOf(content, ctx.locale).areas;
    return framework;
  }

  @Public()
  @Query(() => CompetenceType, { nullable: true, description: 'One competence by id (its CRCN code).' })
  competence(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): CompetenceType | null {
    return frameworkTypesOf(ctx.services.content.get(), ctx.locale).competence(id) ?? null;
  }
}
