import type { EntityManager } from '@mikro-orm/postgresql';
import { auditLogPortsOn } from '../infrastructure/audit-log-repositories';
import type { AuditLogRepositories } from './dependencies';

const perRequest = new WeakMap<EntityManager, AuditLogRepositories>();

/** The audit log's reads' repositories of a request, made once from its entity manager (forked per request). */
export function auditLogRepositories(em: EntityManager): AuditLogRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories: AuditLogRepositories = auditLogPortsOn(em);
  perRequest.set(em, repositories);
  return repositories;
}
