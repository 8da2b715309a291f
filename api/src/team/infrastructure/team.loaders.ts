import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MembershipRow } from '../domain/team';
import { MembershipRepository } from './membership.repository';

/** Lists of members and organisations resolve their memberships in one statement each. */
export function createTeamLoaders(em: EntityManager) {
  const group = <T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K) => keys.map((key) => rows.filter((row) => keyOf(row) === key));
  return {
    membershipsByOrganization: new DataLoader<number, MembershipRow[]>(async (ids) =>
      group(ids, await new MembershipRepository(em).ofOrganizations(ids), (m) => m.organizationId),
    ),
    membershipsByUser: new DataLoader<number, MembershipRow[]>(async (ids) => group(ids, await new MembershipRepository(em).ofUsers(ids), (m) => m.userId)),
  };
}
