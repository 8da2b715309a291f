import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganizationTypeValue {
  SCO = 'SCO',
  SUP = 'SUP',
  PRO = 'PRO',
}
registerEnumType(OrganizationTypeValue, { name: 'OrganizationType', description: 'SCO: collège, lycée; SUP: higher education; PRO: others.' });

@ObjectType('Organization')
export class OrganizationView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationTypeValue) type!: OrganizationTypeValue;
  @Field(() => String, { nullable: true }) uai!: string | null;
  @Field(() => Boolean, { description: 'A school that imports its pupils from SIECLE.' }) isManagingStudents!: boolean;
  organizationId!: number;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => String) name!: string;
  @Field(() => OrganizationTypeValue) type!: OrganizationTypeValue;
  @Field(() => String, { nullable: true }) uai?: string;
  @Field(() => String, { nullable: true, description: 'Official contact address (activation links go there).' }) email?: string;
  @Field(() => Boolean, { nullable: true }) isManagingStudents?: boolean;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string;
}
