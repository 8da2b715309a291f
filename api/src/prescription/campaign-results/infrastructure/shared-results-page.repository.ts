import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { SharedResultRecord } from '../domain/shared-result-record';

/**
 * A page of the results shared in an organisation's campaigns (the latest of each pupil's improved
 * ones, deleted ones left out), by participation id, with the total: ONE statement.
 */
export async function sharedResultsPage(em: EntityManager, organizationId: number, limit: number, offset: number): Promise<{ rows: SharedResultRecord[]; total: number }> {
  const result = await knexOf(em).raw<{ rows: { total: string | number; rows: (Omit<SharedResultRecord, 'sharedAt'> & { sharedAt: string })[] | null }[] }>(
    `with shared as (
       select cp.id, cp.shared_at, cp.mastery_rate, cp.pix_score, cp.validated_skills_count, cp.organization_learner_id, c.code, c.name, c.type
       from campaigns c join campaign_participations cp on cp.campaign_id = c.id
       where c.organization_id = :organizationId and cp.status = 'SHARED' and cp.deleted_at is null and not cp.is_improved),
     page as (
       select s.id as "participationId", s.code as "campaignCode", s.name as "campaignName", s.type as "campaignType",
              s.organization_learner_id as "organizationLearnerId", s.shared_at as "sharedAt", s.mastery_rate as "masteryRate",
              s.pix_score as "pixScore", s.validated_skills_count as "validatedSkillsCount"
       from shared s order by s.id limit :limit offset :offset)
     select (select count(*) from shared) as total, (select json_agg(page order by page."participationId") from page) as rows`,
    { organizationId, limit, offset },
  );
  const row = result.rows[0];
  return { total: Number(row.total), rows: (row.rows ?? []).map((r) => ({ ...r, sharedAt: new Date(r.sharedAt) })) };
}
