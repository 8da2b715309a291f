import type { EntityManager } from '@mikro-orm/postgresql';
import { frenchContains } from '../../../shared/infrastructure/database/french-text';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { Campaign, CampaignLanding, CampaignType, IdPixType, JoinableCampaign, NewCampaign } from '../domain/campaign';

const toCampaign = (r: any): Campaign => ({
  id: r.id,
  organizationId: r.organization_id,
  creatorId: r.creator_id,
  name: r.name,
  type: r.type as CampaignType,
  targetProfileId: r.target_profile_id,
  multipleSendings: r.multiple_sendings,
  idPixLabel: r.id_pix_label,
  idPixType: r.id_pix_type as IdPixType | null,
  customLandingPageText: r.custom_landing_page_text,
  code: r.code,
  archivedAt: r.archived_at ? new Date(r.archived_at) : null,
  createdAt: new Date(r.created_at),
});

export interface CampaignListFilter {
  search?: string | null;
  /** Only the campaigns this account created. */
  creatorId?: number | null;
  includeArchived?: boolean | null;
}


const toLanding = (row: any): CampaignLanding => ({
  code: row.code,
  name: row.name,
  type: row.type,
  customLandingPageText: row.custom_landing_page_text,
  idPixLabel: row.id_pix_label,
  idPixType: row.id_pix_type,
  multipleSendings: !!row.multiple_sendings,
  organizationName: row.organization_name,
  organizationType: row.organization_type,
  organizationIsManagingStudents: row.is_managing_students,
});

const CHUNK = 1_000;

export class CampaignRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Inserts the campaign with the first code not taken (the unique index decides, without aborting the
   * transaction), then its skills. Null when every drawn code was taken.
   */
  async insertWithFreeCode(campaign: NewCampaign, creatorId: number, skillIds: string[], drawCode: () => string, attempts: number): Promise<Campaign | null> {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const [row] = await knexOf(this.em)('campaigns')
        .insert({
          organization_id: campaign.organizationId,
          creator_id: creatorId,
          name: campaign.name,
          type: campaign.type,
          target_profile_id: campaign.targetProfileId,
          multiple_sendings: campaign.multipleSendings,
          id_pix_label: campaign.idPixLabel,
          id_pix_type: campaign.idPixType,
          custom_landing_page_text: campaign.customLandingPageText,
          code: drawCode(),
        })
        .onConflict('code')
        .ignore()
        .returning('*');
      if (!row) continue;
      for (let i = 0; i < skillIds.length; i += CHUNK)
        await knexOf(this.em)('campaign_skills').insert(skillIds.slice(i, i + CHUNK).map((skillId) => ({ campaign_id: row.id, skill_id: skillId })));
      return toCampaign(row);
    }
    return null;
  }

  async findById(id: number): Promise<Campaign | null> {
    const row = await knexOf(this.em)('campaigns').where({ id }).first();
    return row ? toCampaign(row) : null;
  }

  async skillIdsOf(campaignId: number): Promise<string[]> {
    const rows = await knexOf(this.em)('campaign_skills').where({ campaign_id: campaignId }).orderBy('skill_id').select('skill_id');
    return rows.map((r: { skill_id: string }) => r.skill_id);
  }

  /** The skills of several campaigns, in one statement. */
  async skillIdsOfCampaigns(campaignIds: readonly number[]): Promise<Map<number, string[]>> {
    const rows = await knexOf(this.em)('campaign_skills').whereIn('campaign_id', campaignIds as number[]).orderBy('skill_id').select('campaign_id', 'skill_id');
    const byCampaign = new Map<number, string[]>();
    for (const row of rows as { campaign_id: number; skill_id: string }[]) {
      const skills = byCampaign.get(row.campaign_id);
      if (skills) skills.push(row.skill_id);
      else byCampaign.set(row.campaign_id, [row.skill_id]);
    }
    return byCampaign;
  }

  /** Archives (keeping the first date when already archived) or unarchives. */
  async setArchived(id: number, archivedAt: Date | null): Promise<Campaign> {
    const [row] = await knexOf(this.em)('campaigns')
      .where({ id })
      .update({ archived_at: archivedAt ? knexOf(this.em).raw('coalesce(archived_at, ?)', [archivedAt]) : null })
      .returning('*');
    return toCampaign(row);
  }

  /** Archives every active campaign of the organisation (its archival); returns how many. */
  async archiveAllOf(organizationId: number, at: Date): Promise<number> {
    return knexOf(this.em)('campaigns').where({ organization_id: organizationId }).whereNull('archived_at').update({ archived_at: at });
  }

  /** A page of the organisation's campaigns, newest first: two statements whatever the page size. */
  async list(organizationId: number, filter: CampaignListFilter, page: { limit: number; offset: number }): Promise<{ rows: Campaign[]; totalCount: number }> {
    const base = knexOf(this.em)('campaigns').where({ organization_id: organizationId });
    if (!filter.includeArchived) base.whereNull('archived_at');
    if (filter.creatorId) base.andWhere({ creator_id: filter.creatorId });
    const term = filter.search?.trim();
    if (term) {
      const code = term.replace(/\s+/g, '').toUpperCase();
      const name = frenchContains(['name'], term);
      base.andWhere((q) => q.whereRaw(name.sql, name.bindings).orWhere('code', code));
    }
    const [rows, [{ n }]] = await Promise.all([
      base.clone().select('*').orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(page.limit).offset(page.offset),
      base.clone().count({ n: '*' }),
    ]);
    return { rows: rows.map(toCampaign), totalCount: Number(n) };
  }

  /** The landing data of an active campaign of an active organisation, by its (normalised) code. */
  async findActiveLanding(code: string): Promise<CampaignLanding | null> {
    return (await this.findActiveByCode(code))?.landing ?? null;
  }

  /** An active campaign of an active organisation, by its (normalised) code, with its landing data. */
  async findActiveByCode(code: string): Promise<JoinableCampaign | null> {
    const row = await knexOf(this.em)('campaigns as c')
      .join('organizations as o', 'o.id', 'c.organization_id')
      .where('c.code', code)
      .whereNull('c.archived_at')
      .whereNull('o.archived_at')
      .first('c.*', 'o.name as organization_name', 'o.type as organization_type', 'o.is_managing_students');
    return row ? { campaign: toCampaign(row), landing: toLanding(row) } : null;
  }

  /** The landing data of these campaigns, archived or not (what their participants see of them). */
  async landingsByIds(ids: readonly number[]): Promise<Map<number, CampaignLanding>> {
    const rows = await knexOf(this.em)('campaigns as c')
      .join('organizations as o', 'o.id', 'c.organization_id')
      .whereIn('c.id', ids as number[])
      .select('c.*', 'o.name as organization_name', 'o.type as organization_type', 'o.is_managing_students');
    return new Map(rows.map((row: any) => [row.id as number, toLanding(row)]));
  }
}
