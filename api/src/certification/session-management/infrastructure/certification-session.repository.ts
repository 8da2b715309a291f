import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { CertificationSessionRow, SessionDetails, SessionSummaryRow } from '../domain/certification-session';

const dateOf = (value: unknown): string => (value instanceof Date ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}` : String(value).slice(0, 10));

export const toSessionRow = (r: any): CertificationSessionRow => ({
  id: r.id,
  certificationCenterId: r.certification_center_id,
  address: r.address,
  room: r.room,
  date: dateOf(r.date),
  time: String(r.time).slice(0, 5),
  examiner: r.examiner,
  description: r.description ?? '',
  accessCode: r.access_code,
  invigilatorPassword: r.invigilator_password,
  state: r.state,
  createdAt: new Date(r.created_at),
});

const toSummary = (r: any): SessionSummaryRow => ({ ...toSessionRow(r), candidateCount: Number(r.candidate_count), joinedCount: Number(r.joined_count) });

/** The session and its candidates' counts (enrolled, joined). */
function withCounts(em: EntityManager) {
  const knex = knexOf(em);
  return knex('certification_sessions as s').select(
    's.*',
    knex.raw('(select count(*) from certification_candidates c where c.session_id = s.id) as candidate_count'),
    knex.raw('(select count(*) from certification_candidates c where c.session_id = s.id and c.joined_at is not null) as joined_count'),
  );
}

export class CertificationSessionRepository {
  constructor(private readonly em: EntityManager) {}

  /** Inserts with this access code; null when the code is already taken (the caller draws another). */
  async tryCreate(session: SessionDetails & { certificationCenterId: number; accessCode: string; invigilatorPassword: string; createdByUserId: number; now: Date }) {
    const [row] = await knexOf(this.em)('certification_sessions')
      .insert({
        certification_center_id: session.certificationCenterId,
        address: session.address,
        room: session.room,
        date: session.date,
        time: session.time,
        examiner: session.examiner,
        description: session.description,
        access_code: session.accessCode,
        invigilator_password: session.invigilatorPassword,
        created_by_user_id: session.createdByUserId,
        created_at: session.now,
        updated_at: session.now,
      })
      .onConflict('access_code')
      .ignore()
      .returning('*');
    return row ? toSessionRow(row) : null;
  }

  async findSummary(id: number): Promise<SessionSummaryRow | null> {
    const row = await withCounts(this.em).where('s.id', id).first();
    return row ? toSummary(row) : null;
  }

  /** The session locked until the end of the transaction (a candidate joining waits, or is seen). */
  async lockSummary(id: number): Promise<SessionSummaryRow | null> {
    await knexOf(this.em)('certification_sessions').where({ id }).forUpdate().first('id');
    return this.findSummary(id);
  }

  async update(id: number, details: SessionDetails, now: Date): Promise<void> {
    await knexOf(this.em)('certification_sessions').where({ id }).update({ ...details, updated_at: now });
  }

  async delete(id: number): Promise<void> {
    await knexOf(this.em)('certification_sessions').where({ id }).delete();
  }

  /** A centre's sessions, most recent date first. */
  async pageOfCenter(centerId: number, page: { limit: number; offset: number }): Promise<{ rows: SessionSummaryRow[]; totalCount: number }> {
    const rows = await withCounts(this.em)
      .where('s.certification_center_id', centerId)
      .orderBy([
        { column: 's.date', order: 'desc' },
        { column: 's.time', order: 'desc' },
        { column: 's.id', order: 'desc' },
      ])
      .limit(page.limit)
      .offset(page.offset);
    const [{ n }] = await knexOf(this.em)('certification_sessions').where({ certification_center_id: centerId }).count({ n: '*' });
    return { rows: rows.map(toSummary), totalCount: Number(n) };
  }
}
