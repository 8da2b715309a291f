import type { EntityManager } from '@mikro-orm/postgresql';
import { frenchContains, frenchOrder, searchWords } from '../../../shared/infrastructure/database/french-text';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { toParticipation, type Participation, type ParticipationStatus } from '../../campaign-participation';

export interface ParticipationStats {
  total: number;
  started: number;
  toShare: number;
  shared: number;
}

export interface ParticipationListFilter {
  search?: string | null;
  divisions?: readonly string[] | null;
  statuses?: readonly ParticipationStatus[] | null;
}

export interface ParticipantRow {
  learnerId: number;
  firstName: string;
  lastName: string;
  division: string | null;
}

/** The participations that count: not an earlier sending of a profile, not deleted. */
const COUNTING = `not p.is_improved and p.deleted_at is null`;

/**
 * Campaign skills settled by the latest knowledge element of each skill of the participant (reset ones
 * left out): the progress of a test in progress, for one row `p` of campaign_participations.
 */
export const SETTLED_SKILLS_SQL = `(select count(*)::int from (
    select distinct on (ke.skill_id) ke.status from knowledge_elements ke
    join campaign_skills cs on cs.campaign_id = p.campaign_id and cs.skill_id = ke.skill_id
    where ke.user_id = p.user_id
    order by ke.skill_id, ke.created_at desc, ke.id desc
  ) latest where latest.status <> 'reset')`;

/** Participants by last name then first name in French order; the id keeps pages from overlapping. */
const ALPHABETICAL = frenchOrder([
  { column: 'l.last_name', french: true },
  { column: 'l.first_name', french: true },
  { column: 'p.id' },
]);

/** What the Orga console reads of a campaign's participations: counts, pages, sums; a constant number of statements each. */
export class CampaignResultsRepository {
  constructor(private readonly em: EntityManager) {}

  /** The split by state of several campaigns (the campaigns list), in one grouped statement; zeros for a campaign without any. */
  async statsOfCampaigns(campaignIds: readonly number[]): Promise<Map<number, ParticipationStats>> {
    const stats = new Map<number, ParticipationStats>(campaignIds.map((id) => [id, { total: 0, started: 0, toShare: 0, shared: 0 }]));
    if (campaignIds.length === 0) return stats;
    const { rows } = await knexOf(this.em).raw(
      `select p.campaign_id as campaign_id,
              count(*)::int as total,
              count(*) filter (where p.status = 'STARTED')::int as started,
              count(*) filter (where p.status = 'TO_SHARE')::int as to_share,
              count(*) filter (where p.status = 'SHARED')::int as shared
       from campaign_participations p where p.campaign_id = any(?) and ${COUNTING}
       group by p.campaign_id`,
      [[...campaignIds]],
    );
    for (const row of rows) stats.set(Number(row.campaign_id), { total: row.total, started: row.started, toShare: row.to_share, shared: row.shared });
    return stats;
  }

  /** A page of the participations, alphabetically (French order), and how many match: two statements whatever the page size. */
  async list(campaignId: number, filter: ParticipationListFilter, page: { limit: number; offset: number }): Promise<{ rows: Participation[]; totalCount: number }> {
    const base = knexOf(this.em)('campaign_participations as p')
      .join('organization_learners as l', 'l.id', 'p.organization_learner_id')
      .where('p.campaign_id', campaignId)
      .andWhere('p.is_improved', false)
      .whereNull('p.deleted_at');
    if (filter.statuses?.length) base.whereIn('p.status', [...filter.statuses]);
    if (filter.divisions?.length) base.whereIn('l.division', [...filter.divisions]);
    // Every word typed must be found in a name or the external identifier ("léa mar" finds Léa Martin).
    // Case, accents and œ/æ do not count ("etienne" finds Étienne).
    for (const word of searchWords(filter.search)) {
      const { sql, bindings } = frenchContains(['l.first_name', 'l.last_name', 'l.preferred_last_name', 'p.participant_external_id'], word);
      base.andWhereRaw(sql, bindings);
    }
    const [rows, [{ n }]] = await Promise.all([
      base
        .clone()
        .select('p.*')
        .orderByRaw(ALPHABETICAL.sql, ALPHABETICAL.bindings)
        .limit(page.limit)
        .offset(page.offset),
      base.clone().count({ n: '*' }),
    ]);
    return { rows: rows.map(toParticipation), totalCount: Number(n) };
  }

  /** The pupils (organisation learners) behind these participations, in one statement. */
  async participants(learnerIds: readonly number[]): Promise<Map<number, ParticipantRow>> {
    const rows = await knexOf(this.em)('organization_learners').whereIn('id', learnerIds as number[]).select('id', 'first_name', 'last_name', 'division');
    return new Map(rows.map((r: any) => [r.id as number, { learnerId: r.id, firstName: r.first_name, lastName: r.last_name, division: r.division }]));
  }

  /** For these participations, the campaign's skills and those settled so far (for tests in progress), in one statement. */
  async settledSkills(participationIds: readonly number[]): Promise<Map<number, { settled: number; targeted: number }>> {
    const { rows } = await knexOf(this.em).raw(
      `select p.id,
              (select count(*)::int from campaign_skills cs where cs.campaign_id = p.campaign_id) as targeted,
              ${SETTLED_SKILLS_SQL} as settled
       from campaign_participations p where p.id in (${participationIds.map(() => '?').join(', ')})`,
      [...participationIds],
    );
    return new Map(rows.map((r: any) => [r.id as number, { settled: r.settled, targeted: r.targeted }]));
  }

  /**
   * "Résultats collectifs": the shared participations that count, and their validated skills summed per
   * competence from the read model written at sharing (it holds the sharings that count only: see
   * CampaignParticipationRepository), in one statement.
   */
  async collectiveSums(campaignId: number): Promise<{ sharedParticipations: number; validatedByCompetence: Map<string, number> }> {
    const { rows } = await knexOf(this.em).raw(
      `select null as competence_id, count(*)::int as n from campaign_participations p where p.campaign_id = ? and p.status = 'SHARED' and ${COUNTING}
       union all
       select r.competence_id, sum(r.validated_skills_count)::int from campaign_participation_competences r where r.campaign_id = ? group by r.competence_id`,
      [campaignId, campaignId],
    );
    const validatedByCompetence = new Map<string, number>();
    let sharedParticipations = 0;
    for (const row of rows as { competence_id: string | null; n: number }[]) {
      if (row.competence_id === null) sharedParticipations = row.n;
      else validatedByCompetence.set(row.competence_id, row.n);
    }
    return { sharedParticipations, validatedByCompetence };
  }

  /** "Analyse": the skills each shared participant had validated among the campaign's (snapshot at sharing), in one statement. */
  async validatedSkillSets(campaignId: number): Promise<ReadonlySet<string>[]> {
    const { rows } = await knexOf(this.em).raw(
      `select p.knowledge_snapshot->'validatedSkillIds' as ids from campaign_participations p
       where p.campaign_id = ? and p.status = 'SHARED' and ${COUNTING}`,
      [campaignId],
    );
    return rows.map((r: { ids: string[] | null }) => new Set(r.ids ?? []));
  }
}
