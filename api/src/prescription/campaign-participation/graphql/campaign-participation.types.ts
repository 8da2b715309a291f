import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../../shared/graphql/pagination';
import type { KnowledgeSnapshot } from '../domain/mastery';

export enum CampaignParticipationStatusValue {
  STARTED = 'STARTED',
  TO_SHARE = 'TO_SHARE',
  SHARED = 'SHARED',
}
registerEnumType(CampaignParticipationStatusValue, {
  name: 'CampaignParticipationStatus',
  valuesConfig: {
    STARTED: { description: 'The test is in progress.' },
    TO_SHARE: { description: 'The test has ended; the results are not sent yet ("J\'envoie mes résultats").' },
    SHARED: { description: 'Sent: the organisation sees the results as they were at that moment.' },
  },
});

@ObjectType('CampaignParticipation', {
  description: "A learner's participation in a campaign: for the participant, and for the organisation's members (results once sent).",
})
export class CampaignParticipationView {
  @Field(() => ID) id!: string;
  @Field(() => CampaignParticipationStatusValue) status!: CampaignParticipationStatusValue;
  @Field(() => String, { nullable: true, description: 'The external identifier the campaign asked for.' }) participantExternalId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sharedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Stored at sharing: validated skills (assessment: among the campaign\'s skills).' })
  validatedSkillsCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Stored at sharing: pix of the campaign\'s skills (assessment) or of the whole profile.' })
  pixScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Stored at sharing, 0 to 1: validated skills / campaign skills, or pix / maximum pix.' })
  masteryRate!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Profiles collection, at sending: at least 5 competences at level 1 or more.' })
  isCertifiable!: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Profiles collection, at sending: competences at level 1 or more.' })
  certifiableCompetencesCount!: number | null;
  /** Internal, for field resolvers. */
  participationId!: number;
  campaignId!: number;
  userId!: number;
  organizationLearnerId!: number;
  snapshot!: KnowledgeSnapshot | null;
}

@InputType()
export class CampaignParticipationFilter {
  @Field(() => String, { nullable: true, description: 'Words found in the first name, last name or external identifier.' }) search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Pupils of these classes only.' }) divisions?: string[] | null;
  @Field(() => [CampaignParticipationStatusValue], { nullable: true }) statuses?: CampaignParticipationStatusValue[] | null;
}

@ArgsType()
export class CampaignParticipationsArgs extends ConnectionArgs {
  @Field(() => CampaignParticipationFilter, { nullable: true }) filter?: CampaignParticipationFilter | null;
}

@ObjectType()
export class CampaignParticipationConnection extends Connection(CampaignParticipationView, 'CampaignParticipation') {}

@ObjectType('CampaignCompetenceResult', { simpleResolvers: true })
export class CampaignCompetenceResultView {
  /** Internal: `competence` is declared in api/src/graphql (a content type). */
  competenceId!: string;
  @Field(() => Float, { description: '0 to 1.' }) masteryRate!: number;
  @Field(() => Int) validatedSkillsCount!: number;
  @Field(() => Int) targetedSkillsCount!: number;
}

@ObjectType('CampaignParticipationResults', {
  simpleResolvers: true,
  description: '"Vous maîtrisez X % des compétences testées": an assessment\'s results, overall and per competence (framework order).',
})
export class CampaignParticipationResultsView {
  @Field(() => Float, { description: '0 to 1: validated skills / campaign skills.' }) masteryRate!: number;
  @Field(() => Int) validatedSkillsCount!: number;
  @Field(() => Int) targetedSkillsCount!: number;
  @Field(() => [CampaignCompetenceResultView]) competences!: CampaignCompetenceResultView[];
}

@ObjectType('ReconciledLearner', { simpleResolvers: true, description: 'The pupil of the school the account is now linked to.' })
export class ReconciledLearnerView {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) organizationName!: string;
}

@InputType()
export class ReconcileWithOrganizationLearnerInput {
  @Field(() => String) campaignCode!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'AAAA-MM-JJ.' }) birthdate!: string;
}

@InputType()
export class StartCampaignParticipationInput {
  @Field(() => String, { description: 'Trimmed and upper-cased.' }) campaignCode!: string;
  @Field(() => String, { nullable: true, description: 'Required when the campaign has an idPixLabel (an e-mail address when idPixType is EMAIL).' })
  participantExternalId?: string | null;
}
