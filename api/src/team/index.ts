/** The public surface of team: what other contexts may use of it (teams of organisations and of certification centres). */
export { acceptOrganizationInvitation, acceptTeamInvitation } from './application/accept-organization-invitation.usecase';
export { addOrganizationMember, addTeamMember } from './application/add-organization-member.usecase';
export { requestOrganizationActivation } from './application/request-organization-activation.usecase';
export { inviteMembers } from './application/invite-members.usecase';
export { resendInvitation } from './application/resend-invitation.usecase';
export { cancelInvitation } from './application/cancel-invitation.usecase';
export { changeMembership, staffChangeMembership } from './application/change-membership.usecase';
export { previewInvitation } from './application/preview-invitation.usecase';
export { listPendingInvitations } from './application/list-pending-invitations.usecase';
export { assertTeamAdmin, assertTeamAdminOrSupportReader, findTeamMembership, teamMembershipsOfUser } from './application/team-admin';
export type { InvitationPreview, InvitationRow, MembershipRow, TeamKind, TeamMembershipRow, TeamRef } from './domain/team';
export type { MembershipRoleName } from './domain/invitation-rules';
export {
  assertOrganizationReader,
  type OrganizationAccess,
  assertOrganizationMember,
  isSupportStaff,
  organizationAccessFromDatabase,
} from './application/organization-access';
export { assertOrganizationAdmin, assertOrganizationAdminOrSupportReader } from './application/organization-admin';
export { teamRepositories, type TeamRepositories } from './application/team-repositories';
export { createTeamLoaders } from './infrastructure/team.loaders';
