import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { NewOrganization, OrganizationRow } from '../domain/organization-rules';

const toRow = (r: any): OrganizationRow => ({
  id: r.id,
  name: r.name,
  type: r.type,
  uai: r.uai,
  email: r.email,
  isManagingStudents: r.is_managing_students,
  archivedAt: r.archived_at ? new Date(r.archived_at) : null,
});

export class OrganizationRepository {
  constructor(private readonly em: EntityManager) {}

  async create(organization: NewOrganization): Promise<OrganizationRow> {
    const [row] = await knexOf(this.em)('organizations')
      .insert({
        name: organization.name,
        type: organization.type,
        uai: organization.uai,
        email: organization.email,
        is_managing_students: organization.isManagingStudents,
      })
      .returning('*');
    return toRow(row);
  }

  async findById(id: number): Promise<OrganizationRow | null> {
    const row = await knexOf(this.em)('organizations').where({ id }).first();
    return row ? toRow(row) : null;
  }

  async findByIds(ids: readonly number[]): Promise<OrganizationRow[]> {
    return (await knexOf(this.em)('organizations').whereIn('id', ids as number[])).map(toRow);
  }

  /** The active school with this UAI (activation). */
  async findActiveSchoolByUai(uai: string): Promise<OrganizationRow | null> {
    const row = await knexOf(this.em)('organizations').where({ uai, type: 'SCO' }).whereNull('archived_at').first();
    return row ? toRow(row) : null;
  }
}
