import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { frenchContains, frenchOrder } from '../../../shared/infrastructure/database/french-text';
import type { CenterFilter, CertificationCenterRow, NewCertificationCenter } from '../domain/certification-center';

const toRow = (r: any): CertificationCenterRow => ({
  id: r.id,
  name: r.name,
  type: r.type,
  uai: r.uai ?? null,
  externalId: r.external_id ?? null,
  archivedAt: r.archived_at ? new Date(r.archived_at) : null,
});

const columnsOf = (center: NewCertificationCenter) => ({ name: center.name, type: center.type, uai: center.uai, external_id: center.externalId });

export class CertificationCenterRepository {
  constructor(private readonly em: EntityManager) {}

  async create(center: NewCertificationCenter): Promise<CertificationCenterRow> {
    const [row] = await knexOf(this.em)('certification_centers').insert(columnsOf(center)).returning('*');
    return toRow(row);
  }

  /** An active centre (archived ones too when staff read them). */
  async findById(id: number, options: { archivedToo?: boolean } = {}): Promise<CertificationCenterRow | null> {
    const query = knexOf(this.em)('certification_centers').where({ id });
    if (!options.archivedToo) query.whereNull('archived_at');
    const row = await query.first();
    return row ? toRow(row) : null;
  }

  /** The centre, locked until the end of the transaction (an edit or an archive against another). */
  async lock(id: number): Promise<CertificationCenterRow | null> {
    const row = await knexOf(this.em)('certification_centers').where({ id }).forUpdate().first();
    return row ? toRow(row) : null;
  }

  /** Centres by id, in French order of their names (a member's list of centres). */
  async byIds(ids: readonly number[]): Promise<CertificationCenterRow[]> {
    const order = frenchOrder([{ column: 'name', french: true }, { column: 'id' }]);
    const rows = await knexOf(this.em)('certification_centers')
      .whereIn('id', ids as number[])
      .whereNull('archived_at')
      .orderByRaw(order.sql, order.bindings);
    return rows.map(toRow);
  }

  async update(id: number, center: NewCertificationCenter, at: Date): Promise<CertificationCenterRow> {
    const [row] = await knexOf(this.em)('certification_centers').where({ id }).update({ ...columnsOf(center), updated_at: at }).returning('*');
    return toRow(row);
  }

  async archive(id: number, by: number, at: Date): Promise<CertificationCenterRow> {
    const [row] = await knexOf(this.em)('certification_centers').where({ id }).update({ archived_at: at, archived_by_user_id: by, updated_at: at }).returning('*');
    return toRow(row);
  }

  /** A page of the staff's search, in French order of names: two statements whatever the page size. */
  async search(filter: CenterFilter, page: { limit: number; offset: number }): Promise<{ rows: CertificationCenterRow[]; totalCount: number }> {
    const base = knexOf(this.em)('certification_centers as c');
    if (filter.archived) base.whereNotNull('c.archived_at');
    else base.whereNull('c.archived_at');
    if (filter.type) base.where('c.type', filter.type);
    if (filter.uai) base.whereRaw('upper(c.uai) = ?', [filter.uai]);
    for (const [column, term] of [['c.name', filter.name], ['c.external_id', filter.externalId]] as const) {
      if (!term) continue;
      const contains = frenchContains([column], term);
      base.whereRaw(contains.sql, contains.bindings);
    }
    const order = frenchOrder([{ column: 'c.name', french: true }, { column: 'c.id' }]);
    const [rows, [{ n }]] = await Promise.all([
      base.clone().select('c.*').orderByRaw(order.sql, order.bindings).limit(page.limit).offset(page.offset),
      base.clone().count({ n: '*' }),
    ]);
    return { rows: rows.map(toRow), totalCount: Number(n) };
  }
}
