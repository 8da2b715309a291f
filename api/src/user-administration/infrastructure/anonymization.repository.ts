import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

/** What anonymisation changed outside the account itself (counts, for the audit log: no personal data). */
export interface AnonymizedLinks {
  organizationMembershipsRemoved: number;
  certificationCenterMembershipsRemoved: number;
  organizationLearnersAnonymized: number;
  participationExternalIdsRemoved: number;
}

/**
 * The links of an anonymised account in other contexts' tables, in the caller's transaction: its
 * places in teams are removed (it can no longer act for anyone); the school records linked to it keep
 * their class and status but lose what names the person; its participations stay (the organisations'
 * statistics) without the identifier the organisation asked for. Certification candidates are kept as
 * they are: they are the certificates' record (docs/domain.md, "Anonymisation").
 */
export class AnonymizationRepository {
  constructor(private readonly em: EntityManager) {}

  async anonymizeLinks(userId: number, name: string, now: Date): Promise<AnonymizedLinks> {
    const knex = knexOf(this.em);
    const organizationMembershipsRemoved = await knex('memberships').where({ user_id: userId }).delete();
    const certificationCenterMembershipsRemoved = await knex('certification_center_memberships').where({ user_id: userId }).delete();
    const organizationLearnersAnonymized = await knex('organization_learners').where({ user_id: userId }).update({
      first_name: name,
      last_name: name,
      middle_name: null,
      third_name: null,
      preferred_last_name: null,
      sex: null,
      birthdate: null,
      birth_country_code: null,
      birth_city_code: null,
      birth_city: null,
      birth_province_code: null,
      national_student_id: null,
      updated_at: now,
    });
    const participationExternalIdsRemoved = await knex('campaign_participations')
      .where({ user_id: userId })
      .whereNotNull('participant_external_id')
      .update({ participant_external_id: null });
    return { organizationMembershipsRemoved, certificationCenterMembershipsRemoved, organizationLearnersAnonymized, participationExternalIdsRemoved };
  }
}
