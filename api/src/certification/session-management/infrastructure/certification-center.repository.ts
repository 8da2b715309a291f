import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { frenchOrder } from '../../../shared/infrastructure/database/french-text';
import type { CertificationCenterRow, NewCertificationCenter } from '../domain/certification-center';

const toRow = (r: any): CertificationCenterRow => ({ id: r.id, name: r.name, type: r.type, uai: r.uai ?? null, externalId: r.external_id ?? null });

export class CertificationCenterRepository {
  constructor(private readonly em: EntityManager) {}

  async create(center: NewCertificationCenter): Promise<CertificationCenterRow> {
    const [row] = await knexOf(this.em)('certification_centers')
      .insert({ name: center.name, type: center.type, uai: center.uai, external_id: center.externalId })
      .returning('*');
    return toRow(row);
  }

  async findById(id: number): Promise<CertificationCenterRow | null> {
    const row = await knexOf(this.em)('certification_centers').where({ id }).whereNull('archived_at').first();
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
}
