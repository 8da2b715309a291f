import { JSONObjectResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../shared/graphql/pagination';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditSnapshot, type AuditTargetType } from '../domain/audit-entry';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
export const AuditActionValue = enumOf(AUDIT_ACTIONS);
export const AuditTargetTypeValue = enumOf(AUDIT_TARGET_TYPES);
registerEnumType(AuditActionValue, { name: 'AuditAction', description: 'A named staff action recorded in the audit log.' });
registerEnumType(AuditTargetTypeValue, { name: 'AuditTargetType', description: 'What an audited action changed.' });

@ObjectType('AuditLogEntry', { description: 'A staff action: who, what, when, the target before and after, and why.' })
export class AuditLogEntryView {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => AuditActionValue) action!: AuditAction;
  @Field(() => AuditTargetTypeValue) targetType!: AuditTargetType;
  @Field(() => ID) targetId!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => JSONObjectResolver, { nullable: true, description: 'The target before the action (null: it was created).' })
  before!: AuditSnapshot | null;
  @Field(() => JSONObjectResolver, { nullable: true, description: 'The target after the action (null: it was deleted).' })
  after!: AuditSnapshot | null;
  @Field(() => String, { nullable: true, description: 'Why, as the staff member wrote it.' }) comment!: string | null;
  @Field(() => String, { nullable: true, description: "The target's name when it is an account, an organisation or a certification centre." })
  targetName!: string | null;
  /** Internal: for the actor field. */
  actorUserId!: number;
}

@ObjectType()
export class AuditLogEntryConnection extends Connection(AuditLogEntryView, 'AuditLogEntry') {}

@ArgsType()
export class OrganizationAuditLogArgs extends ConnectionArgs {
  @Field(() => ID) organizationId!: string;
}

@InputType({ description: "What Pix Admin's audit log is searched by; every field is optional." })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: "An account id, or words of the actor's names, e-mail or username." }) actor?: string | null;
  @Field(() => AuditActionValue, { nullable: true }) action?: AuditAction | null;
  @Field(() => AuditTargetTypeValue, { nullable: true }) targetType?: AuditTargetType | null;
  @Field(() => ID, { nullable: true }) targetId?: string | null;
  @Field(() => String, { nullable: true, description: "Words of the target's name (an account, an organisation, a centre)." }) target?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant (included).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until this instant (excluded).' }) to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput | null;
}
