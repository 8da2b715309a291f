import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Public } from '../../graphql/access';
import { AreaType, CompetenceFrameworkType, CompetenceType } from './framework.types';
import { toAreaType, toCompetenceType } from './framework.mappers';

/** The framework is public: it is the CRCN, a published decree. Served from the per-node cache. */
@Resolver()
export class FrameworkResolver {
  @Public()
  @Query(() => CompetenceFrameworkType, { description: 'The 5 areas and 16 competences of the CRCN.' })
  competenceFramework(@Ctx() ctx: GraphQLContext): CompetenceFrameworkType {
    const content = ctx.services.content.get();
    return Object.assign(new CompetenceFrameworkType(), {
      version: content.version,
      areas: content.areas.map((area) => toAreaType(area, ctx.locale)),
    });
  }

  @Public()
  @Query(() => CompetenceType, { nullable: true, description: 'One competence by id (its CRCN code).' })
  competence(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): CompetenceType | null {
    const competence = ctx.services.content.get().competence(id);
    return competence ? toCompetenceType(competence, ctx.locale) : null;
  }
}

@Resolver(() => AreaType)
export class AreaFieldsResolver {
  @FieldResolver(() => [CompetenceType])
  competences(@Root() area: AreaType, @Ctx() ctx: GraphQLContext): CompetenceType[] {
    const content = ctx.services.content.get();
    return area.competenceIds.map((id) => toCompetenceType(content.competence(id)!, ctx.locale));
  }
}

@Resolver(() => CompetenceType)
export class CompetenceFieldsResolver {
  @FieldResolver(() => AreaType)
  area(@Root() competence: CompetenceType, @Ctx() ctx: GraphQLContext): AreaType {
    return toAreaType(ctx.services.content.get().area(competence.areaId)!, ctx.locale);
  }
}
