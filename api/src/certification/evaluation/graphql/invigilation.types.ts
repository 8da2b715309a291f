import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CertificationCandidateStatusValue, CertificationEndReasonValue, ChallengeProblemReportView } from './certification-course.types';

@ObjectType('LiveCandidate', { description: "A candidate of the session as the invigilator's live list shows them." })
export class LiveCandidateView {
  @Field(() => ID, { description: 'The candidate (certification_candidates).' }) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) birthdate!: string;
  @Field(() => Int) extraTimePercentage!: number;
  @Field(() => CertificationCandidateStatusValue) status!: CertificationCandidateStatusValue;
  @Field(() => Date, { nullable: true }) joinedAt!: Date | null;
  @Field(() => Boolean) authorizedToStart!: boolean;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => Int, { nullable: true, description: '"Question n sur N".' }) questionNumber!: number | null;
  @Field(() => Int, { nullable: true }) numberOfQuestions!: number | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => Int, { nullable: true }) timeLeftSeconds!: number | null;
  @Field(() => CertificationEndReasonValue, { nullable: true }) endReason!: CertificationEndReasonValue | null;
  @Field(() => Boolean, { description: "Écran de fin du test vu." }) endScreenSeen!: boolean;
  @Field(() => ChallengeProblemReportView, { nullable: true, description: 'A problem reported and not resolved yet.' }) pendingProblemReport!: ChallengeProblemReportView | null;
}

@ObjectType('SupervisedSession', { description: 'A session as its invigilator (or a member of its centre) supervises it.' })
export class SupervisedSessionView {
  @Field(() => ID, { description: 'N° de session.' }) id!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) date!: string;
  @Field(() => String, { description: 'hh:mm' }) time!: string;
  @Field(() => String, { description: 'CREATED, FINALIZED, IN_PROCESS, PROCESSED.' }) state!: string;
  @Field(() => [LiveCandidateView]) candidates!: LiveCandidateView[];
}

@ObjectType('InvigilatorSession')
export class InvigilatorSessionView {
  @Field(() => String, { description: 'Send it as `Authorization: Bearer` (and as connectionParams.authorization for the subscription): valid for this session only.' })
  accessToken!: string;
  @Field(() => Date, { description: 'The end of the day; finalising the session ends it too.' }) expiresAt!: Date;
  @Field(() => SupervisedSessionView) session!: SupervisedSessionView;
}

@InputType()
export class SuperviseSessionInput {
  @Field(() => String) sessionNumber!: string;
  @Field(() => String) invigilatorPassword!: string;
}

@InputType()
export class FinalizationIncidentInput {
  @Field(() => String, { description: 'C1–C6, E1–E7, A1, A2 (PV d’incident).' }) code!: string;
  @Field(() => Int, { nullable: true, description: 'Required for E1–E7: the question number (1-based).' }) questionNumber?: number | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class FinalizationCandidateInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => Boolean, { description: 'Écran de fin du test vu.' }) endScreenSeen!: boolean;
  @Field(() => [FinalizationIncidentInput], { defaultValue: [] }) incidents!: FinalizationIncidentInput[];
}

@InputType()
export class FinalizeSessionInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => [FinalizationCandidateInput]) candidates!: FinalizationCandidateInput[];
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType('SessionFinalization')
export class SessionFinalizationView {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int, { description: 'Tests still running, ended by the finalisation.' }) endedCoursesCount!: number;
  @Field(() => Int, { description: 'Questions neutralised by the incidents reported.' }) neutralizedQuestionsCount!: number;
}

@ObjectType('SessionActivity', { description: 'One change of a candidate of the session (read the live list again to see it).' })
export class SessionActivityView {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID, { nullable: true }) candidateId!: string | null;
  @Field(() => String, { description: 'JOINED, AUTHORIZED, ANSWERED, PROBLEM_REPORTED, PROBLEM_RESOLVED, ENDED, END_SCREEN_SEEN, FINALIZED.' }) kind!: string;
  @Field(() => Date) at!: Date;
}
