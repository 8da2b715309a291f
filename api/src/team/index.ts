/** The public surface of team: what other contexts may use of it. */
export { acceptOrganizationInvitation, addOrganizationMember, requestOrganizationActivation } from './application/team.usecases';
export { type MembershipRow, MembershipRepository } from './infrastructure/membership.repository';
export { assertOrganizationReader, type OrganizationAccess, assertOrganizationMember } from './application/organization-access';
export { organizationAccessOf } from './graphql/organization-access';
export { assertOrganizationAdmin, assertOrganizationAdminOrSupportReader } from './application/team-management.usecases';
export { createTeamLoaders } from './infrastructure/team.loaders';
