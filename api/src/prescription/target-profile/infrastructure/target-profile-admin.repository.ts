import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { frenchContains, frenchOrder } from '../../../shared/infrastructure/database/french-text';
import type { TargetProfileTube } from '../domain/target-profile';
import type { TargetProfileListFilter, TargetProfileListRow } from '../domain/target-profile-list';
import type { TargetProfileDetails } from '../domain/target-profile-selection';

/** The staff's side of the target profiles: search, write, attach to organisations. SQL only. */
export class TargetProfileAdminRepository {
  constructor(private readonly em: EntityManager) {}

  private knex() {
    return knexOf(this.em);
  }

  async search(filter: TargetProfileListFilter, window: { limit: number; offset: number }): Promise<{ rows: TargetProfileListRow[]; totalCount: number }> {
    const knex = this.knex();
    const base = knex('target_profiles as tp').where((q) => {
      const search = filter.search?.trim();
      if (search) {
        const name = frenchContains(['tp.name'], search);
        if (/^\d{1,9}$/.test(search)) q.where((w) => w.whereRaw(name.sql, name.bindings).orWhere('tp.id', Number(search)));
        else q.whereRaw(name.sql, name.bindings);
      }
      if (filter.category) q.where('tp.category', filter.category);
    });
    const [{ n }] = await base.clone().count({ n: '*' });
    const order = frenchOrder([{ column: 'tp.name', french: true }, { column: 'tp.id' }]);
    const rows = await base
      .clone()
      .select(
        'tp.id',
        'tp.name',
        'tp.category',
        'tp.is_public',
        'tp.owner_organization_id',
        'tp.created_at',
        knex.raw('(select count(*) from target_profile_shares s where s.target_profile_id = tp.id)::int as organization_count'),
        knex.raw('(select count(*) from campaigns c where c.target_profile_id = tp.id)::int as campaign_count'),
      )
      .orderByRaw(order.sql, order.bindings)
      .limit(window.limit)
      .offset(window.offset);
    return {
      totalCount: Number(n),
      rows: rows.map((r: any) => ({
        id: r.id,
        name: r.name,
        category: r.category,
        isPublic: r.is_public,
        ownerOrganizationId: r.owner_organization_id,
        organizationCount: r.organization_count,
        campaignCount: r.campaign_count,
        createdAt: new Date(r.created_at),
      })),
    };
  }

  /** Comment, image and creation date: what the shared reading of a profile leaves out. */
  async extraDetails(id: number): Promise<{ comment: string | null; imageUrl: string | null; createdAt: Date } | null> {
    const row = await this.knex()('target_profiles').where({ id }).first('comment', 'image_url', 'created_at');
    return row ? { comment: row.comment, imageUrl: row.image_url, createdAt: new Date(row.created_at) } : null;
  }

  /** Locks the profile until the end of the transaction (two edits, or an edit and a campaign's creation, one after the other). */
  async lock(id: number): Promise<boolean> {
    return !!(await this.knex()('target_profiles').where({ id }).forUpdate().first('id'));
  }

  async isUsedByCampaigns(id: number): Promise<boolean> {
    return !!(await this.knex()('campaigns').where({ target_profile_id: id }).first('id'));
  }

  async campaignsUsing(id: number): Promise<{ id: number; name: string; code: string; organizationId: number; organizationName: string; archivedAt: Date | null; createdAt: Date }[]> {
    const rows = await this.knex()('campaigns as c')
      .join('organizations as o', 'o.id', 'c.organization_id')
      .where('c.target_profile_id', id)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .select('c.id', 'c.name', 'c.code', 'c.organization_id', 'o.name as organization_name', 'c.archived_at', 'c.created_at');
    return rows.map((r: any) => ({
      id: r.id,
      name: r.name,
      code: r.code,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      archivedAt: r.archived_at ? new Date(r.archived_at) : null,
      createdAt: new Date(r.created_at),
    }));
  }

  async create(details: TargetProfileDetails & { isPublic: boolean; ownerOrganizationId: number | null }, tubes: readonly TargetProfileTube[]): Promise<number> {
    const [{ id }] = await this.knex()('target_profiles')
      .insert({
        name: details.name,
        category: details.category,
        description: details.description,
        comment: details.comment,
        image_url: details.imageUrl,
        is_public: details.isPublic,
        owner_organization_id: details.ownerOrganizationId,
      })
      .returning('id');
    await this.replaceTubes(id, tubes);
    return id;
  }

  async updateDetails(id: number, details: TargetProfileDetails): Promise<void> {
    await this.knex()('target_profiles').where({ id }).update({
      name: details.name,
      category: details.category,
      description: details.description,
      comment: details.comment,
      image_url: details.imageUrl,
    });
  }

  async replaceTubes(id: number, tubes: readonly TargetProfileTube[]): Promise<void> {
    await this.knex()('target_profile_tubes').where({ target_profile_id: id }).delete();
    if (tubes.length > 0) await this.knex()('target_profile_tubes').insert(tubes.map((tube) => ({ target_profile_id: id, tube_id: tube.tubeId, level: tube.level })));
  }

  /** Attaches the profile to these organisations; returns those newly attached (an attached one stays as it was). */
  async share(id: number, organizationIds: readonly number[]): Promise<number[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.knex()('target_profile_shares')
      .insert(organizationIds.map((organizationId) => ({ target_profile_id: id, organization_id: organizationId })))
      .onConflict(['target_profile_id', 'organization_id'])
      .ignore()
      .returning('organization_id');
    return rows.map((r: any) => r.organization_id).sort((a: number, b: number) => a - b);
  }

  /** Detaches; returns those that were attached. */
  async unshare(id: number, organizationIds: readonly number[]): Promise<number[]> {
    const rows = await this.knex()('target_profile_shares').where({ target_profile_id: id }).whereIn('organization_id', organizationIds as number[]).delete().returning('organization_id');
    return rows.map((r: any) => r.organization_id).sort((a: number, b: number) => a - b);
  }

  /** The attached organisations, in French order of names. */
  async sharedOrganizations(id: number): Promise<{ id: number; name: string; type: string; externalId: string | null; archivedAt: Date | null }[]> {
    const order = frenchOrder([{ column: 'o.name', french: true }, { column: 'o.id' }]);
    const rows = await this.knex()('target_profile_shares as s')
      .join('organizations as o', 'o.id', 's.organization_id')
      .where('s.target_profile_id', id)
      .select('o.id', 'o.name', 'o.type', 'o.external_id', 'o.archived_at')
      .orderByRaw(order.sql, order.bindings);
    return rows.map((r: any) => ({ id: r.id, name: r.name, type: r.type, externalId: r.external_id, archivedAt: r.archived_at ? new Date(r.archived_at) : null }));
  }

  /** Of these ids, those of existing organisations. */
  async existingOrganizationIds(ids: readonly number[]): Promise<number[]> {
    return (await this.knex()('organizations').whereIn('id', ids as number[]).select('id')).map((r: any) => r.id);
  }
}
