import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { stringify } from 'csv-stringify';
import type { Services } from '../../../graphql/services';
import { authenticate, viewerOfAccount, type Viewer } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { DomainError, ErrorCode } from '../../../shared/domain/errors';
import { CSV_OPTIONS } from '../../../shared/domain/french-csv';
import type { Logger } from '../../../shared/infrastructure/logger';
import { requestScope } from '../../../shared/infrastructure/request-scope';
import { translate } from '../../../shared/i18n/translate';
import type { OrganizationAccess } from '../../../team';
import { organizationAccessFromDatabase } from '../../../team';
import { campaignResultsRepositories } from '../application/campaign-results-repositories';
import { exportCampaignResults } from '../application/export-campaign-results.usecase';
import { ExportLinks } from '../infrastructure/export-link';

export const RESULTS_EXPORT_ROUTE = '/exports/campagnes/:id/resultats.csv';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
};

/** Each export holds a database connection while it streams: a few at a time per process, so GraphQL keeps the rest of the pool. */
export const MAX_CONCURRENT_EXPORTS = 4;

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987) for accents. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /exports/campagnes/:id/resultats.csv — the results file of a campaign, for a viewer allowed to see
 * it: with the short-lived signed link of `csvExportUrl` (`?token=`), or an access token
 * (`Authorization: Bearer`). The rights are checked again at download. The rows go from a PostgreSQL
 * cursor through csv-stringify to the response, with back-pressure: memory does not grow with the file.
 */
export function resultsExportHandler(services: Services, logger: Logger, clock: Clock) {
  const links = new ExportLinks(services.config.accessTokenSecret);
  let running = 0;
  return async (req: Request, res: Response, next: NextFunction) => {
    const locale = requestScope.getStore()?.locale ?? 'fr';
    const refuse = (code: ErrorCode, key: string) => {
      res.status(STATUS[code] ?? 400).setHeader('cache-control', 'no-store');
      res.json({ errors: [{ message: translate(key, {}, locale), extensions: { code } }] });
    };
    const campaignId = Number(req.params.id);
    const valid = /^\d{1,10}$/.test(String(req.params.id)) && campaignId > 0 && campaignId <= 2_147_483_647;
    const now = clock.now();
    const token = typeof req.query.token === 'string' ? req.query.token : null;
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const em = services.orm.em.fork();

    let viewer: Viewer | null = null;
    if (token !== null) {
      const userId = valid ? links.verify(campaignId, token, now) : null;
      if (userId === null) return refuse(ErrorCode.FORBIDDEN, 'errors.export.linkInvalid');
      // The link names the viewer; what they may do now is read now (a role or membership may be gone).
      viewer = await viewerOfAccount(em, userId);
      if (!viewer) return refuse(ErrorCode.FORBIDDEN, 'errors.export.linkInvalid');
    } else if (bearer) {
      viewer = await authenticate(services.iam, bearer, now);
      if (!viewer) return refuse(ErrorCode.UNAUTHENTICATED, 'errors.unauthenticated');
    } else return refuse(ErrorCode.UNAUTHENTICATED, 'errors.unauthenticated');
    if (!valid) return refuse(ErrorCode.NOT_FOUND, 'errors.campaign.unknown');

    if (running >= MAX_CONCURRENT_EXPORTS) {
      res.setHeader('retry-after', '10');
      return refuse(ErrorCode.TOO_MANY_ATTEMPTS, 'errors.export.busy');
    }
    const access: OrganizationAccess = organizationAccessFromDatabase(em, viewer);
    running += 1;
    try {
      await streamExport(em, access, campaignId, now, res);
    } catch (error) {
      if (error instanceof DomainError) return refuse(error.code, error.messageKey);
      return next(error);
    } finally {
      running -= 1;
    }
  };

  async function streamExport(em: EntityManager, access: OrganizationAccess, campaignId: number, now: Date, res: Response) {
    const file = await exportCampaignResults(campaignResultsRepositories(em), { content: services.content.get(), now }, access, campaignId);
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', contentDisposition(file.fileName));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    const { header, rows } = file;
    async function* records() {
      yield header;
      yield* rows;
    }
    try {
      await pipeline(Readable.from(records()), stringify({ ...CSV_OPTIONS, bom: true }), res);
    } catch (error) {
      // A client that goes away ends the cursor; anything else cuts the download short (the status is sent).
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.error({ err: error, campaignId }, 'campaign results export failed');
      if (!res.destroyed) res.destroy();
    }
  }
}
