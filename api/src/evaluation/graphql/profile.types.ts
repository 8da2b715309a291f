import { Field, Int, ObjectType } from 'type-graphql';
import { CompetenceType } from '../../learning-content/graphql/framework.types';

@ObjectType('CompetenceProfile', { simpleResolvers: true })
export class CompetenceProfileType {
  @Field(() => CompetenceType)
  competence!: CompetenceType;

  @Field(() => Int, { description: 'Level reached, 0 to maxLevel.' })
  level!: number;

  @Field(() => Int)
  pixScore!: number;

  @Field(() => Int, { description: 'Pix still needed to reach the next level (0 at the maximum level).' })
  pixToNextLevel!: number;

  @Field(() => Int)
  maxLevel!: number;
}

@ObjectType('Profile', { simpleResolvers: true })
export class ProfileType {
  @Field(() => Int, { description: 'Total pix over the 16 competences.' })
  pixScore!: number;

  @Field(() => Int)
  maxPixScore!: number;

  @Field(() => [CompetenceProfileType])
  competences!: CompetenceProfileType[];
}
