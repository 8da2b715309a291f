import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/graphql/pagination';

export enum OrganizationTypeValue {
  SCO = 'SCO',
  SUP = 'SUP',
  PRO = 'PRO',
}
registerEnumType(OrganizationTypeValue, { name: 'OrganizationType', description: 'SCO: collège, lycée; SUP: higher education; PRO: others.' });

@ObjectType('Tag', { description: 'A label staff attach to organisations (AEFE, Agriculture, Public, Privé…), to filter them.' })
export class TagView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Organization')
export class OrganizationView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationTypeValue) type!: OrganizationTypeValue;
  @Field(() => String, { nullable: true }) uai!: string | null;
  @Field(() => Boolean, { description: 'A school that imports its pupils from SIECLE.' }) isManagingStudents!: boolean;
  @Field(() => String, { nullable: true, description: 'Official contact address (activation links go there).' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Province (département) code, e.g. 075 or 2A.' }) provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: "The partner's or the ministry's reference." }) externalId!: string | null;
  @Field(() => Date, { nullable: true, description: 'When staff archived it (null: active).' }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  organizationId!: number;
}

@ObjectType()
export class OrganizationConnection extends Connection(OrganizationView, 'Organization') {}

/** The fields staff type about an organisation, shared by creation and edition. */
@InputType()
abstract class OrganizationFieldsInput {
  @Field(() => String, { nullable: true, description: 'Official contact address (activation links go there).' }) email?: string | null;
  @Field(() => Boolean, { nullable: true }) isManagingStudents?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Province (département) code: 2 or 3 digits, or 2A / 2B.' }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The tags (replace the current ones when given).' }) tagIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string | null;
}

@InputType()
export class CreateOrganizationInput extends OrganizationFieldsInput {
  @Field(() => String) name!: string;
  @Field(() => OrganizationTypeValue) type!: OrganizationTypeValue;
  @Field(() => String, { nullable: true, description: 'A school (SCO): 7 digits and a letter.' }) uai?: string | null;
}

@InputType({ description: 'The fields given replace the current ones; a field left out stays, an empty one is cleared.' })
export class UpdateOrganizationInput extends OrganizationFieldsInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => OrganizationTypeValue, { nullable: true }) type?: OrganizationTypeValue;
  @Field(() => String, { nullable: true }) uai?: string | null;
}

@InputType({ description: 'Every criterion given must hold; names and external ids ignore case, accents and œ/æ.' })
export class OrganizationsFilter {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) uai?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => OrganizationTypeValue, { nullable: true }) type?: OrganizationTypeValue | null;
  @Field(() => [ID], { nullable: true, description: 'Organisations carrying every one of these tags.' }) tagIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: archived organisations only; false (default): active ones.' }) archived?: boolean | null;
}

