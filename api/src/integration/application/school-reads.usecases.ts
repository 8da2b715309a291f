import type { EntityManager } from '@mikro-orm/postgresql';
import { certificationResultsOfSchool, type PartnerCertificationResult } from '../../certification/results';
import type { LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import { clientRefusal, normalizeUai, type ApiScope, type ClientPrincipal } from '../domain/api-client';
import { ClientRefusedError } from '../domain/integration-errors';
import { type Page, type SchoolLearnerRow, type SharedCampaignResultRow } from '../domain/school-reads';
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
 * A school's certification results (its pupils' courses in finalised sessions of its SCO centre):
 * scope certification-results:read. Read through certification/results' public surface: PENDING until
 * published, then the jury's status; scores, code and levels for published VALIDATED ones only.
 */
export async function schoolCertificationResults(
  em: EntityManager,
  content: LearningContent,
  client: ClientPrincipal,
  request: SchoolPageRequest,
): Promise<Page<PartnerCertificationResult>> {
  const uai = allowed(client, 'certification-results:read', request.uai);
  const school = await schoolOf(em, uai);
  return certificationResultsOfSchool(em, content, school.organizationId, request);
}
