import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CertificationCourseStateValue {
  STARTED = 'STARTED',
  ENDED = 'ENDED',
}
export enum CertificationEndReasonValue {
  COMPLETED = 'COMPLETED',
  TIMED_OUT = 'TIMED_OUT',
  ENDED_BY_INVIGILATOR = 'ENDED_BY_INVIGILATOR',
  ENDED_AT_FINALIZATION = 'ENDED_AT_FINALIZATION',
}
export enum CertificationCandidateStatusValue {
  NOT_JOINED = 'NOT_JOINED',
  WAITING_FOR_AUTHORIZATION = 'WAITING_FOR_AUTHORIZATION',
  IN_PROGRESS = 'IN_PROGRESS',
  ENDED = 'ENDED',
  ENDED_BY_INVIGILATOR = 'ENDED_BY_INVIGILATOR',
}
export enum ChallengeProblemCategoryValue {
  E1 = 'E1',
  E2 = 'E2',
  E3 = 'E3',
  E4 = 'E4',
  E5 = 'E5',
  E6 = 'E6',
  E7 = 'E7',
}
export enum ChallengeProblemStatusValue {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}
registerEnumType(CertificationCourseStateValue, { name: 'CertificationCourseState' });
registerEnumType(CertificationEndReasonValue, { name: 'CertificationEndReason' });
registerEnumType(CertificationCandidateStatusValue, {
  name: 'CertificationCandidateStatus',
  valuesConfig: {
    NOT_JOINED: { description: 'Enrolled, has not joined yet.' },
    WAITING_FOR_AUTHORIZATION: { description: 'Joined (or joined again after leaving): waits for the invigilator to let them start or resume.' },
    IN_PROGRESS: { description: 'Let in: answering, the clock runs.' },
    ENDED: { description: 'The test ended (completed, time over, at finalisation).' },
    ENDED_BY_INVIGILATOR: { description: 'The invigilator ended the test.' },
  },
});
registerEnumType(ChallengeProblemCategoryValue, {
  name: 'ChallengeProblemCategory',
  valuesConfig: {
    E1: { description: "L'image ne s'affiche pas." },
    E2: { description: "Le simulateur ou l'application ne s'affiche pas." },
    E3: { description: "Le fichier ne s'ouvre pas." },
    E4: { description: 'Le site est indisponible.' },
    E5: { description: "Le site est bloqué par le réseau de l'établissement." },
    E6: { description: 'Le lien ne fonctionne pas.' },
    E7: { description: 'Autre problème avec la question.' },
  },
});
registerEnumType(ChallengeProblemStatusValue, { name: 'ChallengeProblemStatus' });

@ObjectType('CertificationCourse', { description: "A candidate's certification test (their own)." })
export class CertificationCourseView {
  @Field(() => ID) id!: string;
  @Field(() => CertificationCourseStateValue) state!: CertificationCourseStateValue;
  @Field(() => CertificationCandidateStatusValue, { description: 'Where the candidate stands: waiting for the invigilator, in progress, ended.' })
  status!: CertificationCandidateStatusValue;
  @Field(() => Boolean, { description: 'The invigilator let the candidate start or resume (false again after joining again).' }) authorizedToStart!: boolean;
  @Field(() => Date, { nullable: true, description: 'The first authorisation: the clock starts then.' }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the time is over (server time); null until the first authorisation.' }) endsAt!: Date | null;
  @Field(() => Int, { nullable: true, description: "Seconds left by the server's clock; null until the first authorisation." }) timeLeftSeconds!: number | null;
  @Field(() => CertificationEndReasonValue, { nullable: true }) endReason!: CertificationEndReasonValue | null;
  @Field(() => Boolean) endScreenSeen!: boolean;
  @Field(() => Int) numberOfChallenges!: number;
  @Field(() => ID) sessionId!: string;
  /** Internal, for the assessment join. */
  assessmentId!: number;
  userId!: number;
}

@ObjectType('ChallengeProblemReport', { description: 'A problem the candidate reported on their current question, validated live by the invigilator.' })
export class ChallengeProblemReportView {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1-based.' }) questionNumber!: number;
  @Field(() => ChallengeProblemCategoryValue) category!: ChallengeProblemCategoryValue;
  @Field(() => ChallengeProblemStatusValue) status!: ChallengeProblemStatusValue;
  @Field(() => Date) createdAt!: Date;
}

@InputType()
export class JoinCertificationSessionInput {
  @Field(() => String, { description: 'N° de session.' }) sessionNumber!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String, { description: 'Nom de naissance.' }) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) birthdate!: string;
  @Field(() => String, { description: "Code d'accès given by the invigilator." }) accessCode!: string;
}

@InputType()
export class ReportChallengeProblemInput {
  @Field(() => ID) assessmentId!: string;
  @Field(() => ID, { description: 'The current challenge, as the API showed it (Challenge.id).' }) challengeId!: string;
  @Field(() => ChallengeProblemCategoryValue) category!: ChallengeProblemCategoryValue;
}

@InputType()
export class ResolveChallengeProblemInput {
  @Field(() => ID) reportId!: string;
  @Field(() => Boolean, { description: 'true: the question is neutralised and the candidate goes on; false: they answer it.' }) accepted!: boolean;
}

@ObjectType('CertificationProgress', { simpleResolvers: true })
export class CertificationProgressView {
  @Field(() => Int, { description: '"Question n sur N": the current question (N once ended).' }) questionNumber!: number;
  @Field(() => Int) numberOfQuestions!: number;
}
