import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { frenchOrder } from '../../../shared/infrastructure/database/french-text';
import type { ValidCandidate } from '../domain/candidate';
import type { CandidateRow } from '../domain/enrolled-candidate';

const dateOf = (value: unknown): string =>
  value instanceof Date
    ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`
    : String(value).slice(0, 10);

const toRow = (r: any): CandidateRow => ({
  id: r.id,
  sessionId: r.session_id,
  firstName: r.first_name,
  lastName: r.last_name,
  birthdate: dateOf(r.birthdate),
  sex: r.sex,
  birthCity: r.birth_city ?? null,
  birthInseeCode: r.birth_insee_code ?? null,
  birthPostalCode: r.birth_postal_code ?? null,
  birthProvinceCode: r.birth_province_code ?? null,
  birthCountry: r.birth_country,
  extraTimePercentage: r.extra_time_percentage,
  resultRecipientEmail: r.result_recipient_email ?? null,
  externalId: r.external_id ?? null,
  organizationLearnerId: r.organization_learner_id ?? null,
  joinedAt: r.joined_at ? new Date(r.joined_at) : null,
});

/** A candidate to store: checked by hand or by file, or a school's pupil as SIECLE describes them (whose sex may be unknown). */
export type NewCandidate = Omit<ValidCandidate, 'sex'> & { sex: 'M' | 'F' | null; birthProvinceCode?: string | null; organizationLearnerId?: number | null };

export class CandidateRepository {
  constructor(private readonly em: EntityManager) {}

  /** A session's candidates in French order of their names (last name, first name). */
  async ofSession(sessionId: number): Promise<CandidateRow[]> {
    const order = frenchOrder([
      { column: 'last_name', french: true },
      { column: 'first_name', french: true },
      { column: 'birthdate' },
      { column: 'id' },
    ]);
    return (await knexOf(this.em)('certification_candidates').where({ session_id: sessionId }).orderByRaw(order.sql, order.bindings)).map(toRow);
  }

  async ofSessions(sessionIds: readonly number[]): Promise<CandidateRow[]> {
    const order = frenchOrder([
      { column: 'last_name', french: true },
      { column: 'first_name', french: true },
      { column: 'id' },
    ]);
    return (await knexOf(this.em)('certification_candidates').whereIn('session_id', sessionIds as number[]).orderByRaw(order.sql, order.bindings)).map(toRow);
  }

  async findById(id: number): Promise<CandidateRow | null> {
    const row = await knexOf(this.em)('certification_candidates').where({ id }).first();
    return row ? toRow(row) : null;
  }

  /** Inserts the candidates in one statement (all or none). */
  async insertMany(sessionId: number, candidates: readonly NewCandidate[], now: Date): Promise<number[]> {
    if (!candidates.length) return [];
    const rows = await knexOf(this.em)('certification_candidates')
      .insert(
        candidates.map((c) => ({
          session_id: sessionId,
          first_name: c.firstName,
          last_name: c.lastName,
          birthdate: c.birthdate,
          sex: c.sex,
          birth_city: c.birthCity,
          birth_insee_code: c.birthInseeCode,
          birth_postal_code: c.birthPostalCode,
          birth_province_code: c.birthProvinceCode ?? null,
          birth_country: c.birthCountry,
          result_recipient_email: c.resultRecipientEmail,
          external_id: c.externalId,
          extra_time_percentage: c.extraTimePercentage,
          organization_learner_id: c.organizationLearnerId ?? null,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning('id');
    return rows.map((r: { id: number }) => r.id);
  }

  async update(id: number, changes: Partial<Pick<ValidCandidate, 'extraTimePercentage' | 'resultRecipientEmail' | 'externalId'>>, now: Date): Promise<void> {
    const set: Record<string, unknown> = { updated_at: now };
    if (changes.extraTimePercentage !== undefined) set.extra_time_percentage = changes.extraTimePercentage;
    if (changes.resultRecipientEmail !== undefined) set.result_recipient_email = changes.resultRecipientEmail;
    if (changes.externalId !== undefined) set.external_id = changes.externalId;
    await knexOf(this.em)('certification_candidates').where({ id }).update(set);
  }

  async delete(id: number): Promise<void> {
    await knexOf(this.em)('certification_candidates').where({ id }).delete();
  }
}
