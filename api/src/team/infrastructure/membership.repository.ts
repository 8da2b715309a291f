import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { MembershipRow } from '../domain/team';

const toRow = (r: any): MembershipRow => ({ id: r.id, organizationId: r.organization_id, userId: r.user_id, role: r.role });

export class MembershipRepository {
  constructor(private readonly em: EntityManager) {}

  async find(organizationId: number, userId: number): Promise<MembershipRow | null> {
    const row = await knexOf(this.em)('memberships').where({ organization_id: organizationId, user_id: userId }).first();
    return row ? toRow(row) : null;
  }

  async ofOrganizations(organizationIds: readonly number[]): Promise<MembershipRow[]> {
    return (await knexOf(this.em)('memberships').whereIn('organization_id', organizationIds as number[]).orderBy('id')).map(toRow);
  }

  async ofUsers(userIds: readonly number[]): Promise<MembershipRow[]> {
    return (await knexOf(this.em)('memberships').whereIn('user_id', userIds as number[]).orderBy('id')).map(toRow);
  }

  async countOf(organizationId: number): Promise<number> {
    const [{ n }] = await knexOf(this.em)('memberships').where({ organization_id: organizationId }).count({ n: '*' });
    return Number(n);
  }

  /** Adds the member, or sets the role of an existing one. */
  async upsert(organizationId: number, userId: number, role: MembershipRoleName): Promise<MembershipRow> {
    const [row] = await knexOf(this.em)('memberships')
      .insert({ organization_id: organizationId, user_id: userId, role })
      .onConflict(['organization_id', 'user_id'])
      .merge({ role })
      .returning('*');
    return toRow(row);
  }

  async findById(id: number): Promise<MembershipRow | null> {
    const row = await knexOf(this.em)('memberships').where({ id }).first();
    return row ? toRow(row) : null;
  }

  /** The organisation's memberships, locked until the end of the transaction (two administrators demoting each other). */
  async lockOfOrganization(organizationId: number): Promise<Pick<MembershipRow, 'id' | 'role'>[]> {
    return knexOf(this.em)('memberships').where({ organization_id: organizationId }).forUpdate().select('id', 'role');
  }

  async setRole(id: number, role: MembershipRoleName): Promise<MembershipRow> {
    const [row] = await knexOf(this.em)('memberships').where({ id }).update({ role }).returning('*');
    return toRow(row);
  }

  async delete(id: number): Promise<void> {
    await knexOf(this.em)('memberships').where({ id }).delete();
  }
}
