import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserType } from '../../identity-access-management/graphql/user.type';

export enum OrganizationTypeValue {
  SCO = 'SCO',
  SUP = 'SUP',
  PRO = 'PRO',
}
export enum MembershipRoleValue {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(OrganizationTypeValue, { name: 'OrganizationType', description: 'SCO: collège, lycée; SUP: higher education; PRO: others.' });
registerEnumType(MembershipRoleValue, { name: 'MembershipRole' });

@ObjectType('Organization')
export class OrganizationView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationTypeValue) type!: OrganizationTypeValue;
  @Field(() => String, { nullable: true }) uai!: string | null;
  @Field(() => Boolean, { description: 'A school that imports its pupils from SIECLE.' }) isManagingStudents!: boolean;
  organizationId!: number;
}

@ObjectType('Membership')
export class MembershipView {
  @Field(() => ID) id!: string;
  @Field(() => MembershipRoleValue) role!: MembershipRoleValue;
  organizationId!: number;
  userId!: number;
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

@InputType()
export class AddOrganizationMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) email!: string;
  @Field(() => MembershipRoleValue) role!: MembershipRoleValue;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string;
}

@InputType()
export class OrganizationActivationInput {
  @Field(() => String) uai!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
}

export { UserType };
