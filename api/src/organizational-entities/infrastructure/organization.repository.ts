import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { frenchContains, frenchOrder } from '../../shared/infrastructure/database/french-text';
import type { NewOrganization, OrganizationRow } from '../domain/organization-rules';
import type { OrganizationFilter } from '../domain/organization-search';

const toRow = (r: any): OrganizationRow => ({
  id: r.id,
  name: r.name,
  type: r.type,
  uai: r.uai,
  email: r.email,
  isManagingStudents: r.is_managing_students,
  provinceCode: r.province_code ?? null,
  externalId: r.external_id ?? null,
  archivedAt: r.archived_at ? new Date(r.archived_at) : null,
  createdAt: new Date(r.created_at),
});

const columnsOf = (organization: NewOrganization) => ({
  name: organization.name,
  type: organization.type,
  uai: organization.uai,
  email: organization.email,
  is_managing_students: organization.isManagingStudents,
  province_code: organization.provinceCode,
  external_id: organization.externalId,
});

export class OrganizationRepository {
  constructor(private readonly em: EntityManager) {}

  private knex() {
    return knexOf(this.em);
  }

  async create(organization: NewOrganization): Promise<OrganizationRow> {
    const [row] = await this.knex()('organizations').insert(columnsOf(organization)).returning('*');
    return toRow(row);
  }

  async findById(id: number): Promise<OrganizationRow | null> {
    const row = await this.knex()('organizations').where({ id }).first();
    return row ? toRow(row) : null;
  }

  /** The organisation, locked until the end of the transaction (an edit or an archive against another). */
  async lock(id: number): Promise<OrganizationRow | null> {
    const row = await this.knex()('organizations').where({ id }).forUpdate().first();
    return row ? toRow(row) : null;
  }

  async findByIds(ids: readonly number[]): Promise<OrganizationRow[]> {
    return (await this.knex()('organizations').whereIn('id', ids as number[])).map(toRow);
  }

  /** The active school with this UAI (activation). */
  async findActiveSchoolByUai(uai: string): Promise<OrganizationRow | null> {
    const row = await this.knex()('organizations').where({ uai, type: 'SCO' }).whereNull('archived_at').first();
    return row ? toRow(row) : null;
  }

  async update(id: number, organization: NewOrganization, at: Date): Promise<OrganizationRow> {
    const [row] = await this.knex()('organizations').where({ id }).update({ ...columnsOf(organization), updated_at: at }).returning('*');
    return toRow(row);
  }

  async archive(id: number, by: number, at: Date): Promise<OrganizationRow> {
    const [row] = await this.knex()('organizations').where({ id }).update({ archived_at: at, archived_by_user_id: by, updated_at: at }).returning('*');
    return toRow(row);
  }

  /**
   * A page of the staff's search, in French order of names: two statements (the page and the
   * count) whatever the page size.
   */
  async search(filter: OrganizationFilter, page: { limit: number; offset: number }): Promise<{ rows: OrganizationRow[]; totalCount: number }> {
    const base = this.knex()('organizations as o');
    if (filter.archived) base.whereNotNull('o.archived_at');
    else base.whereNull('o.archived_at');
    if (filter.type) base.where('o.type', filter.type);
    if (filter.uai) base.where('o.uai', filter.uai);
    if (filter.name) {
      const name = frenchContains(['o.name'], filter.name);
      base.whereRaw(name.sql, name.bindings);
    }
    if (filter.externalId) {
      const externalId = frenchContains(['o.external_id'], filter.externalId);
      base.whereRaw(externalId.sql, externalId.bindings);
    }
    for (const tagId of filter.tagIds)
      base.whereExists((q) => q.select(this.knex().raw('1')).from('organization_tags as ot').whereRaw('ot.organization_id = o.id').where('ot.tag_id', tagId));
    const order = frenchOrder([{ column: 'o.name', french: true }, { column: 'o.id' }]);
    const [rows, [{ n }]] = await Promise.all([
      base.clone().select('o.*').orderByRaw(order.sql, order.bindings).limit(page.limit).offset(page.offset),
      base.clone().count({ n: '*' }),
    ]);
    return { rows: rows.map(toRow), totalCount: Number(n) };
  }
}
