import { Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { contentTree } from '../domain/content-browse';

@ObjectType('ContentTreeSkill', { simpleResolvers: true })
class ContentTreeSkill {
  @Field(() => ID) id!: string;
  @Field(() => ID) tubeId!: string;
  @Field(() => String, { description: 'Tube name + level, e.g. @rechercheWeb3.' }) name!: string;
  @Field(() => Int) level!: number;
  @Field(() => String) hint!: string;
  @Field(() => Int, { description: 'Challenges of the skill, whatever their status.' }) challengeCount!: number;
}

@ObjectType('ContentTreeTube', { simpleResolvers: true })
class ContentTreeTube {
  @Field(() => ID) id!: string;
  @Field(() => ID) competenceId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
}

@ObjectType('ContentTreeCompetence', { simpleResolvers: true })
class ContentTreeCompetence {
  @Field(() => ID) id!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType('ContentTreeArea', { simpleResolvers: true })
class ContentTreeArea {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

/** Four flat lists, each in the tree's order, linked by ids (a nested tree would multiply the query's complexity). */
@ObjectType('ContentTree', { simpleResolvers: true })
class ContentTree {
  @Field(() => String, { description: 'Version stamp of the content release.' }) version!: string;
  @Field(() => [ContentTreeArea]) areas!: ContentTreeArea[];
  @Field(() => [ContentTreeCompetence]) competences!: ContentTreeCompetence[];
  @Field(() => [ContentTreeTube], { description: 'By title within each competence.' }) tubes!: ContentTreeTube[];
  @Field(() => [ContentTreeSkill], { description: 'By level within each tube.' }) skills!: ContentTreeSkill[];
}

/** The release's tree, for the content team (Pix Admin's "Contenu"). Served from the per-node cache. */
@Resolver()
export class ContentTreeResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => ContentTree, { description: 'Areas → competences → tubes → skills of the release, for the content team (SUPER_ADMIN, METIER).' })
  contentTree(@Ctx() ctx: GraphQLContext): ContentTree {
    const content = ctx.services.content.get();
    const en = ctx.locale === 'en';
    const tree: ContentTree = { version: content.version, areas: [], competences: [], tubes: [], skills: [] };
    for (const { areaId, competences } of contentTree(content)) {
      const area = content.area(areaId)!;
      tree.areas.push({ id: area.id, code: area.code, name: en ? area.nameEn : area.name });
      for (const { competence, tubes } of competences) {
        tree.competences.push({ id: competence.id, areaId, code: competence.code, name: en ? competence.nameEn : competence.name });
        for (const { tube, skills } of tubes) {
          tree.tubes.push({ id: tube.id, competenceId: competence.id, name: tube.name, title: en && tube.titleEn ? tube.titleEn : tube.title });
          for (const { skill, challengeCount } of skills)
            tree.skills.push({ id: skill.id, tubeId: tube.id, name: skill.name, level: skill.level, hint: skill.hint, challengeCount });
        }
      }
    }
    return tree;
  }
}
