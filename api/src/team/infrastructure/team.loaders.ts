import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { UserEntity } from '../../identity-access-management';
import { OrganizationRepository, type OrganizationRow } from '../../organizational-entities';
import type { MembershipRow } from '../domain/team';
import { MembershipRepository } from './membership.repository';

/** Lists of members and organisations resolve their relations in one statement each. */
export function createTeamLoaders(em: EntityManager) {
  const group = <T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K) => keys.map((key) => rows.filter((row) => keyOf(row) === key));
  return {
    membershipsByOrganization: new DataLoader<number, MembershipRow[]>(async (ids) =>
      group(ids, await new MembershipRepository(em).ofOrganizations(ids), (m) => m.organizationId),
    ),
    membershipsByUser: new DataLoader<number, MembershipRow[]>(async (ids) => group(ids, await new MembershipRepository(em).ofUsers(ids), (m) => m.userId)),
    organizationById: new DataLoader<number, OrganizationRow | undefined>(async (ids) => {
      const rows = await new OrganizationRepository(em).findByIds(ids);
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
    userById: new DataLoader<number, UserEntity | undefined>(async (ids) => {
      const rows = await knexOf(em)('users')
        .select('id', 'first_name', 'last_name', 'email', 'username', 'locale', 'platform_role', 'must_change_password', 'created_at')
        .whereIn('id', ids as number[]);
      return ids.map((id) => {
        const row = rows.find((r: { id: number }) => r.id === id);
        return row
          ? Object.assign(new UserEntity(), {
              id: row.id,
              firstName: row.first_name,
              lastName: row.last_name,
              email: row.email,
              username: row.username,
              locale: row.locale,
              platformRole: row.platform_role,
              mustChangePassword: row.must_change_password,
              createdAt: row.created_at,
            })
          : undefined;
      });
    }),
  };
}
