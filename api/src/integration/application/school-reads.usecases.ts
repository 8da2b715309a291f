import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/domain/errors';
import { clientRefusal, normalizeUai, type ApiScope, type ClientPrincipal } from '../domain/api-client';
import { ClientRefusedError } from '../domain/integration-errors';
import { publishedResult, type CertificationResultRow, type Page, type SchoolLearnerRow, type SharedCampaignResultRow } from '../domain/school-reads';
import { SchoolReadsRepository } from '../infrastructure/school-reads.repository';

export interface SchoolPageRequest {
  uai: string;
  limit: number;
  offset: number;
}

/** The client's right on this scope and school, checked before anything is read. */
function allowed(client: ClientPrincipal, scope: ApiScope, uai: string): string {
  const normalized = normalizeUai(uai);
  const refusal = clientRefusal(client, scope, normalized);
  if (refusal) throw new ClientRefusedError(refusal, { scope, uai: normalized });
  return normalized;
}

async function schoolOf(em: EntityManager, uai: string) {
  const school = await new SchoolReadsRepository(em).schoolByUai(uai);
  if (!school) throw new NotFoundError('errors.integration.schoolUnknown');
  return school;
}

/** A school's pupils and how each logs in (EMAIL, USERNAME, GAR): scope organization-learners:read. */
export async function schoolLearners(em: EntityManager, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<SchoolLearnerRow>> {
  const uai = allowed(client, 'organization-learners:read', request.uai);
  const school = await schoolOf(em, uai);
  return new SchoolReadsRepository(em).learners(school.organizationId, request.limit, request.offset);
}

/** The shared results of a school's campaigns, pupil by pupil (INE): scope campaign-results:read. */
export async function schoolCampaignResults(em: EntityManager, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<SharedCampaignResultRow>> {
  const uai = allowed(client, 'campaign-results:read', request.uai);
  const school = await schoolOf(em, uai);
  return new SchoolReadsRepository(em).sharedCampaignResults(school.organizationId, request.limit, request.offset);
}

/**
 * A school's published certification results (sessions PROCESSED): scope certification-results:read.
 * A school without a certification centre has none: an empty page, not an error.
 */
export async function schoolCertificationResults(em: EntityManager, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<CertificationResultRow>> {
  const uai = allowed(client, 'certification-results:read', request.uai);
  await schoolOf(em, uai);
  const page = await new SchoolReadsRepository(em).certificationResults(uai, request.limit, request.offset);
  return { totalCount: page.totalCount, rows: page.rows.map(publishedResult) };
}
