import express, { type Request, type Response, type Router } from 'express';
import type { Services } from '../../graphql/services';
import type { Session } from '../../identity-access-management';
import type { Logger } from '../../shared/infrastructure/logger';
import { campaignCodeOfRelayState, GarAssertionRefusedError } from '../domain/gar-assertion';
import { signInWithGar } from '../application/gar-sign-in.usecases';

/** The refresh cookie as log-in sets it (identity-access-management's account resolver: same name, path and flags). */
const REFRESH_COOKIE = 'refresh_token';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalPage(res: Response, status: number, message: string) {
  res.status(status).type('html').send(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion par l'ENT refusée – Pix libre</title></head>
<body><main><h1>Connexion par l'ENT refusée</h1><p>${escapeHtml(message)}</p><p><a href="/">Revenir à l'accueil de Pix libre</a></p></main></body></html>`);
}

/**
 * The GAR's service provider: GET /saml/metadata, GET /saml/login?campaign=CODE, POST /saml/acs,
 * GET /saml/logout. When the GAR is not configured (GAR_IDP_METADATA unset), every one answers 404.
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

  router.get('/saml/logout', (_req, res) => {
    // The platform's session ends in the browser (logOut); the identity provider's own, when it offers one.
    res.redirect(302, gar.serviceProvider.idp.sloUrl ?? '/');
  });

  router.post('/saml/acs', express.urlencoded({ extended: false, limit: '512kb' }), async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.SAMLResponse !== 'string') {
      refusalPage(res, 400, 'Aucune réponse du GAR n’a été reçue.');
      return;
    }
    try {
      const outcome = await signInWithGar(services.orm.em.fork(), gar, body.SAMLResponse, body.RelayState);
      const campaign = outcome.campaignCode ? `/campagnes/${outcome.campaignCode}/acces` : '/';
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
