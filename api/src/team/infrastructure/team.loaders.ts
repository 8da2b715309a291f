import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { organizationMembership, type MembershipRow, type TeamMembershipRow } from '../domain/team';
import { MembershipRepository } from './membership.repository';

/** Lists of members and teams resolve their memberships in one statement each. */
export function createTeamLoaders(em: EntityManager) {
  const group = <T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K) => keys.map((key) => rows.filter((row) => keyOf(row) === key));
  const organizations = new MembershipRepository(em, 'ORGANIZATION');
  const centers = new MembershipRepository(em, 'CERTIFICATION_CENTER');
  return {
    membershipsByOrganization: new DataLoader<number, MembershipRow[]>(async (ids) =>
      group(ids, (await organizations.ofTeams(ids)).map(organizationMembership), (m) => m.organizationId),
    ),
    membershipsByUser: new DataLoader<number, MembershipRow[]>(async (ids) =>
      group(ids, (await organizations.ofUsers(ids)).map(organizationMembership), (m) => m.userId),
    ),
    /** Certification centres' teams (Pix Certif). */
    centerMembershipsByCenter: new DataLoader<number, TeamMembershipRow[]>(async (ids) => group(ids, await centers.ofTeams(ids), (m) => m.teamId)),
    centerMembershipsByUser: new DataLoader<number, TeamMembershipRow[]>(async (ids) => group(ids, await centers.ofUsers(ids), (m) => m.userId)),
  };
}
