import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { NextFunction, Request, Response } from 'express';
import { stringify } from 'csv-stringify';
import type { Services } from '../../../graphql/services';
import { authenticate, type PlatformRole, type Viewer } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { DomainError, ErrorCode } from '../../../shared/domain/errors';
import { CSV_OPTIONS } from '../../../shared/domain/french-csv';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { Logger } from '../../../shared/infrastructure/logger';
import { requestScope } from '../../../shared/infrastructure/request-scope';
import { translate } from '../../../shared/i18n/translate';
import { organizationAccessFromDatabase } from '../../../team';
import { certificateAttestation, verificationPageUrl } from '../application/certificates.usecases';
import { resultsRepositories } from '../application/results-repositories';
import { schoolAttestations, schoolCertificationResultsCsv } from '../application/school-certification-results.usecases';
import { streamAttestations } from '../infrastructure/attestation.pdf';
import { ResultsExportLinks, type SchoolResultsDocument } from '../infrastructure/results-export-link';

export const CERTIFICATE_ATTESTATION_ROUTE = '/certificats/:id/attestation.pdf';
export const SCHOOL_RESULTS_DOCUMENT_ROUTE = '/exports/organisations/:id/:document';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
};

/** Each class document holds a database connection while it streams: a few at a time per process. */
export const MAX_CONCURRENT_SCHOOL_DOCUMENTS = 4;

const isId = (value: unknown) => /^\d{1,10}$/.test(String(value)) && Number(value) > 0 && Number(value) <= 2_147_483_647;

function refuser(res: Response) {
  const locale = requestScope.getStore()?.locale ?? 'fr';
  return (code: ErrorCode, key: string) => {
    res.status(STATUS[code] ?? 400).setHeader('cache-control', 'no-store');
    res.json({ errors: [{ message: translate(key, {}, locale), extensions: { code } }] });
  };
}

function pdfHeaders(res: Response, fileName: string) {
  res.status(200);
  res.setHeader('content-type', 'application/pdf');
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
}

/**
 * GET /certificats/:id/attestation.pdf — a published, validated certificate's attestation, for its
 * holder and the platform's staff, with their access token (`Authorization: Bearer`: the app fetches
 * the file and saves it). Anyone else: 404, as for an unknown certificate.
 */
export function certificateAttestationHandler(services: Services, clock: Clock) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const refuse = refuser(res);
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const viewer = bearer ? await authenticate(services.iam, bearer, clock.now()) : null;
    if (!viewer) return refuse(ErrorCode.UNAUTHENTICATED, 'errors.unauthenticated');
    if (!isId(req.params.id)) return refuse(ErrorCode.NOT_FOUND, 'certificates.errors.attestationUnknown');
    try {
      const deps = { content: services.content.get(), publicUrl: services.config.publicUrl };
      const { pdf } = await certificateAttestation(resultsRepositories(services.orm.em.fork(), services.results), deps, viewer, Number(req.params.id));
      pdfHeaders(res, `attestation-certification-${req.params.id}.pdf`);
      res.end(pdf);
    } catch (error) {
      if (error instanceof DomainError) return refuse(error.code, error.messageKey);
      next(error);
    }
  };
}

const SCHOOL_DOCUMENTS: readonly SchoolResultsDocument[] = ['certifications.csv', 'attestations.pdf'];

/**
 * GET /exports/organisations/:id/certifications.csv?division=… and …/attestations.pdf?division=… — a
 * class's certification results file and its attestations (one PDF), for the school's members and the
 * support team: with the short-lived signed link (`&token=`) or an access token. The rights are read
 * again here. Both are streamed: the rows are read page by page, and the PDF is written page by page.
 */
export function schoolResultsDocumentHandler(services: Services, logger: Logger, clock: Clock) {
  const links = new ResultsExportLinks(services.config.accessTokenSecret);
  let running = 0;
  return async (req: Request, res: Response, next: NextFunction) => {
    const refuse = refuser(res);
    const document = req.params.document as SchoolResultsDocument;
    if (!SCHOOL_DOCUMENTS.includes(document) || !isId(req.params.id)) return refuse(ErrorCode.NOT_FOUND, 'errors.notFound');
    const organizationId = Number(req.params.id);
    const division = typeof req.query.division === 'string' ? req.query.division.slice(0, 255) : '';
    if (division.trim() === '') return refuse(ErrorCode.BAD_USER_INPUT, 'certificates.errors.divisionRequired');
    const now = clock.now();
    const token = typeof req.query.token === 'string' ? req.query.token : null;
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const em = services.orm.em.fork();
    let viewer: Viewer | null = null;
    if (token !== null) {
      const userId = links.verify(document, organizationId, division, token, now);
      if (userId === null) return refuse(ErrorCode.FORBIDDEN, 'errors.export.linkInvalid');
      const user = await knexOf(em)('users').where({ id: userId }).first('id', 'platform_role');
      if (!user) return refuse(ErrorCode.FORBIDDEN, 'errors.export.linkInvalid');
      viewer = { userId, platformRole: (user.platform_role as PlatformRole | null) ?? null };
    } else if (bearer) {
      viewer = await authenticate(services.iam, bearer, now);
    }
    if (!viewer) return refuse(ErrorCode.UNAUTHENTICATED, 'errors.unauthenticated');
    if (running >= MAX_CONCURRENT_SCHOOL_DOCUMENTS) {
      res.setHeader('retry-after', '10');
      return refuse(ErrorCode.TOO_MANY_ATTEMPTS, 'errors.export.busy');
    }
    running += 1;
    const access = organizationAccessFromDatabase(em, viewer);
    const deps = { content: services.content.get() };
    try {
      if (document === 'certifications.csv') {
        const file = await schoolCertificationResultsCsv(resultsRepositories(em, services.results), deps, access, organizationId, division);
        res.status(200);
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
        res.setHeader('cache-control', 'no-store');
        res.setHeader('x-content-type-options', 'nosniff');
        const { header, rows } = file;
        async function* records() {
          yield header;
          yield* rows;
        }
        await pipeline(Readable.from(records()), stringify({ ...CSV_OPTIONS, bom: true }), res);
      } else {
        const file = await schoolAttestations(resultsRepositories(em, services.results), deps, access, organizationId, division);
        pdfHeaders(res, file.fileName);
        await streamAttestations(file.certificates, res, verificationPageUrl(services.config.publicUrl), `Attestations de certification – ${division}`);
      }
    } catch (error) {
      if (error instanceof DomainError && !res.headersSent) return refuse(error.code, error.messageKey);
      if (res.headersSent) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.error({ err: error, organizationId }, 'school certification document failed');
        if (!res.destroyed) res.destroy();
        return;
      }
      return next(error);
    } finally {
      running -= 1;
    }
  };
}
