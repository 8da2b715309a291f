import { Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { contentTree } from '../domain/content-browse';

@ObjectType('ContentTreeSkill', { simpleResolvers: true })
class ContentTreeSkill {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Tube name + level, e.g. @rechercheWeb3.' }) name!: string;
  @Field(() => Int) level!: number;
  @Field(() => String) hint!: string;
  @Field(() => Int, { description: 'Challenges of the skill, whatever their status.' }) challengeCount!: number;
}

@ObjectType('ContentTreeTube', { simpleResolvers: true })
class ContentTreeTube {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
  @Field(() => [ContentTreeSkill]) skills!: ContentTreeSkill[];
}

@ObjectType('ContentTreeCompetence', { simpleResolvers: true })
class ContentTreeCompetence {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [ContentTreeTube]) tubes!: ContentTreeTube[];
}

@ObjectType('ContentTreeArea', { simpleResolvers: true })
class ContentTreeArea {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [ContentTreeCompetence]) competences!: ContentTreeCompetence[];
}

@ObjectType('ContentTree', { simpleResolvers: true })
class ContentTree {
  @Field(() => String, { description: 'Version stamp of the content release.' }) version!: string;
  @Field(() => [ContentTreeArea]) areas!: ContentTreeArea[];
}

/** The release's tree, for the content team (Pix Admin's "Contenu"). Served from the per-node cache. */
@Resolver()
export class ContentTreeResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => ContentTree, { description: 'Areas → competences → tubes → skills of the release, for the content team (SUPER_ADMIN, METIER).' })
  contentTree(@Ctx() ctx: GraphQLContext): ContentTree {
    const content = ctx.services.content.get();
    const en = ctx.locale === 'en';
    return {
      version: content.version,
      areas: contentTree(content).map(({ areaId, competences }) => {
        const area = content.area(areaId)!;
        return {
          id: area.id,
          code: area.code,
          name: en ? area.nameEn : area.name,
          competences: competences.map(({ competence, tubes }) => ({
            id: competence.id,
            code: competence.code,
            name: en ? competence.nameEn : competence.name,
            tubes: tubes.map(({ tube, skills }) => ({
              id: tube.id,
              name: tube.name,
              title: en && tube.titleEn ? tube.titleEn : tube.title,
              skills: skills.map(({ skill, challengeCount }) => ({ id: skill.id, name: skill.name, level: skill.level, hint: skill.hint, challengeCount })),
            })),
          })),
        };
      }),
    };
  }
}
