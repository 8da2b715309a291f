import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { authChecker } from './auth-checker';
import { MetaResolver } from './meta.resolver';
import { IntegrationResolver } from '../integration/graphql/integration.resolver';
import { GarSignInResolver } from './joins/gar.resolver';
import { AccountResolver } from '../identity-access-management/graphql/account.resolver';
import { StaffUsersResolver } from '../identity-access-management/graphql/staff-users.resolver';
import { UserAdministrationResolver } from '../user-administration/graphql/user-administration.resolver';
import { FrameworkResolver } from '../learning-content/graphql/framework.resolver';
import { AssessmentResolver } from '../evaluation/graphql/assessment.resolver';
import { TutorialResolver } from '../evaluation/graphql/tutorial.resolver';
import { ContentChallengeResolver } from '../evaluation/graphql/content-challenge.resolver';
import { PreviewAnswerResolver } from '../evaluation/graphql/preview-answer.resolver';
import { ContentTreeResolver } from '../learning-content/graphql/content-tree.resolver';
import { ChallengeStatisticsResolver } from '../evaluation/graphql/challenge-statistics.resolver';
import { OrganizationResolver, OrganizationTagsResolver } from '../organizational-entities/graphql/organization.resolver';
import { TeamResolver } from '../team/graphql/team.resolver';
import { AuditLogResolver } from '../audit-log/graphql/audit-log.resolver';
import { OrganizationMembershipsResolver } from '../team/graphql/membership.resolver';
import { ImportJobResolver, SiecleImportResolver } from '../prescription/learner-management/graphql/learners.resolver';
import { PupilAccountsResolver } from '../prescription/learner-management/graphql/pupil-accounts.resolver';
import { CampaignResolver } from '../prescription/campaign/graphql/campaign.resolver';
import { TargetProfileAdminResolver } from '../prescription/target-profile/graphql/target-profile-admin.resolver';
import { CampaignFieldsResolver } from '../prescription/campaign/graphql/campaign-fields.resolver';
import { MembershipFieldsResolver, OrganizationFieldsResolver, UserMembershipsResolver } from './joins/organization.fields';
import { CampaignParticipationResolver } from '../prescription/campaign-participation/graphql/campaign-participation.resolver';
import { NewPupilAccountResolver } from './joins/create-account-and-reconcile.resolver';
import { AuditLogEntryFieldsResolver, CampaignLandingFieldsResolver } from './joins/account-and-organization.fields';
import { CampaignParticipationFieldsResolver } from '../prescription/campaign-participation/graphql/campaign-participation-fields.resolver';
import { UserFieldsResolver } from './joins/user.fields';
import { CertificationCourseResolver } from '../certification/evaluation/graphql/certification-course.resolver';
import { InvigilationResolver } from '../certification/evaluation/graphql/invigilation.resolver';
import { AssessmentCertificationFieldsResolver, CertificationCourseFieldsResolver } from './joins/certification.fields';
import {
  AssessmentFieldsResolver,
  CampaignCompetenceResultFieldsResolver,
  CampaignParticipationJoinsResolver,
  CompetenceProfileFieldsResolver,
} from './joins/assessment.fields';
import {
  CampaignCompetenceCollectiveResultFieldsResolver,
  CampaignParticipationProgressResolver,
  CampaignResultsFieldsResolver,
  CampaignTubeRecommendationFieldsResolver,
} from './joins/campaign.fields';
import { CertificationCenterResolver } from '../certification/session-management/graphql/certification-center.resolver';
import { CertificationCenterAdminResolver, CertificationCenterSchoolResolver } from '../certification/session-management/graphql/center-admin.resolver';
import { CertificationSessionResolver } from '../certification/session-management/graphql/certification-session.resolver';
import { EnrolmentResolver } from '../certification/enrolment/graphql/enrolment.resolver';
import { CertificatesResolver } from '../certification/results/graphql/certificates.resolver';
import {
  CertificationCenterMembershipFieldsResolver,
  CertificationSessionFieldsResolver,
  UserCertificationCentersResolver,
} from './joins/certification-sessions.fields';
import { JuryActionFieldsResolver, JuryCourseResolver, JuryQuestionFieldsResolver, ScoringFieldsResolver } from '../certification/results/graphql/jury.resolver';
import {
  CertificationJuryResolver,
  CertificationSessionJuryFieldsResolver,
  JuryCourseSessionFieldsResolver,
  JuryQuestionChallengeFieldsResolver,
} from './joins/certification-jury.fields';

export const resolvers = [
  MetaResolver,
  AccountResolver,
  StaffUsersResolver,
  UserAdministrationResolver,
  FrameworkResolver,
  UserFieldsResolver,
  CompetenceProfileFieldsResolver,
  AssessmentResolver,
  AssessmentFieldsResolver,
  TutorialResolver,
  ContentChallengeResolver,
  PreviewAnswerResolver,
  ContentTreeResolver,
  ChallengeStatisticsResolver,
  OrganizationResolver,
  OrganizationTagsResolver,
  TargetProfileAdminResolver,
  OrganizationMembershipsResolver,
  OrganizationFieldsResolver,
  MembershipFieldsResolver,
  UserMembershipsResolver,
  TeamResolver,
  AuditLogResolver,
  AuditLogEntryFieldsResolver,
  ImportJobResolver,
  SiecleImportResolver,
  PupilAccountsResolver,
  CampaignResolver,
  CampaignFieldsResolver,
  CampaignLandingFieldsResolver,
  CampaignParticipationResolver,
  NewPupilAccountResolver,
  CampaignParticipationFieldsResolver,
  CampaignParticipationJoinsResolver,
  CampaignCompetenceResultFieldsResolver,
  CampaignResultsFieldsResolver,
  CampaignParticipationProgressResolver,
  CampaignCompetenceCollectiveResultFieldsResolver,
  CampaignTubeRecommendationFieldsResolver,
  CertificationCourseResolver,
  InvigilationResolver,
  CertificationCourseFieldsResolver,
  AssessmentCertificationFieldsResolver,
  CertificationCenterResolver,
  CertificationCenterAdminResolver,
  CertificationCenterSchoolResolver,
  CertificationSessionResolver,
  EnrolmentResolver,
  CertificatesResolver,
  CertificationSessionFieldsResolver,
  UserCertificationCentersResolver,
  CertificationCenterMembershipFieldsResolver,
  JuryCourseResolver,
  JuryQuestionFieldsResolver,
  JuryActionFieldsResolver,
  ScoringFieldsResolver,
  CertificationJuryResolver,
  CertificationSessionJuryFieldsResolver,
  JuryCourseSessionFieldsResolver,
  JuryQuestionChallengeFieldsResolver,
  IntegrationResolver,
  GarSignInResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process from the resolvers' decorators. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Subscriptions bring their own source (the event bus, see sessionActivity): type-graphql's topics are unused.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('Subscriptions declare their own `subscribe`.');
      },
    },
  });
  return built;
}
