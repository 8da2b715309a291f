/** The public surface of team: what other contexts may use of it. */
export { acceptOrganizationInvitation } from './application/accept-organization-invitation.usecase';
export { addOrganizationMember } from './application/add-organization-member.usecase';
export { requestOrganizationActivation } from './application/request-organization-activation.usecase';
export type { MembershipRow } from './domain/team';
export {
  assertOrganizationReader,
  type OrganizationAccess,
  assertOrganizationMember,
  organizationAccessFromDatabase,
} from './application/organization-access';
export { assertOrganizationAdmin, assertOrganizationAdminOrSupportReader } from './application/organization-admin';
export { createTeamLoaders } from './infrastructure/team.loaders';
