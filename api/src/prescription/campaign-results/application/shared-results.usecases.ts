import type { EntityManager } from '@mikro-orm/postgresql';
import type { SharedResultRecord } from '../domain/shared-result-record';
import { sharedResultsPage } from '../infrastructure/shared-results-page.repository';

/**
 * What the partners' API reads of an organisation's campaign results (integration checks the client's
 * scope and UAI first): a page of the shared results with the total, one statement.
 */
export async function sharedResultsOfOrganization(em: EntityManager, organizationId: number, page: { limit: number; offset: number }): Promise<{ rows: SharedResultRecord[]; totalCount: number }> {
  const { rows, total } = await sharedResultsPage(em, organizationId, page.limit, page.offset);
  return { rows, totalCount: total };
}
