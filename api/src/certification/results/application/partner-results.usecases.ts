import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../../learning-content';
import { toPartnerResult, type PartnerCertificationResult } from '../domain/partner-result';
import { partnerResultsPage } from '../infrastructure/certificate.repository';
import { frameworkOutline } from '../infrastructure/framework-outline';

/**
 * A school's certification results for the partners' API (integration checks the client's scope and
 * UAI before calling): a page by course id, one statement whatever its size (domain/partner-result.ts
 * says what is shown).
 */
export async function certificationResultsOfSchool(
  em: EntityManager,
  content: LearningContent,
  organizationId: number,
  page: { limit: number; offset: number },
): Promise<{ rows: PartnerCertificationResult[]; totalCount: number }> {
  const { rows, total } = await partnerResultsPage(em, organizationId, page.limit, page.offset);
  const outline = frameworkOutline(content);
  return { totalCount: total, rows: rows.map((row) => toPartnerResult(row, outline)) };
}
