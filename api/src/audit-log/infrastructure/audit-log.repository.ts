import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { searchWords } from '../../shared/infrastructure/database/french-text';
import type { AuditEntry, AuditLogFilter, AuditLogRow } from '../domain/audit-entry';

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
  targetName: r.target_name ?? null,
});

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
/** Each word of the text typed is in the person's names, e-mail or username (`users.searched_text`, its trigram index). */
const personMatches = (words: string[]) => words.map(() => `"searched_text" like public.search_text(?)`).join(' and ');
const patterns = (words: string[]) => words.map((word) => `%${escapeLike(word)}%`);

/** The name of an entry's target: an account, an organisation or a centre (a subquery per entry of the page). */
const TARGET_NAME = `case a.target_type
  when 'USER' then (select u.first_name || ' ' || u.last_name from users u where u.id = a.target_id::int)
  when 'ORGANIZATION' then (select o.name from organizations o where o.id = a.target_id::int)
  when 'CERTIFICATION_CENTER' then (select c.name from certification_centers c where c.id = a.target_id::int)
  end as target_name`;

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

  /**
   * Entries matching the filter, newest first, and how many there are (two statements). The actor and
   * the target are found by id or by a part of their name (accounts: names, e-mail, username;
   * organisations and centres: name).
   */
  async page(filter: AuditLogFilter, window: { limit: number; offset: number }): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
    const knex = knexOf(this.em);
    const filtered = () => {
      const q = knex('audit_log as a');
      if (filter.action) q.where('a.action', filter.action);
      if (filter.targetType) q.where('a.target_type', filter.targetType);
      if (filter.targetId) q.where('a.target_id', filter.targetId);
      if (filter.organizationId) q.where('a.organization_id', filter.organizationId);
      if (filter.from) q.where('a.occurred_at', '>=', filter.from);
      if (filter.to) q.where('a.occurred_at', '<', filter.to);
      const actor = searchWords(filter.actor);
      if (actor.length === 1 && /^\d{1,9}$/.test(actor[0])) q.where('a.actor_user_id', Number(actor[0]));
      else if (actor.length) q.whereRaw(`a.actor_user_id in (select id from users where ${personMatches(actor)})`, patterns(actor));
      const target = searchWords(filter.target);
      if (target.length) {
        const name = (column: string) => target.map(() => `public.search_text(${column}) like public.search_text(?)`).join(' and ');
        q.where((w) =>
          w
            .whereRaw(`a.target_type = 'USER' and a.target_id in (select id::text from users where ${personMatches(target)})`, patterns(target))
            .orWhereRaw(`a.target_type = 'ORGANIZATION' and a.target_id in (select id::text from organizations where ${name('name')})`, patterns(target))
            .orWhereRaw(`a.target_type = 'CERTIFICATION_CENTER' and a.target_id in (select id::text from certification_centers where ${name('name')})`, patterns(target)),
        );
      }
      return q;
    };
    const [rows, [{ n }]] = await Promise.all([
      filtered()
        .select('a.*', knex.raw(TARGET_NAME))
        .orderBy([
          { column: 'a.occurred_at', order: 'desc' },
          { column: 'a.id', order: 'desc' },
        ])
        .limit(window.limit)
        .offset(window.offset),
      filtered().count({ n: '*' }),
    ]);
    return { rows: rows.map(toRow), totalCount: Number(n) };
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
