import cookieParser from 'cookie-parser';
import express, { type Request, type Response, type Router } from 'express';
import type { Services } from '../../graphql/services';
import type { Session } from '../../identity-access-management';
import type { Logger } from '../../shared/infrastructure/logger';
import { campaignCodeOfRelayState, GarAssertionRefusedError } from '../domain/gar-assertion';
import { signInWithGar } from '../application/gar-sign-in.usecases';
import { integrationRepositories } from '../application/integration-repositories';
import { GarIdpSessions } from '../infrastructure/gar-idp-session-cookie';

/** The refresh cookie as log-in sets it (identity-access-management's account resolver: same name, path and flags). */
const REFRESH_COOKIE = 'refresh_token';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalPage(res: Response, status: number, message: string) {
  res.status(status).type('html').send(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion par l'ENT refusée – Pix libre</title></head>
<body><main><h1>Connexion par l'ENT refusée</h1><p>${escapeHtml(message)}</p><p><a href="/">Revenir à l'accueil de Pix libre</a></p></main></body></html>`);
}

/**
 * The GAR's service provider: GET /saml/metadata, GET /saml/login?campaign=CODE, POST /saml/acs,
 * GET /saml/logout, GET /saml/slo. When the GAR is not configured (GAR_IDP_METADATA unset), every one answers 404.
 */
export function samlRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  const gar = services.integration.gar;
  router.use('/saml', (_req, res, next) => {
    if (!gar) {
      res.status(404).json({ errors: [{ message: "La connexion par l'ENT (GAR) n'est pas configurée sur ce serveur.", extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    next();
  });
  if (!gar) return router;

  router.get('/saml/metadata', (_req, res) => {
    res.type('application/samlmetadata+xml').send(gar.serviceProvider.metadataXml());
  });

  router.get('/saml/login', async (req: Request, res: Response) => {
    const code = campaignCodeOfRelayState(req.query.campaign) ?? '';
    res.redirect(302, await gar.serviceProvider.loginUrl(code));
  });

  /**
   * The GAR's single log-out, once the platform's session has ended (the learner app's log-out): the
   * GAR's session of this browser (its signed cookie) named in a LogoutRequest to its
   * SingleLogoutService; without one, its log-out page as it is.
   */
  router.get('/saml/logout', cookieParser(), async (req: Request, res: Response) => {
    const sloUrl = gar.serviceProvider.idp.sloUrl;
    const session = gar.idpSessions.verify((req.cookies as Record<string, unknown> | undefined)?.[GarIdpSessions.COOKIE], gar.iam.clock.now());
    res.clearCookie(GarIdpSessions.COOKIE, { path: '/' });
    if (!sloUrl) {
      res.redirect(302, '/');
      return;
    }
    res.redirect(302, session ? await gar.serviceProvider.logoutUrl(session) : sloUrl);
  });

  /** The GAR's answer to our LogoutRequest (HTTP-Redirect): signed by it and successful, the pupil is back on the home page. */
  router.get('/saml/slo', async (req: Request, res: Response) => {
    const originalQuery = req.originalUrl.split('?')[1] ?? '';
    if (await gar.serviceProvider.readLogoutResponse(req.query as Record<string, unknown>, originalQuery)) {
      res.redirect(303, '/');
      return;
    }
    logger.warn('GAR logout response refused');
    refusalPage(res, 400, "La réponse de déconnexion du GAR n'a pas pu être acceptée. Vous êtes bien déconnecté de Pix libre ; fermez le navigateur pour quitter l'ENT.");
  });

  router.post('/saml/acs', express.urlencoded({ extended: false, limit: '512kb' }), async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.SAMLResponse !== 'string') {
      refusalPage(res, 400, 'Aucune réponse du GAR n’a été reçue.');
      return;
    }
    try {
      const outcome = await signInWithGar(integrationRepositories(services.orm.em.fork(), gar.iam.clock), gar, body.SAMLResponse, body.RelayState);
      const campaign = outcome.campaignCode ? `/campagnes/${outcome.campaignCode}/acces` : '/';
      if (outcome.idpSession) setIdpSessionCookie(res, services, gar.idpSessions, outcome.idpSession);
      if (outcome.kind === 'session') {
        setRefreshCookie(res, services, outcome.session);
        res.redirect(303, campaign);
        return;
      }
      const query = outcome.campaignCode ? `?campagne=${outcome.campaignCode}` : '';
      // The token rides in the fragment: never sent to a server, never in a log.
      res.redirect(303, `/connexion/gar${query}#${outcome.pendingToken}`);
    } catch (error) {
      if (error instanceof GarAssertionRefusedError) {
        logger.warn({ refusal: error.refusal, detail: error.detail }, 'GAR assertion refused');
        refusalPage(res, 401, "La réponse du GAR n'a pas pu être acceptée (signature, destinataire, délai ou identifiant manquant). Revenez sur la ressource depuis votre ENT.");
        return;
      }
      logger.error({ err: error }, 'GAR sign-in');
      refusalPage(res, 500, 'Une erreur inattendue est survenue. Réessayez plus tard.');
    }
  });
  return router;
}

function setRefreshCookie(res: Response, services: Services, session: Session) {
  res.cookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: services.config.publicUrl.startsWith('https://'),
    path: '/graphql',
    maxAge: services.config.refreshTokenTtlSeconds * 1000,
  });
}

function setIdpSessionCookie(res: Response, services: Services, sessions: GarIdpSessions, token: string) {
  res.cookie(GarIdpSessions.COOKIE, token, {
    httpOnly: true,
    // Sent to /graphql (garSession) and on the top-level GET /saml/logout; lax, as the ACS is reached by a cross-site post.
    sameSite: 'lax',
    secure: services.config.publicUrl.startsWith('https://'),
    path: '/',
    maxAge: sessions.ttlSeconds * 1000,
  });
}
