import type { EntityManager } from '@mikro-orm/postgresql';
import { certificationResultsOfSchool, type PartnerCertificationResult } from '../../certification/results';
import { loginMethodsOfAccounts } from '../../identity-access-management';
import type { LearningContent } from '../../learning-content';
import { findActiveSchoolByUai } from '../../organizational-entities';
import { sharedResultsOfOrganization } from '../../prescription/campaign-results';
import { learnerRecords, schoolLearnerRecords } from '../../prescription/learner-management';
import { NotFoundError } from '../../shared/domain/errors';
import { clientRefusal, normalizeUai, type ApiScope, type ClientPrincipal } from '../domain/api-client';
import { ClientRefusedError } from '../domain/integration-errors';
import { campaignResultsWithLearners, learnersWithLoginMethods, type Page, type SchoolLearnerRow, type SharedCampaignResultRow } from '../domain/school-reads';

/**
 * The partners' reads by UAI. Integration owns no table of them: it checks the client's scope and UAI,
 * then reads each context through its public surface (organizational-entities: the school;
 * learner-management: its pupils; identity-access-management: how they log in; campaign-results: the
 * shared results; certification/results: the certifications). A few statements a page, whatever its size.
 */
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

async function schoolOf(em: EntityManager, uai: string): Promise<number> {
  const school = await findActiveSchoolByUai(em, uai);
  if (!school) throw new NotFoundError('errors.integration.schoolUnknown');
  return school.id;
}

/** A school's pupils and how each logs in (EMAIL, USERNAME, GAR): scope organization-learners:read. 3 statements. */
export async function schoolLearners(em: EntityManager, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<SchoolLearnerRow>> {
  const organizationId = await schoolOf(em, allowed(client, 'organization-learners:read', request.uai));
  const page = await schoolLearnerRecords(em, organizationId, request);
  const methods = await loginMethodsOfAccounts(em, page.rows.flatMap((row) => (row.userId === null ? [] : [row.userId])));
  return { totalCount: page.totalCount, rows: learnersWithLoginMethods(page.rows, methods) };
}

/** The shared results of a school's campaigns, pupil by pupil (INE): scope campaign-results:read. 3 statements. */
export async function schoolCampaignResults(em: EntityManager, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<SharedCampaignResultRow>> {
  const organizationId = await schoolOf(em, allowed(client, 'campaign-results:read', request.uai));
  const page = await sharedResultsOfOrganization(em, organizationId, request);
  const learners = await learnerRecords(em, [...new Set(page.rows.map((row) => row.organizationLearnerId))]);
  return { totalCount: page.totalCount, rows: campaignResultsWithLearners(page.rows, learners) };
}

/**
 * A school's certification results (its pupils' courses in finalised sessions of its SCO centre):
 * scope certification-results:read. PENDING until published, then the jury's status; scores, code and
 * levels for published VALIDATED ones only. 2 statements.
 */
export async function schoolCertificationResults(
  em: EntityManager,
  content: LearningContent,
  client: ClientPrincipal,
  request: SchoolPageRequest,
): Promise<Page<PartnerCertificationResult>> {
  const organizationId = await schoolOf(em, allowed(client, 'certification-results:read', request.uai));
  return certificationResultsOfSchool(em, content, organizationId, request);
}
