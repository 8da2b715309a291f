import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import type { AuditEntry } from '../domain/audit-entry';
import type { AuditLogRow } from '../domain/audit-entry';
import { AuditLogRepository } from '../infrastructure/audit-log.repository';

/**
 * Records a staff action. It must run in the transaction that makes the change (pass its entity
 * manager): the change and its record are written together or not at all.
 */
export async function recordAuditEntry(em: EntityManager, clock: Clock, entry: AuditEntry): Promise<AuditLogRow> {
  if (!em.isInTransaction()) throw new Error('recordAuditEntry must run inside the transaction of the change it records');
  return new AuditLogRepository(em).append({ ...entry, occurredAt: clock.now() });
}
