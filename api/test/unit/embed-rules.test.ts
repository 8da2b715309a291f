import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { embedPageProblems } from '../../src/learning-content/domain/embed-rules';
import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../src/learning-content/infrastructure/release-files';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('a simulator page loads nothing from outside', () => {
  it('accepts a self-contained page (inline style and script, data: image)', () => {
    expect(embedPageProblems(page('<img alt="" src="data:image/png;base64,AAAA"><script>var a = 1;</script>', '<style>b{color:red}</style>'))).toEqual([]);
  });

  it.each([
    ['an absolute link', page('<a href="https://example.org">x</a>')],
    ['an http image', page('<img alt="" src="http://example.org/a.png">')],
    ['a protocol-relative script', page('<script src="//cdn.example.org/a.js"></script>')],
    ['a local script file', page('<script src="app.js"></script>')],
    ['a stylesheet', page('', '<link rel="stylesheet" href="a.css">')],
    ['a CSS import', page('', '<style>@import "a.css";</style>')],
    ['a CSS url()', page('', '<style>body{background:url(fond.png)}</style>')],
    ['a relative image', page('<img alt="" src="photo.png">')],
    ['a nested frame', page('<iframe title="x" srcdoc="a"></iframe>')],
    ['a network call', page('<script>fetch("/graphql")</script>')],
    ['a request object', page('<script>new XMLHttpRequest()</script>')],
    ['a form (its submission is blocked by the sandbox)', page('<form><button>OK</button></form>')],
    ['a web socket', page('<script>new WebSocket("ws" + "s://x")</script>')],
  ])('refuses %s', (_, html) => {
    expect(embedPageProblems(html).some((p) => p.startsWith('loads an outside resource'))).toBe(true);
  });

  it('asks for a language, a title and a viewport', () => {
    expect(embedPageProblems('<html><body>x</body></html>')).toEqual([
      'the <html> element needs a lang attribute',
      'a <title> is expected',
      'a viewport <meta> is expected (usable at 360 px)',
    ]);
  });

  it('is true of every simulator of the release, and every simulator is used by a challenge', () => {
    const folder = path.join(DEFAULT_CONTENT_ROOT, 'assets', 'simulateurs');
    const files = readdirSync(folder).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) expect([file, embedPageProblems(readFileSync(path.join(folder, file), 'utf8'))]).toEqual([file, []]);
    const used = new Set(readReleaseFiles(DEFAULT_CONTENT_ROOT).challenges.flatMap((c) => (c.embed ? [c.embed.file, c.embed.fileEn ?? ''].map((f) => path.basename(f.replace(/#.*$/, ''))) : [])));
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });
});
