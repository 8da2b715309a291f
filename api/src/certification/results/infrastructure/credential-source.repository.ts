import type { EntityManager } from '@mikro-orm/postgresql';
import type { CertificationStatus, CompetenceMark } from '../domain/scoring';
import type { CredentialCompetence } from '../domain/open-badge-credential';

/**
 * What the credentials read (docs/credentials.md): a certificate as its latest scoring run says
 * (`certification_scorings`, max id per course, the jury's decision included), its session's
 * publication, the identity the candidate was enrolled under; the framework's competences; the
 * positions of the revocation list.
 */
export interface CredentialSourceRow {
  courseId: number;
  userId: number;
  verificationCode: string | null;
  statusIndex: number | null;
  firstName: string;
  lastName: string;
  birthdate: string;
  email: string | null;
  takenOn: string;
  centreName: string;
  publishedAt: Date | null;
  status: CertificationStatus | null;
  pixScore: number;
  competenceMarks: CompetenceMark[];
}

const CERTIFICATE = `
  select cc.id as course_id, cc.user_id, cc.verification_code, cc.credential_status_index,
    cand.first_name, cand.last_name, to_char(cand.birthdate, 'YYYY-MM-DD') as birthdate, u.email,
    to_char(s.date, 'YYYY-MM-DD') as taken_on, centre.name as centre_name, s.published_at,
    latest.status, latest.pix_score, latest.competence_marks
  from certification_courses cc
  join certification_candidates cand on cand.id = cc.candidate_id
  join certification_sessions s on s.id = cc.session_id
  join certification_centers centre on centre.id = s.certification_center_id
  join users u on u.id = cc.user_id
  left join lateral (
    select status, pix_score, competence_marks from certification_scorings
    where certification_course_id = cc.id order by id desc limit 1
  ) latest on true
  where cc.id = ?`;

/** Positions whose certificate no longer stands: session unpublished, or latest scoring not VALIDATED. */
const REVOKED = `
  select cc.credential_status_index as position
  from certification_courses cc
  join certification_sessions s on s.id = cc.session_id
  left join lateral (
    select status from certification_scorings where certification_course_id = cc.id order by id desc limit 1
  ) latest on true
  where cc.credential_status_index between ? and ?
    and (s.published_at is null or latest.status is distinct from 'VALIDATED')`;

/** Any advisory lock key of ours: positions are drawn one at a time. */
const STATUS_INDEX_LOCK = 'SELECT pg_advisory_xact_lock(hashtext(\'certification_courses.credential_status_index\'))';

const UNIQUE_VIOLATION = '23505';

export class CredentialSourceRepository {
  constructor(private readonly em: EntityManager) {}

  async certificate(courseId: number): Promise<CredentialSourceRow | null> {
    const [row] = await this.em.getConnection().execute(CERTIFICATE, [courseId]);
    if (!row) return null;
    return {
      courseId: row.course_id,
      userId: row.user_id,
      verificationCode: row.verification_code,
      statusIndex: row.credential_status_index,
      firstName: row.first_name,
      lastName: row.last_name,
      birthdate: row.birthdate,
      email: row.email,
      takenOn: row.taken_on,
      centreName: row.centre_name,
      publishedAt: row.published_at ? new Date(row.published_at) : null,
      status: row.status ?? null,
      pixScore: row.pix_score ?? 0,
      competenceMarks: row.competence_marks ?? [],
    };
  }

  /** The framework's competences with their ids (the marks name competences by id). */
  async competences(): Promise<(CredentialCompetence & { id: string })[]> {
    const rows = await this.em.getConnection().execute<{ id: string; code: string; name: string }[]>('select id, code, name from competences');
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name }));
  }

  /**
   * The course's position in the revocation list, drawn now when publication did not: the next free
   * one (max + 1) under a transaction-scoped advisory lock, so two drawers of this code never collide;
   * a drawer that does not take the lock is caught by the unique index, and the draw starts again.
   */
  async drawStatusIndex(courseId: number): Promise<number> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.em.transactional(async (em) => {
          const connection = em.getConnection();
          const context = em.getTransactionContext();
          await connection.execute(STATUS_INDEX_LOCK, [], 'all', context);
          const [row] = await connection.execute(
            `update certification_courses set credential_status_index = (select coalesce(max(credential_status_index), -1) + 1 from certification_courses)
             where id = ? and credential_status_index is null returning credential_status_index`,
            [courseId],
            'all',
            context,
          );
          if (row) return Number(row.credential_status_index);
          const [existing] = await connection.execute('select credential_status_index from certification_courses where id = ?', [courseId], 'all', context);
          return Number(existing.credential_status_index);
        });
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 5) throw error;
      }
    }
  }

  async revokedPositions(first: number, last: number): Promise<number[]> {
    const rows = await this.em.getConnection().execute<{ position: number }[]>(REVOKED, [first, last]);
    return rows.map((row) => Number(row.position));
  }
}
