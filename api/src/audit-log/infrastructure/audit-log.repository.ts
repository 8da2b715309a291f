import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { AuditEntry, AuditLogRow } from '../domain/audit-entry';

const toRow = (r: any): AuditLogRow => ({
  id: String(r.id),
  occurredAt: new Date(r.occurred_at),
  actorUserId: r.actor_user_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  organizationId: r.organization_id,
  before: r.before,
  after: r.after,
  comment: r.comment,
});

/** The audit_log table: appended to, read page by page (the database refuses updates and deletes). */
export class AuditLogRepository {
  constructor(private readonly em: EntityManager) {}

  async append(entry: AuditEntry & { occurredAt: Date }): Promise<AuditLogRow> {
    const [row] = await knexOf(this.em)('audit_log')
      .insert({
        occurred_at: entry.occurredAt,
        actor_user_id: entry.actorUserId,
        action: entry.action,
        target_type: entry.targetType,
        target_id: String(entry.targetId),
        organization_id: entry.organizationId,
        // jsonb columns: the driver would send a JS object as a Postgres record, not JSON.
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
        comment: entry.comment ?? null,
      })
      .returning('*');
    return toRow(row);
  }

  /** An organisation's entries, newest first, and how many there are. */
  async pageOfOrganization(organizationId: number, window: { limit: number; offset: number }): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
    const [rows, [{ n }]] = await Promise.all([
      knexOf(this.em)('audit_log')
        .where({ organization_id: organizationId })
        .orderBy([
          { column: 'occurred_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(window.limit)
        .offset(window.offset),
      knexOf(this.em)('audit_log').where({ organization_id: organizationId }).count({ n: '*' }),
    ]);
    return { rows: rows.map(toRow), totalCount: Number(n) };
  }
}
