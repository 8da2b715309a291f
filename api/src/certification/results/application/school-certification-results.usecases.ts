import { NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import { toCertificate, type Certificate, type FrameworkOutline } from '../domain/certificate';
import { certificationResultsFileName, certificationResultsHeader, certificationResultsRecord } from '../domain/certification-results-csv';
import type { SchoolResultsCursor } from '../infrastructure/certificate.repository';
import { frameworkOutline } from '../infrastructure/framework-outline';
import { ResultsExportLinks, schoolResultsPath, type SchoolResultsDocument } from '../infrastructure/results-export-link';
import type { CertificateDeps } from './certificates.usecases';
import type { ResultsRepositories } from './results-repositories';

type Certificates = Pick<ResultsRepositories, 'certificates'>;

/**
 * A school's certification results (domain.md §7): the published results of its pupils (candidates
 * linked to its pupil records) in the sessions of its own SCO centre, class by class. Its members and
 * the support team read them; nobody else (another school's members included).
 */
const PAGE = 200;

async function* pages(repositories: Certificates, outline: FrameworkOutline, organizationId: number, division: string | null): AsyncGenerator<Certificate> {
  let after: SchoolResultsCursor | null = null;
  for (;;) {
    const rows = await repositories.certificates.schoolResults(organizationId, division, { after, limit: PAGE });
    for (const row of rows) yield toCertificate(row, outline);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].cursor;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The classes that have published results. */
export async function certificationResultDivisions(repositories: Certificates, access: OrganizationAccess, organizationId: number): Promise<string[]> {
  await assertOrganizationReader(access, organizationId);
  return repositories.certificates.divisionsWithResults(organizationId);
}

/** The published results of a class (every class when null), in the French order of names. */
export async function schoolCertificationResults(
  repositories: Certificates,
  deps: Pick<CertificateDeps, 'content'>,
  access: OrganizationAccess,
  organizationId: number,
  division: string | null,
): Promise<Certificate[]> {
  await assertOrganizationReader(access, organizationId);
  return collect(pages(repositories, frameworkOutline(deps.content), organizationId, division));
}

/** A link valid a few minutes, for this viewer, school, class and document only. */
export async function schoolResultsDownloadUrl(
  deps: { links: ResultsExportLinks; publicUrl: string; now: Date },
  access: OrganizationAccess,
  organizationId: number,
  division: string,
  document: SchoolResultsDocument,
): Promise<string> {
  await assertOrganizationReader(access, organizationId);
  const token = deps.links.sign(document, organizationId, division, access.viewer.userId, deps.now);
  return `${deps.publicUrl}${schoolResultsPath(document, organizationId, division)}&token=${encodeURIComponent(token)}`;
}

/** The class's results file: its header, then its rows read page by page (memory flat). */
export async function schoolCertificationResultsCsv(
  repositories: Certificates,
  deps: Pick<CertificateDeps, 'content'>,
  access: OrganizationAccess,
  organizationId: number,
  division: string,
): Promise<{ fileName: string; header: string[]; rows: AsyncIterable<string[]> }> {
  await assertOrganizationReader(access, organizationId);
  const outline = frameworkOutline(deps.content);
  async function* rows() {
    for await (const certificate of pages(repositories, outline, organizationId, division)) yield certificationResultsRecord(certificate, outline);
  }
  return { fileName: certificationResultsFileName(division, 'csv'), header: certificationResultsHeader(outline), rows: rows() };
}

/**
 * The class's attestations (validated results only), read page by page as the document is written.
 * A class without any validated result: NOT_FOUND, before anything is sent.
 */
export async function schoolAttestations(
  repositories: Certificates,
  deps: Pick<CertificateDeps, 'content'>,
  access: OrganizationAccess,
  organizationId: number,
  division: string,
): Promise<{ fileName: string; certificates: AsyncIterable<Certificate> }> {
  await assertOrganizationReader(access, organizationId);
  const outline = frameworkOutline(deps.content);
  const validated = async function* () {
    for await (const certificate of pages(repositories, outline, organizationId, division)) if (certificate.status === 'VALIDATED') yield certificate;
  };
  const probe = validated()[Symbol.asyncIterator]();
  const first = await probe.next();
  if (first.done) throw new NotFoundError('certificates.errors.noAttestation');
  async function* all() {
    yield first.value as Certificate;
    for (;;) {
      const next = await probe.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { fileName: certificationResultsFileName(division, 'pdf'), certificates: all() };
}
