import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import helmet from 'helmet';

/**
 * Headers that tell the browser what our pages may do, for the apps, the API and the dev pages alike.
 * - Scripts: only our own files (Vite emits no inline script; the apps never evaluate strings).
 * - Styles: ours plus 'unsafe-inline', because MUI styles through emotion, which writes <style>
 *   elements at run time; a nonce would need each index.html rendered per response. Styles cannot
 *   run code, and scripts stay locked to 'self'.
 * - Images: ours (challenge illustrations under /contenus) and data: URLs; never a third party's, so
 *   a text written by a teacher cannot make the learner's browser call another site.
 * - No framing of our pages (clickjacking), no plugins, forms and <base> only towards us. Our pages
 *   may frame only the simulators of the content release, on our origin under /contenus/.
 * HSTS and upgrade-insecure-requests only when the platform is reached over HTTPS (PUBLIC_URL):
 * on http://localhost they would break a development machine.
 */
export function securityHeaders(options: { https: boolean; publicUrl?: string }) {
  const middleware = helmetFor(options);
  // Helmet's answer depends only on the frame source (the host asked for): worked out once per source,
  // then set in one loop (helmet's dozen middlewares cost as much as a fifth of the dashboard's own work).
  const known = new Map<string, [string, string | number | readonly string[]][]>();
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const source = contentFramesSource(req, options);
    let headers = known.get(source);
    if (!headers) {
      const recorded: [string, string | number | readonly string[]][] = [];
      let done = false;
      let failure: unknown;
      const recorder = { setHeader: (name: string, value: string | number | readonly string[]) => recorded.push([name, value]), removeHeader: () => undefined };
      middleware(req, recorder as unknown as ServerResponse, (error?: unknown) => {
        done = true;
        failure = error;
      });
      // Helmet answers synchronously; were it ever not to, it works on the response itself.
      if (!done) return middleware(req, res, next);
      if (failure) return next(failure);
      headers = recorded;
      // A bounded memory: a client that invents hosts gets helmet's own work, not a growing map.
      if (known.size < 32) known.set(source, headers);
    }
    res.removeHeader('X-Powered-By');
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

function helmetFor(options: { https: boolean; publicUrl?: string }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameSrc: [(req: IncomingMessage) => contentFramesSource(req, options)],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    // Links in e-mails carry tokens in their path: no page of ours tells another site where it came from.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * Our own origin's /contenus/ folder, as a CSP source (a path needs the scheme and host): the public
 * address when the platform is served over HTTPS (behind a proxy, the request may name another host),
 * else the host the browser asked for (localhost and 127.0.0.1 alike on a development machine).
 */
function contentFramesSource(req: IncomingMessage, options: { https: boolean; publicUrl?: string }): string {
  if (options.https && options.publicUrl) return `${new URL(options.publicUrl).origin}/contenus/`;
  const host = (req.headers.host ?? 'localhost').replace(/[^\w.:[\]-]/g, '');
  return `http://${host}/contenus/`;
}

/**
 * Headers of a simulator page (an HTML file of the content release): whatever opens it, the browser
 * runs it sandboxed (scripts only, an opaque origin: no cookie, no storage, no call to our API), it
 * loads nothing but itself (inline styles and scripts, data: images) and only our pages may frame it.
 */
export const SIMULATOR_PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'unsafe-inline'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "form-action 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
    'sandbox allow-scripts',
  ].join('; '),
  'X-Frame-Options': 'SAMEORIGIN',
};

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4) || address === '::1';
}

/**
 * A caller on this machine: the TCP peer is loopback (the socket, never a header a client writes) and
 * no proxy relayed the request (a reverse proxy on the same machine would make every caller look
 * local, so its forwarding headers are reason enough to refuse).
 */
export function isLoopbackPeer(req: Request): boolean {
  const relayed = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return isLoopbackAddress(req.socket.remoteAddress) && !relayed;
}
