import { Field, ID, ObjectType } from 'type-graphql';

// AreaType comes first: CompetenceType's `area` names it in its decorator metadata.
@ObjectType('Area', { simpleResolvers: true })
export class AreaType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Colour of the area, as a CSS hex value.' })
  color!: string;

  @Field(() => [CompetenceType])
  competences!: CompetenceType[];
}

@ObjectType('Competence', { simpleResolvers: true })
export class CompetenceType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'CRCN code, e.g. 1.1.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => AreaType)
  area!: AreaType;
}

@ObjectType('CompetenceFramework', { simpleResolvers: true })
export class CompetenceFrameworkType {
  @Field(() => String, { description: 'Version stamp of the content release.' })
  version!: string;

  @Field(() => [AreaType])
  areas!: AreaType[];
}
