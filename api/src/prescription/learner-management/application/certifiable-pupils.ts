import type { EntityManager } from '@mikro-orm/postgresql';
import type { CertifiablePupilRow } from '../domain/learner';
import { certifiablePupils as read } from '../infrastructure/certifiable-pupils.repository';
import { divisionsOf } from '../infrastructure/organization-learner.repository';

/**
 * What certification enrolment reads of a school's pupils (the caller checked it may: a member of the
 * school's certification centre): current pupils with their SIECLE data, and the classes.
 */
export function certifiablePupils(em: EntityManager, organizationId: number, filter: { division?: string | null; ids?: readonly number[] }): Promise<CertifiablePupilRow[]> {
  return read(em, organizationId, filter);
}

export function classesOfSchool(em: EntityManager, organizationId: number): Promise<string[]> {
  return divisionsOf(em, organizationId);
}
