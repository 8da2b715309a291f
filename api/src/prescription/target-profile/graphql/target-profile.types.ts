import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TargetProfileCategoryValue {
  COMPETENCES = 'COMPETENCES',
  DISCIPLINE = 'DISCIPLINE',
  THEMATIC = 'THEMATIC',
  PREDEFINED = 'PREDEFINED',
  CUSTOM = 'CUSTOM',
  OTHER = 'OTHER',
}
registerEnumType(TargetProfileCategoryValue, {
  name: 'TargetProfileCategory',
  description: 'How Pix Orga groups the parcours: the 16 competences, by school subject, by theme, predefined, made to measure, other.',
  valuesConfig: {
    COMPETENCES: { description: 'Les 16 compétences' },
    DISCIPLINE: { description: 'Disciplinaires' },
    THEMATIC: { description: 'Thématiques' },
    PREDEFINED: { description: 'Parcours prédéfinis' },
    CUSTOM: { description: 'Parcours sur-mesure' },
    OTHER: { description: 'Autres' },
  },
});

@ObjectType('TargetProfile', { simpleResolvers: true, description: 'A parcours: tubes, each up to a level.' })
export class TargetProfileView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => TargetProfileCategoryValue) category!: TargetProfileCategoryValue;
  @Field(() => String, { description: "The category in the viewer's language." }) categoryLabel!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { description: 'Tubes of the current content release.' }) tubeCount!: number;
  @Field(() => Int, { description: 'Active skills targeted: those of each tube up to its level.' }) skillCount!: number;
}
