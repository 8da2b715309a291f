import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CandidateSexValue {
  M = 'M',
  F = 'F',
}
registerEnumType(CandidateSexValue, { name: 'CandidateSex' });

@ObjectType('CertificationCandidate', { simpleResolvers: true })
export class CertificationCandidateView {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String, { description: 'Birth last name.' }) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) birthdate!: string;
  @Field(() => CandidateSexValue, { nullable: true, description: 'M or F; null when the school never gave it.' }) sex!: CandidateSexValue | null;
  @Field(() => String, { nullable: true }) birthCity!: string | null;
  @Field(() => String, { nullable: true }) birthInseeCode!: string | null;
  @Field(() => String, { nullable: true }) birthPostalCode!: string | null;
  @Field(() => String) birthCountry!: string;
  @Field(() => Int, { description: '"Temps majoré" (%).' }) extraTimePercentage!: number;
  @Field(() => String, { nullable: true }) resultRecipientEmail!: string | null;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => Boolean, { description: "A school's pupil, enrolled from SIECLE data." }) isSchoolPupil!: boolean;
  @Field(() => Boolean, { description: 'The candidate joined the session (then nothing of them changes).' }) hasJoined!: boolean;
}

@ObjectType('EnrolablePupil', { simpleResolvers: true })
export class EnrolablePupilView {
  @Field(() => ID, { description: 'The organisation learner.' }) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) birthdate!: string | null;
  @Field(() => String, { nullable: true }) division!: string | null;
  @Field(() => Boolean) alreadyEnrolled!: boolean;
}

@ObjectType('EnrolablePupils', { simpleResolvers: true, description: "The school's pupils a SCO centre may enrol in a session." })
export class EnrolablePupilsView {
  @Field(() => [String]) divisions!: string[];
  @Field(() => [EnrolablePupilView]) pupils!: EnrolablePupilView[];
}

@ObjectType('CandidatesImportProblem', { simpleResolvers: true })
export class CandidatesImportProblemView {
  @Field(() => Int, { nullable: true, description: "The file's line (1: the headers); null for the whole file." }) line!: number | null;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType('CandidatesImportReport', { simpleResolvers: true })
export class CandidatesImportReportView {
  @Field(() => Int, { description: 'Candidates added (0 when any line has a problem: nothing is imported then).' }) importedCount!: number;
  @Field(() => String, { nullable: true, description: 'What happened, for a refused file.' }) summary!: string | null;
  @Field(() => [CandidatesImportProblemView]) problems!: CandidatesImportProblemView[];
}

@InputType()
export class EnrolStudentsInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => [ID]) organizationLearnerIds!: string[];
}

@InputType()
export class AddCertificationCandidateInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) birthdate!: string;
  @Field(() => CandidateSexValue) sex!: CandidateSexValue;
  @Field(() => String, { nullable: true }) birthCity?: string;
  @Field(() => String, { nullable: true }) birthInseeCode?: string;
  @Field(() => String, { nullable: true }) birthPostalCode?: string;
  @Field(() => String) birthCountry!: string;
  @Field(() => Int, { nullable: true }) extraTimePercentage?: number;
  @Field(() => String, { nullable: true }) resultRecipientEmail?: string;
  @Field(() => String, { nullable: true }) externalId?: string;
}

@InputType()
export class UpdateCertificationCandidateInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => Int, { nullable: true }) extraTimePercentage?: number;
  @Field(() => String, { nullable: true }) resultRecipientEmail?: string;
  @Field(() => String, { nullable: true }) externalId?: string;
}

@ObjectType('CertificationCountry', { simpleResolvers: true, description: "A birth country or territory of the INSEE's list (code officiel géographique)." })
export class CertificationCountryView {
  @Field(() => String, { description: 'The INSEE code, five digits (99100: France).' }) code!: string;
  @Field(() => String, { description: 'The name stored, in upper case as the INSEE writes it.' }) name!: string;
  @Field(() => [String], { description: 'Other names accepted for it (accents, case and punctuation never matter).' }) aliases!: string[];
}
