import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/graphql/pagination';

export enum ApiScopeValue {
  CERTIFICATION_RESULTS_READ = 'certification-results:read',
  CAMPAIGN_RESULTS_READ = 'campaign-results:read',
  ORGANIZATION_LEARNERS_READ = 'organization-learners:read',
}
registerEnumType(ApiScopeValue, {
  name: 'ApiScope',
  description: 'What an API client may read.',
  valuesConfig: {
    CERTIFICATION_RESULTS_READ: { description: 'certification-results:read: published certification results (certificationResultsByUai).' },
    CAMPAIGN_RESULTS_READ: { description: 'campaign-results:read: shared results of the campaigns (campaignResultsByUai).' },
    ORGANIZATION_LEARNERS_READ: { description: "organization-learners:read: the school's pupils and how they log in (organizationLearnersByUai)." },
  },
});

export enum LoginMethodValue {
  EMAIL = 'EMAIL',
  USERNAME = 'USERNAME',
  GAR = 'GAR',
}
registerEnumType(LoginMethodValue, {
  name: 'LoginMethod',
  description: 'How a pupil logs in.',
  valuesConfig: { EMAIL: { description: 'E-mail address and password.' }, USERNAME: { description: 'Username (prenom.nomJJMM) and password.' }, GAR: { description: "The school's ENT, through the GAR (Médiacentre)." } },
});

export enum CertificationStatusValue {
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  PENDING = 'PENDING',
}
registerEnumType(CertificationStatusValue, {
  name: 'CertificationStatus',
  description: "The status of a certification: PENDING until its session is published, then the jury's.",
  valuesConfig: {
    VALIDATED: { description: 'Validated: carries the pix score, the verification code and the levels.' },
    REJECTED: { description: 'Rejected (too low a reproducibility, no pix, or fraud): no score.' },
    CANCELLED: { description: 'Cancelled (too many questions neutralised, or by the jury): no score.' },
    PENDING: { description: 'The session is finalised but not published yet: no score.' },
  },
});

@ArgsType()
export class SchoolPageArgs {
  @Field(() => String, { description: "The school's UAI (7 digits and a letter, e.g. 0751234A)." }) uai!: string;
  @Field(() => Int, { nullable: true, description: 'Number of items (1 to 100, 20 by default).' }) first?: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page (pageInfo.endCursor).' }) after?: string;
}

@ObjectType('SchoolLearner', { description: 'A pupil of the school (from its SIECLE import).', simpleResolvers: true })
export class SchoolLearnerView {
  @Field(() => ID, { description: 'Stable id of the pupil in this school.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'INE (identifiant national élève).' }) ine!: string | null;
  @Field(() => String, { description: 'First name.' }) firstName!: string;
  @Field(() => String, { description: 'Last name.' }) lastName!: string;
  @Field(() => String, { nullable: true, description: 'Birth date, AAAA-MM-JJ.' }) birthdate!: string | null;
  @Field(() => String, { nullable: true, description: 'Class (division).' }) division!: string | null;
  @Field(() => Boolean, { description: 'Left the school (no longer in its SIECLE file).' }) hasLeft!: boolean;
  @Field(() => [LoginMethodValue], { description: 'How the pupil logs in; empty: no account yet.' }) loginMethods!: LoginMethodValue[];
}

@ObjectType({ description: "A page of a school's pupils." })
export class SchoolLearnerConnection extends Connection(SchoolLearnerView, 'SchoolLearner') {}

@ObjectType('CampaignResult', { description: "A pupil's results shared in one of the school's campaigns.", simpleResolvers: true })
export class CampaignResultView {
  @Field(() => ID, { description: 'Id of the participation.' }) id!: string;
  @Field(() => String, { description: 'Code of the campaign (9 characters).' }) campaignCode!: string;
  @Field(() => String, { description: 'Name of the campaign.' }) campaignName!: string;
  @Field(() => String, { description: 'ASSESSMENT or PROFILES_COLLECTION.' }) campaignType!: string;
  @Field(() => String, { nullable: true, description: "The pupil's INE." }) ine!: string | null;
  @Field(() => String, { description: "The pupil's first name." }) firstName!: string;
  @Field(() => String, { description: "The pupil's last name." }) lastName!: string;
  @Field(() => String, { nullable: true, description: "The pupil's class." }) division!: string | null;
  @Field(() => Date, { description: 'When the results were shared.' }) sharedAt!: Date;
  @Field(() => Number, { nullable: true, description: 'Mastery rate, 0 to 1 (assessments).' }) masteryRate!: number | null;
  @Field(() => Int, { nullable: true, description: 'Pix score.' }) pixScore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Validated skills (assessments).' }) validatedSkillsCount!: number | null;
}

@ObjectType({ description: "A page of a school's shared campaign results." })
export class CampaignResultConnection extends Connection(CampaignResultView, 'CampaignResult') {}

@ObjectType('CertificationCompetenceLevel', { description: 'The level reached in one competence.', simpleResolvers: true })
export class CertificationCompetenceLevelView {
  @Field(() => String, { description: 'Competence code (1.1 to 5.2).' }) code!: string;
  @Field(() => Int, { description: 'Level reached.' }) level!: number;
}

@ObjectType('CertificationResult', { description: "A pupil's certification in a finalised session of the school's centre.", simpleResolvers: true })
export class CertificationResultView {
  @Field(() => ID, { description: 'Id of the certification.' }) id!: string;
  @Field(() => String, { nullable: true, description: "The pupil's INE." }) ine!: string | null;
  @Field(() => String, { description: 'First name.' }) firstName!: string;
  @Field(() => String, { description: 'Last name.' }) lastName!: string;
  @Field(() => String, { description: 'Birth date, AAAA-MM-JJ.' }) birthdate!: string;
  @Field(() => CertificationStatusValue, { description: 'Validated, rejected, cancelled, or pending (not published yet).' }) status!: CertificationStatusValue;
  @Field(() => Int, { nullable: true, description: 'Pix score (validated certifications only).' }) pixScore!: number | null;
  @Field(() => String, { nullable: true, description: 'Verification code of the certificate (P-XXXXXXXX).' }) verificationCode!: string | null;
  @Field(() => String, { description: 'Date of the session, AAAA-MM-JJ.' }) sessionDate!: string;
  @Field(() => String, { description: 'Number of the session.' }) sessionId!: string;
  @Field(() => String, { description: 'Name of the certification centre.' }) certificationCenter!: string;
  @Field(() => Date, { nullable: true, description: 'When the results were published (the date of delivery); null while pending.' }) publishedAt!: Date | null;
  @Field(() => [CertificationCompetenceLevelView], { description: 'Level per competence code (validated certifications only).' }) competences!: CertificationCompetenceLevelView[];
}

@ObjectType({ description: "A page of a school's certification results." })
export class CertificationResultConnection extends Connection(CertificationResultView, 'CertificationResult') {}

@InputType()
export class CreateApiClientInput {
  @Field(() => String, { description: 'Name of the software or publisher.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Who to contact at the publisher.' }) contact?: string | null;
  @Field(() => [ApiScopeValue]) scopes!: ApiScopeValue[];
  @Field(() => [String], { nullable: true, description: 'UAIs it may read; null: every school.' }) uais?: string[] | null;
}

@InputType({ description: "A change of an API client: each field omitted stays as it is; `uais: null` opens every school. Changed scopes or UAIs end the client's outstanding tokens." })
export class UpdateApiClientInput {
  @Field(() => String) clientId!: string;
  @Field(() => String, { nullable: true, description: 'Name of the software or publisher.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'Who to contact at the publisher.' }) contact?: string | null;
  @Field(() => [ApiScopeValue], { nullable: true }) scopes?: ApiScopeValue[];
  @Field(() => [String], { nullable: true, description: 'UAIs it may read; null: every school; omitted: unchanged.' }) uais?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Calls allowed per minute (1 to 100 000).' }) rateLimitPerMinute?: number;
}

@ObjectType('ApiClientUsageDay', { simpleResolvers: true })
export class ApiClientUsageDayView {
  @Field(() => String, { description: 'AAAA-MM-JJ.' }) day!: string;
  @Field(() => Int) calls!: number;
  @Field(() => Date) lastCallAt!: Date;
}

@ObjectType('ApiClient', { description: 'A client of the integrators API (platform team).', simpleResolvers: true })
export class ApiClientView {
  @Field(() => String) clientId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) contact!: string;
  @Field(() => [ApiScopeValue]) scopes!: ApiScopeValue[];
  @Field(() => [String], { nullable: true, description: 'null: every school.' }) uais!: string[] | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) rotatedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Int, { description: 'Calls allowed per minute.' }) rateLimitPerMinute!: number;
  @Field(() => [ApiClientUsageDayView], { description: 'Calls per day over the last 30 days, newest first.' }) usage!: ApiClientUsageDayView[];
  @Field(() => Date, { nullable: true, description: 'Last call.' }) lastCallAt!: Date | null;
}

@ObjectType('ApiClientSecret', { description: 'A client id and its secret: the secret is shown this once.', simpleResolvers: true })
export class ApiClientSecretView {
  @Field(() => String) clientId!: string;
  @Field(() => String) clientSecret!: string;
  @Field(() => ApiClientView) client!: ApiClientView;
}
