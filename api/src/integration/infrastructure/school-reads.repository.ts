import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { LoginMethod, Page, SchoolLearnerRow, SchoolRef, SharedCampaignResultRow } from '../domain/school-reads';

/**
 * The SQL of the integrators' reads. Each page is ONE statement (rows and total together), whatever
 * the size of the school. It reads the tables of learner-management, campaigns, participations and
 * certification (architecture.md, "Who reads whose tables": not yet checked by a rule).
 */
export class SchoolReadsRepository {
  constructor(private readonly em: EntityManager) {}

  async schoolByUai(uai: string): Promise<SchoolRef | null> {
    const row = await knexOf(this.em)('organizations').where({ uai }).whereNull('archived_at').first('id', 'uai', 'name');
    return row ? { organizationId: row.id, uai: row.uai, name: row.name } : null;
  }

  private async page<T>(sql: string, bindings: (string | number)[]): Promise<Page<T>> {
    const result = await knexOf(this.em).raw(sql, bindings);
    const row = result.rows[0] as { total: string | number; rows: T[] | null };
    return { rows: row.rows ?? [], totalCount: Number(row.total) };
  }

  learners(organizationId: number, limit: number, offset: number): Promise<Page<SchoolLearnerRow>> {
    return this.page<SchoolLearnerRow & { loginMethods: LoginMethod[] }>(
      `with page as (
         select ol.id, ol.national_student_id as "nationalStudentId", ol.first_name as "firstName", ol.last_name as "lastName",
                to_char(ol.birthdate, 'YYYY-MM-DD') as birthdate, ol.division, ol.is_disabled as "hasLeft",
                array_remove(array[case when u.email is not null then 'EMAIL' end, case when u.username is not null then 'USERNAME' end,
                                   case when g.user_id is not null then 'GAR' end], null) as "loginMethods"
         from organization_learners ol
         left join users u on u.id = ol.user_id
         left join gar_identities g on g.user_id = ol.user_id
         where ol.organization_id = ?
         order by ol.id limit ? offset ?)
       select (select count(*) from organization_learners where organization_id = ?) as total,
              (select json_agg(page order by page.id) from page) as rows`,
      [organizationId, limit, offset, organizationId],
    );
  }

  async sharedCampaignResults(organizationId: number, limit: number, offset: number): Promise<Page<SharedCampaignResultRow>> {
    const page = await this.page<SharedCampaignResultRow & { sharedAt: string }>(
      `with shared as (
         select cp.id, cp.shared_at, cp.mastery_rate, cp.pix_score, cp.validated_skills_count, cp.organization_learner_id, c.code, c.name, c.type
         from campaigns c join campaign_participations cp on cp.campaign_id = c.id
         where c.organization_id = ? and cp.status = 'SHARED' and cp.deleted_at is null and not cp.is_improved),
       page as (
         select s.id as "participationId", s.code as "campaignCode", s.name as "campaignName", s.type as "campaignType",
                ol.national_student_id as "nationalStudentId", ol.first_name as "firstName", ol.last_name as "lastName", ol.division,
                s.shared_at as "sharedAt", s.mastery_rate as "masteryRate", s.pix_score as "pixScore", s.validated_skills_count as "validatedSkillsCount"
         from shared s join organization_learners ol on ol.id = s.organization_learner_id
         order by s.id limit ? offset ?)
       select (select count(*) from shared) as total, (select json_agg(page order by page."participationId") from page) as rows`,
      [organizationId, limit, offset],
    );
    return { totalCount: page.totalCount, rows: page.rows.map((row) => ({ ...row, sharedAt: new Date(row.sharedAt) })) };
  }
}
