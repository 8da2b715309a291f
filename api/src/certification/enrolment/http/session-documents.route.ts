import type { NextFunction, Request, Response } from 'express';
import type { Services } from '../../../graphql/services';
import { authenticate } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { DomainError, ErrorCode } from '../../../shared/domain/errors';
import { requestScope } from '../../../shared/infrastructure/request-scope';
import { translate } from '../../../shared/i18n/translate';
import { enrolmentRepositories } from '../application/enrolment-repositories';
import { sessionDocument } from '../application/session-documents.usecase';
import { documentFileName } from '../domain/session-sheet';
import { candidatesTemplateCsv } from '../infrastructure/candidates-file-reader';

export const SESSION_DOCUMENT_ROUTE = '/documents/sessions/:id/:document';
export const CANDIDATES_TEMPLATE_ROUTE = '/documents/modele-liste-candidats.csv';

const DOCUMENTS = { 'feuille-emargement.pdf': 'feuille-emargement', 'pv-incident.pdf': 'pv-incident' } as const;

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** `attachment` with an ASCII name (ours are). */
const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/**
 * GET /documents/sessions/:id/feuille-emargement.pdf and /pv-incident.pdf — the session's attendance
 * sheet and incident report form, for the members of its centre and the reading staff, with their
 * access token (`Authorization: Bearer`: the console fetches the file and saves it).
 */
export function sessionDocumentHandler(services: Services, clock: Clock) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const locale = requestScope.getStore()?.locale ?? 'fr';
    const refuse = (code: ErrorCode, key: string) => {
      res.status(STATUS[code] ?? 400).setHeader('cache-control', 'no-store');
      res.json({ errors: [{ message: translate(key, {}, locale), extensions: { code } }] });
    };
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const viewer = bearer ? await authenticate(services.iam, bearer, clock.now()) : null;
    if (!viewer) return refuse(ErrorCode.UNAUTHENTICATED, 'errors.unauthenticated');
    const kind = DOCUMENTS[req.params.document as keyof typeof DOCUMENTS];
    const sessionId = Number(req.params.id);
    if (!kind || !/^\d{1,10}$/.test(String(req.params.id)) || sessionId <= 0 || sessionId > 2_147_483_647)
      return refuse(ErrorCode.NOT_FOUND, 'certificationSessions.errors.sessionUnknown');
    try {
      const { pdf } = await sessionDocument(enrolmentRepositories(services.orm.em.fork(), { clock }), viewer, { sessionId, kind });
      res.status(200);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', attachment(documentFileName(kind, sessionId)));
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      res.end(pdf);
    } catch (error) {
      if (error instanceof DomainError) return refuse(error.code, error.messageKey);
      next(error);
    }
  };
}

/** GET /documents/modele-liste-candidats.csv — the candidates file's template (no data: anyone). */
export function candidatesTemplateHandler() {
  const body = candidatesTemplateCsv();
  return (_req: Request, res: Response) => {
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', attachment('modele-liste-candidats.csv'));
    res.setHeader('cache-control', 'public, max-age=3600');
    res.end(body);
  };
}
