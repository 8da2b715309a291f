import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

/** Memberships: who belongs to an organisation, with which role (the team of an organisation). */
export enum MembershipRoleValue {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MembershipRoleValue, { name: 'MembershipRole' });

@ObjectType('Membership')
export class MembershipView {
  @Field(() => ID) id!: string;
  @Field(() => MembershipRoleValue) role!: MembershipRoleValue;
  organizationId!: number;
  userId!: number;
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

@InputType({ description: "Platform staff change a member's role (recorded in the audit log)." })
export class ChangeOrganizationMemberRoleInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => MembershipRoleValue) role!: MembershipRoleValue;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string | null;
}

@InputType({ description: 'Platform staff remove a member (recorded in the audit log).' })
export class RemoveOrganizationMemberInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string | null;
}
