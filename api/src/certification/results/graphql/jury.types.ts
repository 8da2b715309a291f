import { JSONObjectResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CertificationStatusValue {
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CertificationStatusValue, { name: 'CertificationScoringStatus', description: "A certification's status, from its latest scoring (the jury's decision included)." });

export enum CertificationJuryDecisionValue {
  CANCELLED = 'CANCELLED',
  REJECTED_FOR_FRAUD = 'REJECTED_FOR_FRAUD',
}
registerEnumType(CertificationJuryDecisionValue, { name: 'CertificationJuryDecision' });

export enum CertificationCenterTypeFilter {
  SCO = 'SCO',
  SUP = 'SUP',
  PRO = 'PRO',
}
registerEnumType(CertificationCenterTypeFilter, { name: 'CertificationCenterTypeFilter' });

@InputType()
export class SessionsToProcessFilter {
  @Field(() => CertificationCenterTypeFilter, { nullable: true, description: "Only this type of centre." }) centerType?: CertificationCenterTypeFilter;
  @Field(() => Boolean, { nullable: true, description: 'Only sessions with an incident or a problem report.' }) withIncidentsOrReports?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only the sessions assigned to the viewer.' }) assignedToMe?: boolean;
}

@ObjectType('CertificationCompetenceMark', { simpleResolvers: true })
export class CompetenceMarkView {
  @Field(() => String) competenceId!: string;
  @Field(() => String, { description: 'The competence code, e.g. "1.1".' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'The certified level (0: uncertified).' }) level!: number;
  @Field(() => Int) pix!: number;
  @Field(() => String, { description: 'V (validated), D (one level down) or U (uncertified).' }) outcome!: string;
  @Field(() => Int) questions!: number;
  @Field(() => Int) correct!: number;
  @Field(() => Int) neutralized!: number;
}

@ObjectType('CertificationScoring', { description: 'One scoring run of a certification (the latest stands).' })
export class ScoringView {
  @Field(() => CertificationStatusValue) status!: CertificationStatusValue;
  @Field(() => String, { nullable: true, description: 'Why it is not validated: TOO_MANY_NEUTRALIZED, LOW_REPRODUCIBILITY, NO_PIX, CANCELLED_BY_JURY, FRAUD.' })
  reason!: string | null;
  @Field(() => Int) pixScore!: number;
  @Field(() => Int, { description: 'Right answers among the counted questions.' }) correct!: number;
  @Field(() => Int, { description: 'Questions counted (not neutralised).' }) counted!: number;
  @Field(() => Float, { nullable: true, description: 'Reproducibility rate, 0 to 1 (null when nothing is counted).' }) reproducibilityRate!: number | null;
  @Field(() => [CompetenceMarkView]) competenceMarks!: CompetenceMarkView[];
  @Field(() => String, { description: 'FINALIZATION or JURY.' }) trigger!: string;
  @Field(() => Date) createdAt!: Date;
  createdByUserId!: number | null;
}

@ObjectType('JuryCandidate', { simpleResolvers: true })
export class JuryCandidateView {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) birthdate!: string;
  @Field(() => String, { nullable: true }) sex!: string | null;
  @Field(() => String, { nullable: true }) birthCity!: string | null;
  @Field(() => String, { nullable: true }) birthInseeCode!: string | null;
  @Field(() => String, { nullable: true }) birthPostalCode!: string | null;
  @Field(() => String) birthCountry!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => Int) extraTimePercentage!: number;
  @Field(() => String, { nullable: true }) resultRecipientEmail!: string | null;
}

@ObjectType('JuryQuestion')
export class JuryQuestionView {
  @Field(() => Int, { description: 'Its number in the test, from 1.' }) number!: number;
  @Field(() => String, { description: "The content's challenge id (what neutralizeChallenge takes)." }) challengeId!: string;
  @Field(() => String) skillId!: string;
  @Field(() => String, { description: 'e.g. "@formulesTableur1".' }) skillName!: string;
  @Field(() => String) competenceId!: string;
  @Field(() => String) competenceCode!: string;
  @Field(() => String, { nullable: true, description: 'The answer as sent (null: unanswered).' }) answerValue!: string | null;
  @Field(() => String, { nullable: true, description: 'ok, ko, skipped, timed-out, focused-out; null: unanswered (counts as wrong unless neutralised).' })
  result!: string | null;
  @Field(() => Boolean) isNeutralized!: boolean;
  @Field(() => String, { nullable: true, description: 'INCIDENT, PROBLEM_REPORT or JURY.' }) neutralizedBy!: string | null;
  neutralizedByUserId!: number | null;
}

@ObjectType('JuryProblemReport', { simpleResolvers: true })
export class JuryProblemReportView {
  @Field(() => ID) id!: string;
  @Field(() => ID) certificationCourseId!: string;
  @Field(() => String) candidateName!: string;
  @Field(() => Int) questionNumber!: number;
  @Field(() => String) challengeId!: string;
  @Field(() => String, { description: 'E1 to E7.' }) category!: string;
  @Field(() => String, { description: 'PENDING, ACCEPTED or REFUSED (by the invigilator).' }) status!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('JuryIncident', { simpleResolvers: true })
export class JuryIncidentView {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => String) candidateName!: string;
  @Field(() => String, { description: 'C1–C6, E1–E7, A1–A2 (the incident report form).' }) code!: string;
  @Field(() => Int, { nullable: true }) questionNumber!: number | null;
  @Field(() => String) comment!: string;
}

@ObjectType('JuryActionEntry')
export class JuryActionView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'SESSION_ASSIGNED, CHALLENGE_NEUTRALIZED, CERTIFICATION_CANCELLED, SESSION_PUBLISHED…' }) action!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => JSONObjectResolver, { nullable: true }) before!: Record<string, unknown> | null;
  @Field(() => JSONObjectResolver, { nullable: true }) after!: Record<string, unknown> | null;
  actorUserId!: number | null;
}

@ObjectType('JuryCertificationCourse', { description: "A certification as the jury sees it (the certification team and the support)." })
export class JuryCourseView {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { description: 'STARTED or ENDED.' }) state!: string;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => Boolean, { description: '"Écran de fin du test vu".' }) endScreenSeen!: boolean;
  @Field(() => String, { nullable: true }) verificationCode!: string | null;
  @Field(() => CertificationJuryDecisionValue, { nullable: true }) juryDecision!: CertificationJuryDecisionValue | null;
  @Field(() => String, { nullable: true }) commentForCandidate!: string | null;
  @Field(() => String, { nullable: true }) commentForOrganization!: string | null;
  @Field(() => Boolean, { description: 'Its session is published.' }) isPublished!: boolean;
  @Field(() => JuryCandidateView) candidate!: JuryCandidateView;
  @Field(() => [JuryQuestionView], { description: 'In the order of the test.' }) questions!: JuryQuestionView[];
  @Field(() => [JuryProblemReportView]) problemReports!: JuryProblemReportView[];
  @Field(() => [JuryIncidentView], { description: "The candidate's incidents (the incident report form)." }) incidents!: JuryIncidentView[];
  @Field(() => ScoringView, { nullable: true, description: 'The latest scoring (null: not scored yet).' }) scoring!: ScoringView | null;
  @Field(() => [JuryActionView], { description: "The jury's actions on it and on its session, oldest first." }) history!: JuryActionView[];
  sessionIdValue!: number;
}

@ObjectType('JuryCertificationSummary', { simpleResolvers: true, description: "A candidate of a session and their certification's latest scoring." })
export class JuryCertificationSummaryView {
  @Field(() => ID, { nullable: true, description: "The certification (null: the candidate didn't take the test)." }) certificationCourseId!: string | null;
  @Field(() => ID) candidateId!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) birthdate!: string;
  @Field(() => CertificationStatusValue, { nullable: true }) status!: CertificationStatusValue | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Int, { nullable: true }) pixScore!: number | null;
  @Field(() => CertificationJuryDecisionValue, { nullable: true }) juryDecision!: CertificationJuryDecisionValue | null;
  @Field(() => String, { nullable: true }) verificationCode!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
}

@InputType()
export class JuryChallengeInput {
  @Field(() => ID) certificationCourseId!: string;
  @Field(() => String, { description: "The content's challenge id (JuryQuestion.challengeId)." }) challengeId!: string;
}

@InputType()
export class UpdateJuryCommentsInput {
  @Field(() => ID) certificationCourseId!: string;
  @Field(() => String, { nullable: true, description: 'Shown with the certificate (empty: none; not given: unchanged).' }) commentForCandidate?: string;
  @Field(() => String, { nullable: true, description: "In the school's results (empty: none; not given: unchanged)." }) commentForOrganization?: string;
}

@InputType()
export class UpdateCertificationCandidateInformationInput {
  @Field(() => ID) certificationCourseId!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) birthdate!: string;
  @Field(() => String, { description: 'M or F.' }) sex!: string;
  @Field(() => String, { nullable: true }) birthCity?: string;
  @Field(() => String, { nullable: true, description: 'Born in France: the INSEE code of the town, or its postal code and name.' }) birthInseeCode?: string;
  @Field(() => String, { nullable: true }) birthPostalCode?: string;
  @Field(() => String) birthCountry!: string;
  @Field(() => Int, { nullable: true, description: 'Extra time, 0 to 100 % (incident C2).' }) extraTimePercentage?: number;
}
