import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../../shared/graphql/pagination';

export enum CampaignTypeValue {
  ASSESSMENT = 'ASSESSMENT',
  PROFILES_COLLECTION = 'PROFILES_COLLECTION',
}
export enum CampaignIdPixTypeValue {
  TEXT = 'TEXT',
  EMAIL = 'EMAIL',
}
registerEnumType(CampaignTypeValue, {
  name: 'CampaignType',
  valuesConfig: {
    ASSESSMENT: { description: '"Évaluer les participants": an adaptive test over the skills of a parcours.' },
    PROFILES_COLLECTION: { description: '"Collecter les profils Pix": the participant sends the whole profile, no question.' },
  },
});
registerEnumType(CampaignIdPixTypeValue, { name: 'CampaignIdPixType', description: 'What the external identifier asked of participants is.' });

@ObjectType('CampaignCreator', { simpleResolvers: true, description: 'Who created a campaign: a name, nothing else of the account.' })
export class CampaignCreatorView {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
}

@ObjectType('CampaignTargetProfile', { simpleResolvers: true })
export class CampaignTargetProfileView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Campaign', { description: 'A campaign of an organisation (members and the support team).' })
export class CampaignView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '9 characters, e.g. YRBVDF759.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignTypeValue) type!: CampaignTypeValue;
  @Field(() => Boolean, { description: 'A profiles collection that participants may send again (always false for an assessment).' })
  multipleSendings!: boolean;
  @Field(() => String, { nullable: true, description: 'Label of the external identifier asked of participants.' }) idPixLabel!: string | null;
  @Field(() => CampaignIdPixTypeValue, { nullable: true }) idPixType!: CampaignIdPixTypeValue | null;
  @Field(() => String, { nullable: true, description: 'Text of the landing page, up to 5 000 characters.' }) customLandingPageText!: string | null;
  @Field(() => Date, { nullable: true, description: 'Archived: no new participant.' }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  campaignId!: number;
  organizationId!: number;
  creatorId!: number;
  targetProfileId!: number | null;
}

@ObjectType()
export class CampaignConnection extends Connection(CampaignView, 'Campaign') {}

@ObjectType('CampaignLanding', { simpleResolvers: true, description: 'What anyone with the code sees before joining ("J\'ai un code").' })
export class CampaignLandingView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignTypeValue) type!: CampaignTypeValue;
  @Field(() => String) organizationName!: string;
  /** Internal: `organizationType` is declared in api/src/graphql (organizational-entities' enum). */
  organizationTypeName!: string;
  @Field(() => Boolean, { description: "A school managing its pupils: joining requires finding oneself among the school's pupils." })
  isRestricted!: boolean;
  @Field(() => String, { nullable: true }) customLandingPageText!: string | null;
  @Field(() => String, { nullable: true }) idPixLabel!: string | null;
  @Field(() => CampaignIdPixTypeValue, { nullable: true }) idPixType!: CampaignIdPixTypeValue | null;
  @Field(() => Boolean, { description: 'Profiles collection: a profile may be sent again (false for an assessment).' })
  multipleSendings!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "campaignByCode: the logged-in viewer is already one of the school's pupils (linked to an active pupil of the campaign's organisation), so no identity is asked again; false when anonymous. Null elsewhere (a participation's campaign).",
  })
  viewerLinkedToOrganization!: boolean | null;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: 'Up to 255 characters.' }) name!: string;
  @Field(() => CampaignTypeValue) type!: CampaignTypeValue;
  @Field(() => ID, { nullable: true, description: 'Required for an assessment, refused for a profiles collection.' }) targetProfileId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Profiles collection only; true by default.' }) multipleSendings?: boolean | null;
  @Field(() => String, { nullable: true }) idPixLabel?: string | null;
  @Field(() => CampaignIdPixTypeValue, { nullable: true, description: 'TEXT by default when a label is given.' }) idPixType?: CampaignIdPixTypeValue | null;
  @Field(() => String, { nullable: true, description: 'Up to 5 000 characters.' }) customLandingPageText?: string | null;
}

@InputType()
export class CampaignFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the whole code.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the campaigns the viewer created.' }) ownedByMe?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Archived campaigns too (left out by default).' }) includeArchived?: boolean | null;
}

@ArgsType()
export class CampaignsArgs extends ConnectionArgs {
  @Field(() => CampaignFilter, { nullable: true }) filter?: CampaignFilter | null;
}
