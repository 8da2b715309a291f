import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../../shared/graphql/pagination';

export enum CertificationCenterTypeValue {
  SCO = 'SCO',
  SUP = 'SUP',
  PRO = 'PRO',
}
registerEnumType(CertificationCenterTypeValue, { name: 'CertificationCenterType', description: "SCO: a school's centre (same UAI); SUP: higher education; PRO: others." });

export enum CertificationCenterRoleValue {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(CertificationCenterRoleValue, { name: 'CertificationCenterRole' });

export enum CertificationSessionStateValue {
  CREATED = 'CREATED',
  FINALIZED = 'FINALIZED',
  IN_PROCESS = 'IN_PROCESS',
  PROCESSED = 'PROCESSED',
}
registerEnumType(CertificationSessionStateValue, {
  name: 'CertificationSessionState',
  description: 'Créée → Finalisée → (en cours de traitement) → Résultats transmis par Pix.',
});

@ObjectType('CertificationCenter')
export class CertificationCenterView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CertificationCenterTypeValue) type!: CertificationCenterTypeValue;
  @Field(() => String, { nullable: true }) uai!: string | null;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => Date, { nullable: true, description: 'When staff archived it (null: active).' }) archivedAt!: Date | null;
  @Field(() => CertificationCenterRoleValue, { nullable: true, description: "The viewer's role in this centre (null for the platform team)." })
  viewerRole!: CertificationCenterRoleValue | null;
  centerId!: number;
}

@ObjectType('CertificationSession')
export class CertificationSessionView {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The "N° de session" (its id).' }) number!: number;
  @Field(() => String, { description: '"Nom du site".' }) address!: string;
  @Field(() => String) room!: string;
  @Field(() => String, { description: 'yyyy-mm-dd (local date).' }) date!: string;
  @Field(() => String, { description: 'hh:mm (local time).' }) time!: string;
  @Field(() => String, { description: 'Invigilator(s).' }) examiner!: string;
  @Field(() => String, { description: 'Observations.' }) description!: string;
  @Field(() => String, { description: 'The code the candidates type.' }) accessCode!: string;
  @Field(() => String, { description: "The invigilator's password." }) invigilatorPassword!: string;
  @Field(() => CertificationSessionStateValue) state!: CertificationSessionStateValue;
  @Field(() => Int) candidateCount!: number;
  @Field(() => Int, { description: 'Candidates who joined the session.' }) joinedCount!: number;
  @Field(() => Boolean, { description: 'Details and candidates may still change (no candidate joined, not finalised).' }) isEditable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it may no longer change (French or English, as asked).' }) lockReason!: string | null;
  @Field(() => CertificationCenterView) certificationCenter!: CertificationCenterView;
  sessionId!: number;
  centerId!: number;
  centerType!: string;
}

@ObjectType()
export class CertificationSessionConnection extends Connection(CertificationSessionView, 'CertificationSession') {}

@ObjectType('CertificationCenterMembership')
export class CertificationCenterMembershipView {
  @Field(() => ID) id!: string;
  @Field(() => CertificationCenterRoleValue) role!: CertificationCenterRoleValue;
  @Field(() => CertificationCenterView, { nullable: true }) certificationCenter!: CertificationCenterView | null;
  userId!: number;
  centerId!: number;
}

@ObjectType('CertificationCenterInvitation', { simpleResolvers: true })
export class CertificationCenterInvitationView {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => CertificationCenterRoleValue) role!: CertificationCenterRoleValue;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType('CertificationCenterInvitationPreview', { simpleResolvers: true })
export class CertificationCenterInvitationPreviewView {
  @Field(() => String) certificationCenterName!: string;
  @Field(() => CertificationCenterRoleValue) role!: CertificationCenterRoleValue;
}

@InputType()
export class CreateCertificationCenterInput {
  @Field(() => String) name!: string;
  @Field(() => CertificationCenterTypeValue) type!: CertificationCenterTypeValue;
  @Field(() => String, { nullable: true, description: "The school's UAI (required for SCO)." }) uai?: string;
  @Field(() => String, { nullable: true }) externalId?: string;
  @Field(() => String, { nullable: true, description: 'Why (e.g. a support ticket), kept in the audit log.' }) comment?: string;
}

@InputType()
export class AddCertificationCenterMemberInput {
  @Field(() => ID) certificationCenterId!: string;
  @Field(() => String) email!: string;
  @Field(() => CertificationCenterRoleValue) role!: CertificationCenterRoleValue;
  @Field(() => String, { nullable: true }) comment?: string;
}

@InputType()
export class CertificationSessionDetailsInput {
  @Field(() => String, { description: '"Nom du site".' }) address!: string;
  @Field(() => String) room!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) date!: string;
  @Field(() => String, { description: 'hh:mm' }) time!: string;
  @Field(() => String) examiner!: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType()
export class CreateCertificationSessionInput extends CertificationSessionDetailsInput {
  @Field(() => ID) certificationCenterId!: string;
}

@InputType()
export class UpdateCertificationSessionInput extends CertificationSessionDetailsInput {
  @Field(() => ID) sessionId!: string;
}
