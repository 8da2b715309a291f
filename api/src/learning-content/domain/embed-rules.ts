/**
 * What a simulator page (a challenge's `embed`) may contain: it is shown in a sandboxed frame and must
 * work with no network at all, so it loads nothing from outside itself. Pure: the content lint and the
 * release loader call it with the page's text.
 */

const FORBIDDEN: [RegExp, string][] = [
  [/\b(?:https?|ftp|wss?):\/\//i, 'an absolute URL (http, https, ftp, ws)'],
  [/(?:src|href|action|poster|data)\s*=\s*["']?\s*\/\//i, 'a protocol-relative URL (//…)'],
  [/<script\b[^>]*\bsrc\s*=/i, 'a <script src> (scripts must be inline)'],
  [/<link\b/i, 'a <link> (styles must be inline)'],
  [/@import\b/i, 'a CSS @import'],
  [/url\(\s*(?!["']?(?:data:|#))/i, 'a CSS url() that is not a data: URL'],
  [/<(?:iframe|frame|object|embed|base|portal)\b/i, 'a nested frame, object or <base>'],
  [/<(?:img|source|video|audio|track|input)\b[^>]*\bsrc\s*=\s*(?!["']?data:)/i, 'an image or media src that is not a data: URL'],
  [/\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(/, 'a network call (fetch, XMLHttpRequest, WebSocket…)'],
  [/\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource|Worker|SharedWorker)\b/, 'a network object or a worker'],
  [/\bimport\s*\(/, 'a dynamic import'],
  [/<form\b/i, 'a <form> (the sandbox blocks its submission: use a button and a click handler)'],
  [/<meta\b[^>]*http-equiv\s*=\s*["']?refresh/i, 'a meta refresh'],
];

/** The problems of a simulator page: outside resources, and what every page needs (lang, title, viewport). */
export function embedPageProblems(html: string): string[] {
  const problems = FORBIDDEN.filter(([pattern]) => pattern.test(html)).map(([, what]) => `loads an outside resource: ${what}`);
  if (!/<html\b[^>]*\blang\s*=\s*["']?[a-z]{2}/i.test(html)) problems.push('the <html> element needs a lang attribute');
  if (!/<title>[^<]+<\/title>/i.test(html)) problems.push('a <title> is expected');
  if (!/<meta\b[^>]*name\s*=\s*["']?viewport/i.test(html)) problems.push('a viewport <meta> is expected (usable at 360 px)');
  return problems;
}
