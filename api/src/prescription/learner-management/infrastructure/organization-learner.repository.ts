import type { EntityManager } from '@mikro-orm/postgresql';
import { FRENCH_COLLATION, frenchContains, frenchOrder, type SortKey } from '../../../shared/infrastructure/database/french-text';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { SieclePupil } from '../domain/siecle-pupil';
import { reportNames, type ImportedPupil, type LearnerListFilter, type LearnerRow, type LearnerSortField } from '../domain/learner';

export interface ImportCounts {
  pupilsAdded: number;
  pupilsUpdated: number;
  pupilsLeft: number;
  /** The report's names (see `reportNames`): the first of the pupils added, and of those who left. */
  addedPupils: ImportedPupil[];
  leftPupils: ImportedPupil[];
}

const CHUNK = 1_000;

const toImportedPupil = (row: { first_name: string; last_name: string; division: string | null }): ImportedPupil => ({
  firstName: row.first_name,
  lastName: row.last_name,
  division: row.division,
});

/**
 * Upserts the pupils of a SIECLE file by INE and disables those no longer in it (their results stay),
 * in the caller's transaction. PostgreSQL tells inserted from updated rows (xmax = 0 on insert).
 */
export async function replaceSchoolPupils(em: EntityManager, organizationId: number, pupils: SieclePupil[], now: Date): Promise<ImportCounts> {
  const added: ImportedPupil[] = [];
  let pupilsUpdated = 0;
  for (let i = 0; i < pupils.length; i += CHUNK) {
    const rows = pupils.slice(i, i + CHUNK).map((p) => ({
      organization_id: organizationId,
      national_student_id: p.nationalStudentId,
      first_name: p.firstName,
      middle_name: p.middleName,
      third_name: p.thirdName,
      last_name: p.lastName,
      preferred_last_name: p.preferredLastName,
      sex: p.sex,
      birthdate: p.birthdate,
      birth_country_code: p.birthCountryCode,
      birth_city_code: p.birthCityCode,
      birth_city: p.birthCity,
      birth_province_code: p.birthProvinceCode,
      division: p.division,
      mef_code: p.mefCode,
      status: p.status,
      is_disabled: false,
      updated_at: now,
    }));
    const result: Array<{ inserted: boolean; first_name: string; last_name: string; division: string | null }> = await knexOf(em)('organization_learners')
      .insert(rows)
      .onConflict(['organization_id', 'national_student_id'])
      .merge()
      .returning([knexOf(em).raw('(xmax = 0) as inserted'), 'first_name', 'last_name', 'division']);
    for (const row of result) {
      if (row.inserted) added.push(toImportedPupil(row));
      else pupilsUpdated += 1;
    }
  }
  const left: Array<{ first_name: string; last_name: string; division: string | null }> = await knexOf(em)('organization_learners')
    .where({ organization_id: organizationId, is_disabled: false })
    .whereNotNull('national_student_id')
    .whereNotIn('national_student_id', pupils.map((p) => p.nationalStudentId))
    .update({ is_disabled: true, updated_at: now })
    .returning(['first_name', 'last_name', 'division']);
  return {
    pupilsAdded: added.length,
    pupilsUpdated,
    pupilsLeft: left.length,
    addedPupils: reportNames(added),
    leftPupils: reportNames(left.map(toImportedPupil)),
  };
}

const SORT_COLUMNS: Record<LearnerSortField, string> = {
  DIVISION: 'l.division',
  LAST_NAME: 'l.last_name',
  FIRST_NAME: 'l.first_name',
  BIRTHDATE: 'l.birthdate',
};

const TEXT_SORT = new Set(['l.division', 'l.last_name', 'l.first_name']);
const key = (column: string, order: 'asc' | 'desc' = 'asc', nulls?: 'last'): SortKey => ({ column, order, nulls, french: TEXT_SORT.has(column) });

/** The chosen column first, then class, name and id so that pages never overlap; names and classes in French order. */
function orderOf(sort?: { field: LearnerSortField; direction: 'ASC' | 'DESC' } | null): SortKey[] {
  const tail = ['l.division', 'l.last_name', 'l.first_name', 'l.id'].map((column) => key(column));
  if (!sort) return tail;
  const column = SORT_COLUMNS[sort.field];
  return [key(column, sort.direction === 'DESC' ? 'desc' : 'asc', 'last'), ...tail.filter((c) => c.column !== column)];
}

/** A page of the school's pupils (two statements whatever the page size), by class then name unless sorted otherwise. */
export async function listLearners(
  em: EntityManager,
  organizationId: number,
  filter: LearnerListFilter,
  page: { limit: number; offset: number },
  sort?: { field: LearnerSortField; direction: 'ASC' | 'DESC' } | null,
): Promise<{ rows: LearnerRow[]; totalCount: number }> {
  const base = knexOf(em)('organization_learners as l').where({ 'l.organization_id': organizationId });
  if (!filter.includeLeft) base.andWhere({ 'l.is_disabled': false });
  if (filter.division) base.andWhere({ 'l.division': filter.division });
  const term = filter.search?.trim();
  if (term) {
    const { sql, bindings } = frenchContains(['l.first_name', 'l.last_name', 'l.preferred_last_name'], term);
    base.andWhereRaw(sql, bindings);
  }
  const order = frenchOrder(orderOf(sort));
  const [rows, [{ n }]] = await Promise.all([
    base
      .clone()
      .leftJoin('users as u', 'u.id', 'l.user_id')
      .select(
        'l.id', 'l.user_id', 'l.first_name', 'l.last_name', 'l.birthdate', 'l.division', 'l.national_student_id', 'l.is_disabled',
        'u.email', 'u.username', 'u.platform_role',
        knexOf(em).raw('exists (select 1 from memberships m where m.user_id = l.user_id) as is_member'),
        knexOf(em).raw('exists (select 1 from gar_identities g where g.user_id = l.user_id) as has_gar'),
      )
      .orderByRaw(order.sql, order.bindings)
      .limit(page.limit)
      .offset(page.offset),
    base.clone().count({ n: '*' }),
  ]);
  return {
    totalCount: Number(n),
    rows: rows.map((r: any) => ({
      id: r.id,
      userId: r.user_id,
      firstName: r.first_name,
      lastName: r.last_name,
      birthdate: r.birthdate ? formatDate(r.birthdate) : null,
      division: r.division,
      nationalStudentId: r.national_student_id,
      isDisabled: r.is_disabled,
      hasEmail: !!r.email,
      hasUsername: !!r.username,
      hasGar: !!r.has_gar,
      username: r.username,
      account: r.user_id === null ? null : { email: r.email, platformRole: r.platform_role, isMember: r.is_member },
    })),
  };
}

function formatDate(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

export async function divisionsOf(em: EntityManager, organizationId: number): Promise<string[]> {
  const rows = await knexOf(em)('organization_learners')
    .select('division')
    .groupBy('division')
    .where({ organization_id: organizationId, is_disabled: false })
    .whereNotNull('division')
    .orderByRaw(`division collate ${FRENCH_COLLATION}`);
  return rows.map((r: { division: string }) => r.division);
}
