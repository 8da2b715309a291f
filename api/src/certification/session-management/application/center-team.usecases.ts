import type { IamDependencies, Viewer } from '../../../identity-access-management';
import {
  acceptTeamInvitation,
  addTeamMember,
  cancelInvitation,
  changeMembership,
  inviteMembers,
  listPendingInvitations,
  previewInvitation,
  resendInvitation,
  type InvitationPreview,
  type InvitationRow,
  type MembershipRoleName,
  type TeamMembershipRow,
  type TeamRepositories,
} from '../../../team';
import { assertCenterReader, existingCenter } from './center-access';
import { schoolOfCenter } from './create-certification-center.usecase';
import type { CertificationCenterRow } from '../domain/certification-center';
import type { SessionManagementRepositories } from './session-management-repositories';

/**
 * A centre's team goes through team's one implementation of members and invitations (the same as
 * Pix Orga's), with the certification centres' kind of team.
 */
const KIND = 'CERTIFICATION_CENTER' as const;

/** Staff add an existing account to a centre (audited under the centre's school when it has one); the membership comes back with its centre. */
export async function addCertificationCenterMember(
  repositories: Pick<SessionManagementRepositories, 'centers' | 'schools'>,
  team: TeamRepositories,
  viewer: Viewer,
  input: { certificationCenterId: number; email: string; role: MembershipRoleName; comment?: string | null },
): Promise<{ membership: TeamMembershipRow; center: CertificationCenterRow }> {
  const center = await existingCenter(repositories, input.certificationCenterId);
  const school = await schoolOfCenter(repositories, center);
  const membership = await addTeamMember(team, viewer, KIND, {
    teamId: center.id,
    email: input.email,
    role: input.role,
    comment: input.comment,
    auditOrganizationId: school?.id ?? null,
  });
  return { membership, center };
}

export const inviteCenterMembers = (
  team: TeamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'publicUrl'>,
  viewer: Viewer,
  input: { centerId: number; emails: string[]; role: MembershipRoleName },
) => inviteMembers(team, deps, viewer, KIND, { teamId: input.centerId, emails: input.emails, role: input.role });

export const resendCenterInvitation = (team: TeamRepositories, deps: Pick<IamDependencies, 'clock' | 'publicUrl'>, viewer: Viewer, invitationId: number) =>
  resendInvitation(team, deps, viewer, KIND, invitationId);

export const cancelCenterInvitation = (team: TeamRepositories, deps: Pick<IamDependencies, 'clock'>, viewer: Viewer, invitationId: number) =>
  cancelInvitation(team, deps, viewer, KIND, invitationId);

export const acceptCenterInvitation = (team: TeamRepositories, deps: Pick<IamDependencies, 'clock' | 'throttle'>, input: { userId: number; code: string }) =>
  acceptTeamInvitation(team, deps, KIND, input);

export const previewCenterInvitation = (team: TeamRepositories, deps: Pick<IamDependencies, 'clock'>, code: string): Promise<InvitationPreview> =>
  previewInvitation(team, deps, KIND, code);

export const changeCenterMembership = (team: TeamRepositories, viewer: Viewer, input: { membershipId: number; role: MembershipRoleName | null }) =>
  changeMembership(team, viewer, KIND, input);

export const pendingCenterInvitations = (team: TeamRepositories, deps: Pick<IamDependencies, 'clock'>, viewer: Viewer, centerId: number): Promise<InvitationRow[]> =>
  listPendingInvitations(team, deps, viewer, KIND, centerId);

/** The centre's members (its members and the reading staff). */
export async function centerMembers(repositories: Pick<SessionManagementRepositories, 'centers' | 'memberships'>, viewer: Viewer, centerId: number, membersOf: (centerId: number) => Promise<TeamMembershipRow[]>) {
  await assertCenterReader(repositories, viewer, centerId);
  return membersOf(centerId);
}

/** The centres an account belongs to, with its role in each (its owner), in French order of their names. */
export async function centerMembershipsOfUser(repositories: Pick<SessionManagementRepositories, 'centers' | 'memberships'>, userId: number): Promise<{ membership: TeamMembershipRow; center: CertificationCenterRow }[]> {
  const memberships = await repositories.memberships.ofUser(KIND, userId);
  const centers = await repositories.centers.byIds(memberships.map((m) => m.teamId));
  return centers.map((center) => ({ center, membership: memberships.find((m) => m.teamId === center.id)! }));
}
