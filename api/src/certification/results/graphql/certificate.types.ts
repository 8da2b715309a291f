import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CertificateStatusValue {
  PENDING = 'PENDING',
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CertificateStatusValue, {
  name: 'CertificateStatus',
  description: 'PENDING: session not published yet ("En attente de résultats"); then VALIDATED ("Obtenue"), REJECTED ("Rejetée"), CANCELLED ("Annulée").',
});

@ObjectType('CertifiedCompetence')
export class CertifiedCompetenceView {
  @Field(() => String, { description: 'The competence id of the framework.' }) id!: string;
  @Field(() => String, { description: '"1.1".' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) areaCode!: string;
  @Field(() => Int, { description: 'The certified level; 0: not certified.' }) level!: number;
}

@ObjectType('CertifiedArea')
export class CertifiedAreaView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [CertifiedCompetenceView]) competences!: CertifiedCompetenceView[];
}

/** The fields every view of a certificate shares (the holder's, the public verification's, the school's). */
@ObjectType()
export abstract class CertificateFields {
  @Field(() => String, { description: 'The day it was taken (yyyy-mm-dd).' }) date!: string;
  @Field(() => Date, { nullable: true, description: 'When the results were published (the delivery date).' }) deliveredAt!: Date | null;
  @Field(() => String) certificationCenter!: string;
  @Field(() => Int, { nullable: true, description: 'Once published (0 unless validated).' }) pixScore!: number | null;
  @Field(() => Int, { description: 'The highest pix a certificate can carry.' }) maxPixScore!: number;
  @Field(() => String, { nullable: true, description: '"P-XXXXXXXX": published and validated only.' }) verificationCode!: string | null;
  @Field(() => [CertifiedCompetenceView], { description: 'Every competence of the framework with its certified level (validated only; else empty).' })
  competences!: CertifiedCompetenceView[];
  @Field(() => [CertifiedAreaView], { description: 'The same competences grouped by area.' }) areas!: CertifiedAreaView[];
}

@ObjectType('Certificate', { description: "A certification of the viewer's, as its holder sees it." })
export class CertificateView extends CertificateFields {
  @Field(() => ID) id!: string;
  @Field(() => CertificateStatusValue) status!: CertificateStatusValue;
  @Field(() => String, { nullable: true, description: "The jury's comment for the candidate, once published." }) commentForCandidate!: string | null;
  @Field(() => String, { nullable: true, description: 'The attestation (PDF, with the access token): published and validated only.' })
  attestationUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'The digital certificate (Open Badge credential): published and validated only.' })
  credentialUrl!: string | null;
}

@ObjectType('VerifiedCertificate', { description: 'What anyone may read of a published, validated certificate with its code.' })
export class VerifiedCertificateView extends CertificateFields {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd.' }) birthdate!: string;
}

@ObjectType('SchoolCertificationResult', { description: "A pupil's published certification result, as their school reads it." })
export class SchoolCertificationResultView extends CertificateFields {
  @Field(() => ID, { description: 'The certification number (its course).' }) id!: string;
  @Field(() => CertificateStatusValue) status!: CertificateStatusValue;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd.' }) birthdate!: string;
  @Field(() => String, { nullable: true }) division!: string | null;
  @Field(() => Int) sessionId!: number;
  @Field(() => String, { nullable: true, description: "The jury's comment for the school." }) commentForOrganization!: string | null;
}
