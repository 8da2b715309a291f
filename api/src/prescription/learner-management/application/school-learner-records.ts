import type { EntityManager } from '@mikro-orm/postgresql';
import type { SchoolLearnerRecord } from '../domain/school-learner-record';
import { learnerRecordsByIds, schoolLearnersPage } from '../infrastructure/school-learners-page.repository';

/**
 * What the partners' API reads of a school's pupils (integration checks the client's scope and UAI
 * first): a page of the school's records by id with the total, or the records of given ids. One
 * statement each.
 */
export async function schoolLearnerRecords(em: EntityManager, organizationId: number, page: { limit: number; offset: number }): Promise<{ rows: SchoolLearnerRecord[]; totalCount: number }> {
  const { rows, total } = await schoolLearnersPage(em, organizationId, page.limit, page.offset);
  return { rows, totalCount: total };
}

export function learnerRecords(em: EntityManager, ids: readonly number[]): Promise<SchoolLearnerRecord[]> {
  return learnerRecordsByIds(em, ids);
}
