import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/graphql/pagination';
import { TargetProfileCategoryValue } from './target-profile.types';

@ObjectType('TargetProfileSkill', { description: 'A skill a tube cap includes.' })
export class TargetProfileSkillView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'E.g. @recherche2.' }) name!: string;
  @Field(() => Int) level!: number;
}

@ObjectType('TargetProfileTube', { description: 'A tube of a parcours, its level cap and the skills the cap includes.' })
export class TargetProfileTubeView {
  @Field(() => ID) tubeId!: string;
  @Field(() => String, { description: "The tube's title in the viewer's language." }) title!: string;
  @Field(() => String, { description: 'Code of its competence, e.g. 1.1.' }) competenceCode!: string;
  @Field(() => Int) levelCap!: number;
  @Field(() => [TargetProfileSkillView]) skills!: TargetProfileSkillView[];
}

@ObjectType('TargetProfileOrganization', { description: 'An organisation a parcours is attached to.' })
export class TargetProfileOrganizationView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('TargetProfileCampaign', { description: 'A campaign created with a parcours.' })
export class TargetProfileCampaignView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) code!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AdminTargetProfileListItem', { description: "A row of Pix Admin's list of parcours." })
export class AdminTargetProfileListItemView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => TargetProfileCategoryValue) category!: TargetProfileCategoryValue;
  @Field(() => String) categoryLabel!: string;
  @Field(() => Boolean) isPublic!: boolean;
  @Field(() => ID, { nullable: true }) ownerOrganizationId!: string | null;
  @Field(() => Int, { description: 'Organisations it is attached to.' }) organizationCount!: number;
  @Field(() => Int, { description: 'Campaigns created with it.' }) campaignCount!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class AdminTargetProfileConnection extends Connection(AdminTargetProfileListItemView, 'AdminTargetProfile') {}

@ObjectType('AdminTargetProfile', { description: 'A parcours as the content team sees it.' })
export class AdminTargetProfileView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => TargetProfileCategoryValue) category!: TargetProfileCategoryValue;
  @Field(() => String) categoryLabel!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "The content team's internal note." }) comment!: string | null;
  @Field(() => String, { nullable: true }) imageUrl!: string | null;
  @Field(() => Boolean) isPublic!: boolean;
  @Field(() => ID, { nullable: true }) ownerOrganizationId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [TargetProfileTubeView], { description: 'Its tubes, in the order of the framework.' }) tubes!: TargetProfileTubeView[];
  @Field(() => Int) tubeCount!: number;
  @Field(() => Int) skillCount!: number;
  @Field(() => Int, { description: 'Estimated number of questions of its test (docs/domain.md, "Profils cibles").' }) estimatedQuestionCount!: number;
  @Field(() => [TargetProfileOrganizationView]) organizations!: TargetProfileOrganizationView[];
  @Field(() => [TargetProfileCampaignView]) campaigns!: TargetProfileCampaignView[];
  @Field(() => Boolean, { description: 'Used by a campaign: its tubes may gain skills, never lose any.' }) isUsedByCampaigns!: boolean;
}

@ObjectType('TargetProfileBuilderTube', { description: 'A tube of the framework and its active skills, to build a parcours.' })
export class BuilderTubeView {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => [TargetProfileSkillView]) skills!: TargetProfileSkillView[];
  @Field(() => [Int], { description: 'Estimated questions of the tube for each level cap 1 to 8 (index 0: cap 1).' }) estimatedQuestionsByLevelCap!: number[];
}

@ObjectType('TargetProfileBuilderCompetence')
export class BuilderCompetenceView {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) areaName!: string;
  @Field(() => [BuilderTubeView]) tubes!: BuilderTubeView[];
}

@InputType('AdminTargetProfilesFilter')
export class AdminTargetProfilesFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name, or the id.' }) search?: string | null;
  @Field(() => TargetProfileCategoryValue, { nullable: true }) category?: TargetProfileCategoryValue | null;
}

@InputType('TargetProfileTubeInput')
export class TargetProfileTubeInput {
  @Field(() => ID) tubeId!: string;
  @Field(() => Int, { description: '1 to 8: the skills of the tube up to this level are targeted.' }) levelCap!: number;
}

@InputType()
abstract class TargetProfileDetailsInput {
  @Field(() => String) name!: string;
  @Field(() => TargetProfileCategoryValue) category!: TargetProfileCategoryValue;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: "The content team's internal note." }) comment?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) address of its image.' }) imageUrl?: string | null;
}

@InputType()
export class CreateTargetProfileInput extends TargetProfileDetailsInput {
  @Field(() => [TargetProfileTubeInput]) tubes!: TargetProfileTubeInput[];
  @Field(() => ID, { nullable: true, description: 'The organisation that owns a private parcours.' }) ownerOrganizationId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Offered to every organisation (false by default: offered to its owner and the organisations it is attached to).' }) isPublic?: boolean | null;
}

@InputType({ description: 'Name and category replace the current ones; description, comment and image left out stay, empty ones are cleared.' })
export class UpdateTargetProfileInput extends TargetProfileDetailsInput {
  @Field(() => ID) id!: string;
  @Field(() => [TargetProfileTubeInput], { nullable: true, description: 'The tubes (replace the current ones when given).' }) tubes?: TargetProfileTubeInput[] | null;
}

@InputType()
export class TargetProfileOrganizationsInput {
  @Field(() => ID) targetProfileId!: string;
  @Field(() => [ID]) organizationIds!: string[];
}
