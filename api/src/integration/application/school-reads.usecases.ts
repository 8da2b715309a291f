import type { PartnerCertificationResult } from '../../certification/results';
import type { LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import { clientRefusal, normalizeUai, type ApiScope, type ClientPrincipal } from '../domain/api-client';
import { ClientRefusedError } from '../domain/integration-errors';
import { campaignResultsWithLearners, learnersWithLoginMethods, type Page, type SchoolLearnerRow, type SharedCampaignResultRow } from '../domain/school-reads';
import type { IntegrationRepositories } from './dependencies';

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

/** What the partners' reads need: the other contexts' reads, bound to the request. */
export type SchoolReadRepositories = Pick<IntegrationRepositories, 'schools' | 'learners' | 'accounts' | 'campaignResults' | 'certificationResults'>;

async function schoolOf(repositories: SchoolReadRepositories, uai: string): Promise<number> {
  const school = await repositories.schools.activeByUai(uai);
  if (!school) throw new NotFoundError('errors.integration.schoolUnknown');
  return school.id;
}

/** A school's pupils and how each logs in (EMAIL, USERNAME, GAR): scope organization-learners:read. 3 statements. */
export async function schoolLearners(repositories: SchoolReadRepositories, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<SchoolLearnerRow>> {
  const organizationId = await schoolOf(repositories, allowed(client, 'organization-learners:read', request.uai));
  const page = await repositories.learners.ofSchool(organizationId, request);
  const methods = await repositories.accounts.loginMethods(page.rows.flatMap((row) => (row.userId === null ? [] : [row.userId])));
  return { totalCount: page.totalCount, rows: learnersWithLoginMethods(page.rows, methods) };
}

/** The shared results of a school's campaigns, pupil by pupil (INE): scope campaign-results:read. 3 statements. */
export async function schoolCampaignResults(repositories: SchoolReadRepositories, client: ClientPrincipal, request: SchoolPageRequest): Promise<Page<SharedCampaignResultRow>> {
  const organizationId = await schoolOf(repositories, allowed(client, 'campaign-results:read', request.uai));
  const page = await repositories.campaignResults.sharedOf(organizationId, request);
  const learners = await repositories.learners.byIds([...new Set(page.rows.map((row) => row.organizationLearnerId))]);
  return { totalCount: page.totalCount, rows: campaignResultsWithLearners(page.rows, learners) };
}

/**
 * A school's certification results (its pupils' courses in finalised sessions of its SCO centre):
 * scope certification-results:read. PENDING until published, then the jury's status; scores, code and
 * levels for published VALIDATED ones only. 2 statements.
 */
export async function schoolCertificationResults(
  repositories: SchoolReadRepositories,
  content: LearningContent,
  client: ClientPrincipal,
  request: SchoolPageRequest,
): Promise<Page<PartnerCertificationResult>> {
  const organizationId = await schoolOf(repositories, allowed(client, 'certification-results:read', request.uai));
  return repositories.certificationResults.ofSchool(content, organizationId, request);
}
