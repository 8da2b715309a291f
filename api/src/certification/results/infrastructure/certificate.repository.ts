import type { EntityManager } from '@mikro-orm/postgresql';
import { FRENCH_COLLATION } from '../../../shared/infrastructure/database/french-text';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { CertificateRow } from '../domain/certificate';
import type { PartnerResultRow } from '../domain/partner-result';
import type { CertificationStatus, CompetenceMark } from '../domain/scoring';

/**
 * The certificates as the results read them: a certification course, its candidate, session and centre,
 * and its LATEST scoring run (max id: the jury's decision included). One statement per read.
 */
export const CERTIFICATE_COLUMNS = `
  co.id as "courseId", co.user_id as "userId", cand.first_name as "firstName", cand.last_name as "lastName",
  to_char(cand.birthdate, 'YYYY-MM-DD') as birthdate, cand.birth_city as "birthCity", cand.birth_country as "birthCountry",
  cand.external_id as "externalId", s.id as "sessionId", to_char(s.date, 'YYYY-MM-DD') as "sessionDate", cc.name as "centerName",
  s.published_at as "publishedAt", sc.status, sc.pix_score as "pixScore", sc.competence_marks as "competenceMarks",
  co.verification_code as "verificationCode", co.jury_comment_for_candidate as "commentForCandidate",
  co.jury_comment_for_organization as "commentForOrganization"`;

export const CERTIFICATE_FROM = `
  from certification_courses co
  join certification_candidates cand on cand.id = co.candidate_id
  join certification_sessions s on s.id = co.session_id
  join certification_centers cc on cc.id = s.certification_center_id
  left join lateral (
    select status, pix_score, competence_marks from certification_scorings
    where certification_course_id = co.id order by id desc limit 1
  ) sc on true`;

export interface RawCertificateRow extends Omit<CertificateRow, 'publishedAt' | 'status' | 'competenceMarks'> {
  publishedAt: Date | string | null;
  status: CertificationStatus | null;
  competenceMarks: CompetenceMark[] | string | null;
}

export function toCertificateRow(raw: RawCertificateRow): CertificateRow {
  return {
    ...raw,
    publishedAt: raw.publishedAt === null ? null : new Date(raw.publishedAt),
    competenceMarks: typeof raw.competenceMarks === 'string' ? (JSON.parse(raw.competenceMarks) as CompetenceMark[]) : raw.competenceMarks,
  };
}

/** The school's pupils' courses: sessions of the school's SCO centre (same UAI), published, with the pupil's class. */
const SCHOOL_RESULTS_FROM = `${CERTIFICATE_FROM}
  join organization_learners ol on ol.id = cand.organization_learner_id
  join organizations o on o.id = ol.organization_id
  where o.id = :organizationId and o.type = 'SCO' and cc.type = 'SCO' and upper(cc.uai) = upper(o.uai)
    and s.published_at is not null`;

/** The school's pupils' courses in FINALISED sessions (published or not) of its SCO centre (same UAI): what partners read. */
const PARTNER_JOINS = `
  join organization_learners ol on ol.id = cand.organization_learner_id
  join organizations o on o.id = ol.organization_id
  where o.id = :organizationId and o.type = 'SCO' and cc.type = 'SCO' and upper(cc.uai) = upper(o.uai)
    and s.state in ('FINALIZED', 'IN_PROCESS', 'PROCESSED')`;

export class CertificateRepository {
  constructor(private readonly em: EntityManager) {}

  private async select(sql: string, bindings: Record<string, unknown>): Promise<CertificateRow[]> {
    const result = await knexOf(this.em).raw<{ rows: RawCertificateRow[] }>(sql, bindings);
    return result.rows.map(toCertificateRow);
  }

  /** The learner's own courses, most recent first. */
  ofUser(userId: number): Promise<CertificateRow[]> {
    return this.select(`select ${CERTIFICATE_COLUMNS} ${CERTIFICATE_FROM} where co.user_id = :userId order by s.date desc, co.id desc`, { userId });
  }

  async byId(courseId: number): Promise<CertificateRow | null> {
    return (await this.select(`select ${CERTIFICATE_COLUMNS} ${CERTIFICATE_FROM} where co.id = :courseId`, { courseId }))[0] ?? null;
  }

  /** The classes of the school's pupils that have published results, in order. */
  async divisionsWithResults(organizationId: number): Promise<string[]> {
    const result = await knexOf(this.em).raw<{ rows: { division: string }[] }>(
      `select division from (select distinct ol.division ${SCHOOL_RESULTS_FROM} and ol.division is not null) d order by division collate ${FRENCH_COLLATION}`,
      { organizationId },
    );
    return result.rows.map((row) => row.division);
  }

  /**
   * A page of the school's published results (of a class, or all), in the French order of names (ÉTIENNE before TRAORÉ), by
   * keyset after `after` (the position of the last row read): exports read page by page, memory flat.
   */
  schoolResults(organizationId: number, division: string | null, page: { after?: SchoolResultsCursor | null; limit?: number } = {}): Promise<(CertificateRow & { cursor: SchoolResultsCursor })[]> {
    const after = page.after ?? null;
    return this.select(
      `select ${CERTIFICATE_COLUMNS}, ol.division
       ${SCHOOL_RESULTS_FROM}
         and (cast(:division as text) is null or ol.division = :division)
         and (cast(:afterLast as text) is null
           or (cand.last_name collate ${FRENCH_COLLATION}, cand.first_name collate ${FRENCH_COLLATION}, co.id) > (:afterLast, :afterFirst, :afterId))
       order by cand.last_name collate ${FRENCH_COLLATION}, cand.first_name collate ${FRENCH_COLLATION}, co.id
       limit :limit`,
      {
        organizationId,
        division,
        afterLast: after?.lastName ?? null,
        afterFirst: after?.firstName ?? '',
        afterId: after?.courseId ?? 0,
        limit: page.limit ?? 1000,
      },
    ).then((rows) => rows.map((row) => ({ ...row, cursor: { lastName: row.lastName, firstName: row.firstName, courseId: row.courseId } })));
  }
}

/**
 * A page of the school's results for the partners' API, by course id: ONE statement (the page and the
 * total), whatever the size of the page or of the school.
 */
export async function partnerResultsPage(em: EntityManager, organizationId: number, limit: number, offset: number): Promise<{ rows: PartnerResultRow[]; total: number }> {
  const result = await knexOf(em).raw<{ rows: { total: string | number; rows: (RawCertificateRow & { nationalStudentId: string | null })[] | null }[] }>(
    `with page as (
       select ${CERTIFICATE_COLUMNS}, ol.national_student_id as "nationalStudentId"
       ${CERTIFICATE_FROM} ${PARTNER_JOINS}
       order by co.id limit :limit offset :offset)
     select (select count(*) from certification_courses co
               join certification_candidates cand on cand.id = co.candidate_id
               join certification_sessions s on s.id = co.session_id
               join certification_centers cc on cc.id = s.certification_center_id ${PARTNER_JOINS}) as total,
            (select json_agg(page order by page."courseId") from page) as rows`,
    { organizationId, limit, offset },
  );
  const row = result.rows[0];
  return { total: Number(row.total), rows: (row.rows ?? []).map((raw) => ({ ...toCertificateRow(raw), nationalStudentId: raw.nationalStudentId })) };
}

export interface SchoolResultsCursor {
  lastName: string;
  firstName: string;
  courseId: number;
}
