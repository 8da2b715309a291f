import { once } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import QueryStream from 'pg-query-stream';
import { FRENCH_COLLATION } from '../../../shared/infrastructure/database/french-text';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { CampaignType } from '../../campaign';
import type { ExportedCampaign } from '../domain/results-csv';

/** Rows fetched from the cursor at a time: the memory of an export does not grow with its length. */
const CURSOR_BATCH = 250;

export interface ExportCampaignRow extends ExportedCampaign {
  organizationId: number;
  type: CampaignType;
}

/** One participation as the export reads it (assessment or profiles collection). */
export interface ExportParticipationRow {
  first_name: string;
  last_name: string;
  division: string | null;
  participant_external_id: string | null;
  status: 'STARTED' | 'TO_SHARE' | 'SHARED';
  created_at: Date;
  shared_at: Date | null;
  mastery_rate: number | null;
  pix_score: number | null;
  is_certifiable: boolean | null;
  certifiable_competences_count: number | null;
  /** The snapshot's sums per competence, for shared participations only. */
  competences: { competenceId: string; validatedSkillsCount: number; pixScore: number; level: number | null }[] | null;
  /** Assessment in progress: campaign skills settled so far. */
  settled: number | null;
}

/**
 * Every participation that counts, pupils in alphabetical order, in one statement read through a
 * server-side cursor: only the jsonb path the columns need; the progress of the tests in progress
 * counted once for all of them (a set, not a subquery per row: its cost estimate would wake the JIT).
 */
export const PARTICIPATIONS_SQL = `
  with counting as (
    select p.* from campaign_participations p where p.campaign_id = $1 and not p.is_improved and p.deleted_at is null
  ), settled as (
    select latest.user_id, count(*)::int as n from (
      select distinct on (ke.user_id, ke.skill_id) ke.user_id, ke.status
      from knowledge_elements ke
      join campaign_skills cs on cs.campaign_id = $1 and cs.skill_id = ke.skill_id
      where ke.user_id in (select user_id from counting where status = 'STARTED')
      order by ke.user_id, ke.skill_id, ke.created_at desc, ke.id desc
    ) latest where latest.status <> 'reset' group by latest.user_id
  )
  select l.first_name, l.last_name, l.division, p.participant_external_id, p.status, p.created_at, p.shared_at,
         p.mastery_rate, p.pix_score, p.is_certifiable, p.certifiable_competences_count,
         case when p.status = 'SHARED' then p.knowledge_snapshot->'competences' end as competences,
         case when p.status = 'STARTED' then coalesce(s.n, 0) end as settled
  from counting p
  join organization_learners l on l.id = p.organization_learner_id
  left join settled s on s.user_id = p.user_id and p.status = 'STARTED'
  order by l.last_name collate ${FRENCH_COLLATION}, l.first_name collate ${FRENCH_COLLATION}, p.id`;

export class ResultsExportRepository {
  constructor(private readonly em: EntityManager) {}

  /** The campaign with what the identity columns show (organisation, parcours). */
  async campaign(campaignId: number): Promise<ExportCampaignRow | null> {
    const row = await knexOf(this.em)('campaigns as c')
      .join('organizations as o', 'o.id', 'c.organization_id')
      .leftJoin('target_profiles as tp', 'tp.id', 'c.target_profile_id')
      .where('c.id', campaignId)
      .first('c.id', 'c.code', 'c.name', 'c.type', 'c.id_pix_label', 'c.organization_id', 'o.name as organization_name', 'o.is_managing_students', 'tp.name as target_profile_name');
    if (!row) return null;
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      type: row.type,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      isSchool: row.is_managing_students,
      targetProfileName: row.type === 'ASSESSMENT' ? (row.target_profile_name ?? '') : null,
      idPixLabel: row.id_pix_label,
    };
  }

  /**
   * The participations, streamed from a PostgreSQL cursor on a connection of the pool held until the
   * caller stops iterating (end, error, or a client gone: the cursor is closed, the connection given back).
   */
  async *participations(campaignId: number): AsyncGenerator<ExportParticipationRow> {
    const client = this.em.getKnex().client;
    const connection = await client.acquireConnection();
    const stream: QueryStream = connection.query(new QueryStream(PARTICIPATIONS_SQL, [campaignId], { batchSize: CURSOR_BATCH, highWaterMark: CURSOR_BATCH }));
    try {
      for await (const row of stream) yield row as ExportParticipationRow;
    } finally {
      if (!stream.closed) {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy();
        await closed;
      }
      await client.releaseConnection(connection);
    }
  }
}
