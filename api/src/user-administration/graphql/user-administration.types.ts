import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LOGIN_METHODS, PlatformRole, type LoginMethod } from '../../identity-access-management';

export const AccountLoginMethodValue = Object.fromEntries(LOGIN_METHODS.map((m) => [m, m])) as { [K in LoginMethod]: K };
registerEnumType(AccountLoginMethodValue, {
  name: 'AccountLoginMethod',
  description: 'A way into an account: EMAIL (e-mail and password), USERNAME (username and the same password), GAR (the school ENT).',
});

@ObjectType('AdminLoginMethod', { description: 'A way into an account, as the support team sees it.' })
export class AdminLoginMethodView {
  @Field(() => AccountLoginMethodValue) method!: LoginMethod;
  @Field(() => String, { description: 'The e-mail, the username, or the GAR opaque id (IDO).' }) identifier!: string;
  @Field(() => Date, { nullable: true, description: 'Last log-in through it, when known (GAR).' }) lastUsedAt!: Date | null;
}

@ObjectType('LogInThrottle', { description: "The account's failed log-in counter (attempts in the current window)." })
export class LogInThrottleView {
  @Field(() => Int) attempts!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => Date, { nullable: true, description: 'Log-ins are refused until then; null: not blocked.' }) blockedUntil!: Date | null;
  @Field(() => Date, { nullable: true }) windowEndsAt!: Date | null;
}

@ObjectType('AdminOrganizationMembership')
export class AdminOrganizationMembershipView {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String) organizationType!: string;
  @Field(() => String) role!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AdminOrganizationLearner', { description: 'A school or organisation record linked to the account.' })
export class AdminOrganizationLearnerView {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) division!: string | null;
  @Field(() => Boolean) isDisabled!: boolean;
}

@ObjectType('AdminCertificationCenterMembership')
export class AdminCertificationCenterMembershipView {
  @Field(() => ID) id!: string;
  @Field(() => ID) certificationCenterId!: string;
  @Field(() => String) certificationCenterName!: string;
  @Field(() => String) role!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AdminCampaignParticipation')
export class AdminCampaignParticipationView {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => String) campaignName!: string;
  @Field(() => String) campaignCode!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String, { description: 'STARTED, TO_SHARE or SHARED.' }) status!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sharedAt!: Date | null;
  @Field(() => Date, { nullable: true }) deletedAt!: Date | null;
}

@ObjectType('AdminCertificationCourse')
export class AdminCertificationCourseView {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) sessionDate!: string;
  @Field(() => String) certificationCenterName!: string;
  @Field(() => String, { description: 'STARTED or ENDED.' }) state!: string;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
}

@ObjectType('AdminUser', { description: 'An account as the platform team sees it (Pix Admin), with its links and its log-in state.' })
export class AdminUserView {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String) locale!: string;
  @Field(() => PlatformRole, { nullable: true }) platformRole!: PlatformRole | null;
  @Field(() => Boolean) mustChangePassword!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastLoggedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cguAcceptedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Set when the account was anonymised (GDPR).' }) anonymizedAt!: Date | null;
  @Field(() => [AdminLoginMethodView]) loginMethods!: AdminLoginMethodView[];
  @Field(() => LogInThrottleView) logInThrottle!: LogInThrottleView;
  @Field(() => [AdminOrganizationMembershipView]) organizationMemberships!: AdminOrganizationMembershipView[];
  @Field(() => [AdminOrganizationLearnerView]) organizationLearners!: AdminOrganizationLearnerView[];
  @Field(() => [AdminCertificationCenterMembershipView]) certificationCenterMemberships!: AdminCertificationCenterMembershipView[];
  @Field(() => [AdminCampaignParticipationView], { description: 'The newest 100.' }) campaignParticipations!: AdminCampaignParticipationView[];
  @Field(() => [AdminCertificationCourseView], { description: 'The newest 100.' }) certificationCourses!: AdminCertificationCourseView[];
}

@ArgsType()
export class UnblockUserArgs {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Why (kept in the audit log); required.' }) reason!: string;
}

@InputType()
export class RemoveLoginMethodInput {
  @Field(() => ID) userId!: string;
  @Field(() => AccountLoginMethodValue) method!: LoginMethod;
  @Field(() => String, { description: 'Why (kept in the audit log); required.' }) reason!: string;
}

@InputType()
export class SendPasswordResetEmailInput {
  @Field(() => ID) userId!: string;
  @Field(() => String, { description: 'Why (kept in the audit log); required.' }) reason!: string;
}

@InputType()
export class AnonymizeUserInput {
  @Field(() => ID) userId!: string;
  @Field(() => String, { description: 'Why, e.g. the reference of the request (kept in the audit log); required.' }) reason!: string;
}
