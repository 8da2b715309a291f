import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { frenchOrder } from '../../../shared/infrastructure/database/french-text';
import type { CertifiablePupilRow } from '../domain/learner';

const dateOf = (value: unknown): string | null =>
  value == null
    ? null
    : value instanceof Date
      ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`
      : String(value).slice(0, 10);

const toRow = (r: any): CertifiablePupilRow => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  birthdate: dateOf(r.birthdate),
  sex: r.sex ?? null,
  division: r.division ?? null,
  birthCityCode: r.birth_city_code ?? null,
  birthCity: r.birth_city ?? null,
  birthCountryCode: r.birth_country_code ?? null,
  birthProvinceCode: r.birth_province_code ?? null,
});

/** The school's current pupils (of a class, or these ids), by class then name in French order. */
export async function certifiablePupils(em: EntityManager, organizationId: number, filter: { division?: string | null; ids?: readonly number[] }): Promise<CertifiablePupilRow[]> {
  const order = frenchOrder([
    { column: 'division', french: true, nulls: 'last' },
    { column: 'last_name', french: true },
    { column: 'first_name', french: true },
    { column: 'id' },
  ]);
  const query = knexOf(em)('organization_learners').where({ organization_id: organizationId, is_disabled: false });
  if (filter.division) query.where({ division: filter.division });
  if (filter.ids) query.whereIn('id', filter.ids as number[]);
  return (await query.orderByRaw(order.sql, order.bindings)).map(toRow);
}
