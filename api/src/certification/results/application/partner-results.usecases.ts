import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../../learning-content';
import { toPartnerResult, type PartnerCertificationResult } from '../domain/partner-result';
import { frameworkOutline } from '../infrastructure/framework-outline';
import { certificatesOf, type ResultsRepositories } from './results-repositories';

/**
 * A school's certification results for the partners' API (integration checks the client's scope and
 * UAI before calling): a page by course id, one statement whatever its size (domain/partner-result.ts
 * says what is shown).
 */
export async function partnerResultsOfSchool(
  repositories: Pick<ResultsRepositories, 'certificates'>,
  content: LearningContent,
  organizationId: number,
  page: { limit: number; offset: number },
): Promise<{ rows: PartnerCertificationResult[]; totalCount: number }> {
  const { rows, total } = await repositories.certificates.partnerPage(organizationId, page.limit, page.offset);
  const outline = frameworkOutline(content);
  return { totalCount: total, rows: rows.map((row) => toPartnerResult(row, outline)) };
}

/**
 * The same, for integration, which calls it with its entity manager (its port binds it): this public
 * signature stays, the repositories are made from that entity manager (the certificates' reads only).
 */
export function certificationResultsOfSchool(
  em: EntityManager,
  content: LearningContent,
  organizationId: number,
  page: { limit: number; offset: number },
): Promise<{ rows: PartnerCertificationResult[]; totalCount: number }> {
  return partnerResultsOfSchool({ certificates: certificatesOf(em) }, content, organizationId, page);
}
