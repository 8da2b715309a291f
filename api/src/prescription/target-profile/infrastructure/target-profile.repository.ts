import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { TargetProfile, TargetProfileCategory } from '../domain/target-profile';

/** Target profiles with their tubes, one statement whatever their number (the tubes are aggregated in SQL). */
function selectProfiles(em: EntityManager) {
  const knex = knexOf(em);
  return knex('target_profiles as tp').select(
    'tp.id',
    'tp.name',
    'tp.category',
    'tp.description',
    'tp.is_public',
    'tp.owner_organization_id',
    knex.raw(
      `coalesce((select json_agg(json_build_object('tubeId', t.tube_id, 'level', t.level) order by t.tube_id)
                 from target_profile_tubes t where t.target_profile_id = tp.id), '[]'::json) as tubes`,
    ),
    knex.raw(`array(select s.organization_id from target_profile_shares s where s.target_profile_id = tp.id order by s.organization_id) as shared_with`),
  );
}

const toProfile = (r: any): TargetProfile => ({
  id: r.id,
  name: r.name,
  category: r.category as TargetProfileCategory,
  description: r.description,
  isPublic: r.is_public,
  ownerOrganizationId: r.owner_organization_id,
  tubes: r.tubes,
  sharedWithOrganizationIds: r.shared_with ?? [],
});

export class TargetProfileRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: number): Promise<TargetProfile | null> {
    const row = await selectProfiles(this.em).where('tp.id', id).first();
    return row ? toProfile(row) : null;
  }

  async findByIds(ids: readonly number[]): Promise<TargetProfile[]> {
    return (await selectProfiles(this.em).whereIn('tp.id', ids as number[])).map(toProfile);
  }

  /** The public profiles, those the organisation owns and those attached to it. */
  async availableTo(organizationId: number): Promise<TargetProfile[]> {
    const rows = await selectProfiles(this.em).where((q) =>
      q
        .where('tp.is_public', true)
        .orWhere('tp.owner_organization_id', organizationId)
        .orWhereExists((s) => s.from('target_profile_shares as s').whereRaw('s.target_profile_id = tp.id').where('s.organization_id', organizationId)),
    );
    return rows.map(toProfile);
  }
}
