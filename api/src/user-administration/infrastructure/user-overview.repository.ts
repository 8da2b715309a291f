import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { OVERVIEW_LIST_LIMIT, type UserOverviewSections } from '../domain/user-overview';

const date = (value: unknown) => (value ? new Date(value as string) : null);

/**
 * The sections of a user's page, read from the tables of the contexts that own them (team,
 * learner-management, campaign-participation, certification), one statement each, by account
 * (every table has an index on user_id). A read for the platform team only.
 */
export class UserOverviewRepository {
  constructor(private readonly em: EntityManager) {}

  async sections(userId: number): Promise<UserOverviewSections> {
    const knex = knexOf(this.em);
    const [memberships, learners, centers, participations, courses] = await Promise.all([
      knex('memberships as m')
        .join('organizations as o', 'o.id', 'm.organization_id')
        .where('m.user_id', userId)
        .orderBy('o.name')
        .select('m.id', 'm.organization_id', 'o.name', 'o.type', 'm.role', 'm.created_at'),
      knex('organization_learners as l')
        .join('organizations as o', 'o.id', 'l.organization_id')
        .where('l.user_id', userId)
        .orderBy('o.name')
        .select('l.id', 'l.organization_id', 'o.name', 'l.first_name', 'l.last_name', 'l.division', 'l.is_disabled'),
      knex('certification_center_memberships as m')
        .join('certification_centers as c', 'c.id', 'm.certification_center_id')
        .where('m.user_id', userId)
        .orderBy('c.name')
        .select('m.id', 'm.certification_center_id', 'c.name', 'm.role', 'm.created_at'),
      knex('campaign_participations as p')
        .join('campaigns as c', 'c.id', 'p.campaign_id')
        .join('organizations as o', 'o.id', 'c.organization_id')
        .where('p.user_id', userId)
        .orderBy([{ column: 'p.created_at', order: 'desc' }, { column: 'p.id', order: 'desc' }])
        .limit(OVERVIEW_LIST_LIMIT)
        .select('p.id', 'p.campaign_id', { campaign_name: 'c.name' }, 'c.code', 'c.organization_id', { organization_name: 'o.name' }, 'p.status', 'p.created_at', 'p.shared_at', 'p.deleted_at'),
      knex('certification_courses as cc')
        .join('certification_sessions as s', 's.id', 'cc.session_id')
        .join('certification_centers as c', 'c.id', 's.certification_center_id')
        .where('cc.user_id', userId)
        .orderBy([{ column: 's.date', order: 'desc' }, { column: 'cc.id', order: 'desc' }])
        .limit(OVERVIEW_LIST_LIMIT)
        .select('cc.id', 'cc.session_id', knex.raw(`to_char(s.date, 'YYYY-MM-DD') as session_date`), { center_name: 'c.name' }, 'cc.state', 'cc.started_at', 'cc.ended_at'),
    ]);
    return {
      organizationMemberships: memberships.map((r: any) => ({
        id: r.id,
        organizationId: r.organization_id,
        organizationName: r.name,
        organizationType: r.type,
        role: r.role,
        createdAt: new Date(r.created_at),
      })),
      organizationLearners: learners.map((r: any) => ({
        id: r.id,
        organizationId: r.organization_id,
        organizationName: r.name,
        firstName: r.first_name,
        lastName: r.last_name,
        division: r.division,
        isDisabled: r.is_disabled,
      })),
      certificationCenterMemberships: centers.map((r: any) => ({
        id: r.id,
        certificationCenterId: r.certification_center_id,
        certificationCenterName: r.name,
        role: r.role,
        createdAt: new Date(r.created_at),
      })),
      campaignParticipations: participations.map((r: any) => ({
        id: r.id,
        campaignId: r.campaign_id,
        campaignName: r.campaign_name,
        campaignCode: r.code,
        organizationId: r.organization_id,
        organizationName: r.organization_name,
        status: r.status,
        createdAt: new Date(r.created_at),
        sharedAt: date(r.shared_at),
        deletedAt: date(r.deleted_at),
      })),
      certificationCourses: courses.map((r: any) => ({
        id: r.id,
        sessionId: r.session_id,
        sessionDate: r.session_date,
        certificationCenterName: r.center_name,
        state: r.state,
        startedAt: date(r.started_at),
        endedAt: date(r.ended_at),
      })),
    };
  }
}
