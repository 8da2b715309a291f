import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../identity-access-management';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { TeamKind, TeamMembershipRow, TeamRef } from '../domain/team';
import { MembershipRepository } from '../infrastructure/membership.repository';
import { isSupportStaff } from './organization-access';
import type { TeamRepositories } from './team-repositories';

type Memberships = Pick<TeamRepositories, 'memberships'>;

const ARCHIVED: Record<TeamKind, string> = {
  ORGANIZATION: 'adminOrganizations.errors.organizationArchived',
  CERTIFICATION_CENTER: 'adminOrganizations.errors.centerArchived',
};
const UNKNOWN: Record<TeamKind, string> = { ORGANIZATION: 'errors.organizationUnknown', CERTIFICATION_CENTER: 'certificationSessions.errors.centerUnknown' };

/** A team one may act in: an archived organisation or centre is read by staff, never changed. */
export async function existingTeam(repositories: Memberships, kind: TeamKind, teamId: number, options: { archivedToo?: boolean } = {}): Promise<TeamRef> {
  const team = await repositories.memberships[kind].team(teamId);
  if (!team) throw new NotFoundError(UNKNOWN[kind]);
  if (team.archived && !options.archivedToo) throw new BadUserInputError('id', ARCHIVED[kind]);
  return { id: team.id, name: team.name };
}

/** Administrators of the team act in its name (its invitations, its members): a real membership, the platform team included. */
export async function assertTeamAdmin(repositories: Memberships, viewer: Viewer, kind: TeamKind, teamId: number): Promise<TeamRef> {
  const team = await existingTeam(repositories, kind, teamId);
  const membership = await repositories.memberships[kind].find(teamId, viewer.userId);
  if (membership?.role !== 'ADMIN') throw new ForbiddenError();
  return team;
}

/** What the administrators see of their team (pending invitations): the support team reads it too. */
export async function assertTeamAdminOrSupportReader(repositories: Memberships, viewer: Viewer, kind: TeamKind, teamId: number): Promise<TeamRef> {
  if (isSupportStaff(viewer)) return existingTeam(repositories, kind, teamId, { archivedToo: true });
  return assertTeamAdmin(repositories, viewer, kind, teamId);
}

/** The viewer's membership of a team (null: none); other contexts call it with their entity manager (centres' access). */
export function findTeamMembership(em: EntityManager, kind: TeamKind, teamId: number, userId: number): Promise<TeamMembershipRow | null> {
  return new MembershipRepository(em, kind).find(teamId, userId);
}

/** The teams of one kind an account belongs to. */
export function teamMembershipsOfUser(em: EntityManager, kind: TeamKind, userId: number): Promise<TeamMembershipRow[]> {
  return new MembershipRepository(em, kind).ofUsers([userId]);
}
