import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/graphql/pagination';
import { CertificationCenterRoleValue, CertificationCenterTypeValue, CertificationCenterView } from './session-management.types';

/** Pix Admin's operations on centres (platform team). */

@ObjectType()
export class CertificationCenterConnection extends Connection(CertificationCenterView, 'CertificationCenter') {}

@InputType({ description: 'Every criterion given must hold; names and external ids ignore case, accents and œ/æ.' })
export class CertificationCentersFilter {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) uai?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => CertificationCenterTypeValue, { nullable: true }) type?: CertificationCenterTypeValue | null;
  @Field(() => Boolean, { nullable: true, description: 'true: archived centres only; false (default): active ones.' }) archived?: boolean | null;
}

@InputType({ description: 'The fields given replace the current ones; a field left out stays, an empty one is cleared.' })
export class UpdateCertificationCenterInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => CertificationCenterTypeValue, { nullable: true }) type?: CertificationCenterTypeValue | null;
  @Field(() => String, { nullable: true, description: "The school's UAI (required for SCO)." }) uai?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string | null;
}

@InputType({ description: "Platform staff change a centre member's role (recorded in the audit log)." })
export class ChangeCertificationCenterMemberRoleInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => CertificationCenterRoleValue) role!: CertificationCenterRoleValue;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType({ description: 'Platform staff remove a centre member (recorded in the audit log).' })
export class RemoveCertificationCenterMemberInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType('CertificationCenterSchool', { description: "A SCO centre's school: the active organisation with the same UAI." })
export class CertificationCenterSchoolView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}
