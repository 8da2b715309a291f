import type { EntityManager } from '@mikro-orm/postgresql';
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
  teamMembershipsOfUser,
  type InvitationPreview,
  type InvitationRow,
  type MembershipRoleName,
  type TeamMembershipRow,
} from '../../../team';
import { assertCenterReader, existingCenter } from './center-access';
import { schoolOfCenter } from './create-certification-center.usecase';
import type { CertificationCenterRow } from '../domain/certification-center';
import { CertificationCenterRepository } from '../infrastructure/certification-center.repository';

/**
 * A centre's team goes through team's one implementation of members and invitations (the same as
 * Pix Orga's), with the certification centres' kind of team.
 */
const KIND = 'CERTIFICATION_CENTER' as const;

/** Staff add an existing account to a centre (audited under the centre's school when it has one); the membership comes back with its centre. */
export async function addCertificationCenterMember(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  input: { certificationCenterId: number; email: string; role: MembershipRoleName; comment?: string | null },
): Promise<{ membership: TeamMembershipRow; center: CertificationCenterRow }> {
  const center = await existingCenter(em, input.certificationCenterId);
  const school = await schoolOfCenter(em, center);
  const membership = await addTeamMember(em, deps, viewer, KIND, {
    teamId: center.id,
    email: input.email,
    role: input.role,
    comment: input.comment,
    auditOrganizationId: school?.id ?? null,
  });
  return { membership, center };
}

export const inviteCenterMembers = (em: EntityManager, deps: IamDependencies, viewer: Viewer, input: { centerId: number; emails: string[]; role: MembershipRoleName }) =>
  inviteMembers(em, deps, viewer, KIND, { teamId: input.centerId, emails: input.emails, role: input.role });

export const resendCenterInvitation = (em: EntityManager, deps: IamDependencies, viewer: Viewer, invitationId: number) =>
  resendInvitation(em, deps, viewer, KIND, invitationId);

export const cancelCenterInvitation = (em: EntityManager, deps: Pick<IamDependencies, 'clock'>, viewer: Viewer, invitationId: number) =>
  cancelInvitation(em, deps, viewer, KIND, invitationId);

export const acceptCenterInvitation = (em: EntityManager, deps: Pick<IamDependencies, 'clock' | 'throttle'>, input: { userId: number; code: string }) =>
  acceptTeamInvitation(em, deps, KIND, input);

export const previewCenterInvitation = (em: EntityManager, deps: Pick<IamDependencies, 'clock'>, code: string): Promise<InvitationPreview> =>
  previewInvitation(em, deps, KIND, code);

export const changeCenterMembership = (em: EntityManager, viewer: Viewer, input: { membershipId: number; role: MembershipRoleName | null }) =>
  changeMembership(em, viewer, KIND, input);

export const pendingCenterInvitations = (em: EntityManager, deps: Pick<IamDependencies, 'clock'>, viewer: Viewer, centerId: number): Promise<InvitationRow[]> =>
  listPendingInvitations(em, deps, viewer, KIND, centerId);

/** The centre's members (its members and the reading staff). */
export async function centerMembers(em: EntityManager, viewer: Viewer, centerId: number, membersOf: (centerId: number) => Promise<TeamMembershipRow[]>) {
  await assertCenterReader(em, viewer, centerId);
  return membersOf(centerId);
}

/** The centres an account belongs to, with its role in each (its owner), in French order of their names. */
export async function centerMembershipsOfUser(em: EntityManager, userId: number): Promise<{ membership: TeamMembershipRow; center: CertificationCenterRow }[]> {
  const memberships = await teamMembershipsOfUser(em, KIND, userId);
  const centers = await new CertificationCenterRepository(em).byIds(memberships.map((m) => m.teamId));
  return centers.map((center) => ({ center, membership: memberships.find((m) => m.teamId === center.id)! }));
}
