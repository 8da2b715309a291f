import { markdownSummary, parseInline, parseMarkdown, safeUrl } from './parse-markdown';

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside a paragraph', () => {
    expect(parseMarkdown('Première ligne\nseconde ligne\n\nAutre paragraphe')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Première ligne' }, { type: 'break' }, { type: 'text', value: 'seconde ligne' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Autre paragraphe' }] },
    ]);
  });

  it.each([
    ['**gras**', [{ type: 'strong', children: [{ type: 'text', value: 'gras' }] }]],
    ['__gras__', [{ type: 'strong', children: [{ type: 'text', value: 'gras' }] }]],
    ['*italique*', [{ type: 'em', children: [{ type: 'text', value: 'italique' }] }]],
    ['_italique_', [{ type: 'em', children: [{ type: 'text', value: 'italique' }] }]],
    // Bold and italic both; CommonMark (markdown-it) nests <strong> inside <em>.
    ['***les deux***', [{ type: 'em', children: [{ type: 'strong', children: [{ type: 'text', value: 'les deux' }] }] }]],
    ['`a * b`', [{ type: 'code', value: 'a * b' }]],
    ['`` a ` b ``', [{ type: 'code', value: 'a ` b' }]],
    ['2 * 3 * 4', [{ type: 'text', value: '2 * 3 * 4' }]],
    ['nom_de_fichier_long', [{ type: 'text', value: 'nom_de_fichier_long' }]],
    ['\\*pas en italique\\*', [{ type: 'text', value: '*pas en italique*' }]],
    ['**non fermé', [{ type: 'text', value: '**non fermé' }]],
    ['<b>gras</b>', [{ type: 'text', value: '<b>gras</b>' }]],
  ])('inline %s', (source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });

  it('nests emphasis', () => {
    expect(parseInline('**a *b* c**')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'a ' }, { type: 'em', children: [{ type: 'text', value: 'b' }] }, { type: 'text', value: ' c' }] },
    ]);
    expect(parseInline('*a **b** c*')).toEqual([
      { type: 'em', children: [{ type: 'text', value: 'a ' }, { type: 'strong', children: [{ type: 'text', value: 'b' }] }, { type: 'text', value: ' c' }] },
    ]);
  });

  it('keeps http, https and mailto links, and drops the others to their text', () => {
    expect(parseInline('Voir [le site](https://example.org/a_(b)) ici')).toEqual([
      { type: 'text', value: 'Voir ' },
      { type: 'link', href: 'https://example.org/a_(b)', children: [{ type: 'text', value: 'le site' }] },
      { type: 'text', value: ' ici' },
    ]);
    expect(parseInline('[**gras**](mailto:a@b.fr "titre")')).toEqual([
      { type: 'link', href: 'mailto:a@b.fr', children: [{ type: 'strong', children: [{ type: 'text', value: 'gras' }] }] },
    ]);
    expect(parseInline('[clic](javascript:alert(1))')).toEqual([{ type: 'text', value: 'clic' }]);
    expect(parseInline('[clic](data:text/html,<script>)')).toEqual([{ type: 'text', value: 'clic' }]);
    expect(parseInline('<https://example.org>')).toEqual([{ type: 'link', href: 'https://example.org', children: [{ type: 'text', value: 'https://example.org' }] }]);
    expect(parseInline('Allez sur https://example.org/page.')).toEqual([
      { type: 'text', value: 'Allez sur ' },
      { type: 'link', href: 'https://example.org/page', children: [{ type: 'text', value: 'https://example.org/page' }] },
      { type: 'text', value: '.' },
    ]);
    expect(parseInline('![un chat](https://example.org/chat.png)')).toEqual([{ type: 'image', src: 'https://example.org/chat.png', alt: 'un chat' }]);
    expect(parseInline('![un chat](javascript:x)')).toEqual([{ type: 'text', value: 'un chat' }]);
  });

  it('lets no unsafe link or image through, however it is written', () => {
    // Entities, references, autolinks and letter case must not smuggle a script URL into a link.
    expect(parseInline('[clic](jav&#x61;script:alert(1))')).toEqual([{ type: 'text', value: 'clic' }]);
    expect(parseInline('[clic](JavaScript:alert(1))')).toEqual([{ type: 'text', value: 'clic' }]);
    expect(parseInline('[clic](java\u0000script:alert(1))')).toEqual([{ type: 'text', value: 'clic' }]);
    expect(parseMarkdown('[clic][x]\n\n[x]: javascript:alert(1)')).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'clic' }] }]);
    expect(parseInline('<javascript:alert(1)>')).toEqual([{ type: 'text', value: 'javascript:alert(1)' }]);
    expect(parseInline('[relatif](/admin) [protocole](//evil.example)')).toEqual([{ type: 'text', value: 'relatif protocole' }]);
    expect(parseInline('![pixel](data:image/png;base64,AAAA)')).toEqual([{ type: 'text', value: 'pixel' }]);
    expect(parseInline('![courriel](mailto:a@b.fr)')).toEqual([{ type: 'text', value: 'courriel' }]);
    // Only bare http(s) URLs become links, not words that look like a domain or an address.
    expect(parseInline('pix.fr ou contact@pix.fr')).toEqual([{ type: 'text', value: 'pix.fr ou contact@pix.fr' }]);
  });

  it('keeps raw HTML as text, inline or as a block', () => {
    expect(parseMarkdown('<div onclick="x()">\n<script>alert(1)</script>\n</div>')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: '<div onclick="x()">' },
          { type: 'break' },
          { type: 'text', value: '<script>alert(1)</script>' },
          { type: 'break' },
          { type: 'text', value: '</div>' },
        ],
      },
    ]);
    expect(parseInline('a <img src=x onerror=alert(1)> b')).toEqual([{ type: 'text', value: 'a <img src=x onerror=alert(1)> b' }]);
  });

  it('checks URLs', () => {
    expect(safeUrl(' https://a.fr ')).toBe('https://a.fr');
    expect(safeUrl('HTTP://A.FR')).toBe('HTTP://A.FR');
    expect(safeUrl('java\nscript:alert(1)')).toBeNull();
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl('/relative')).toBeNull();
  });

  it('reads fenced code blocks verbatim', () => {
    expect(parseMarkdown('Avant\n```js\nconst a = **1**;\n\n<b>x</b>\n```\nAprès')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Avant' }] },
      { type: 'code', language: 'js', value: 'const a = **1**;\n\n<b>x</b>' },
      { type: 'paragraph', children: [{ type: 'text', value: 'Après' }] },
    ]);
    expect(parseMarkdown('~~~\nnon fermé')).toEqual([{ type: 'code', value: 'non fermé' }]);
    expect(parseMarkdown('Liste des étapes :\n\n    Ouvrez le fichier.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Liste des étapes :' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Ouvrez le fichier.' }] },
    ]);
  });

  it('reads bullet and numbered lists, nested by indentation', () => {
    expect(parseMarkdown('- un\n- **deux**\n  - deux.a\n- trois\n\n3. trois\n4. quatre')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          [{ type: 'paragraph', children: [{ type: 'text', value: 'un' }] }],
          [
            { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'deux' }] }] },
            { type: 'list', ordered: false, start: 1, items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'deux.a' }] }]] },
          ],
          [{ type: 'paragraph', children: [{ type: 'text', value: 'trois' }] }],
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'trois' }] }], [{ type: 'paragraph', children: [{ type: 'text', value: 'quatre' }] }]],
      },
    ]);
  });

  it('turns headings into bold paragraphs and reads quotes', () => {
    expect(parseMarkdown('## Titre\n> cité\n> encore')).toEqual([
      { type: 'heading', children: [{ type: 'text', value: 'Titre' }] },
      { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'cité' }, { type: 'break' }, { type: 'text', value: 'encore' }] }] },
    ]);
  });

  it('summarises a text on one line', () => {
    expect(markdownSummary('**Quel** logiciel ?\n\n- a\n- b')).toBe('Quel logiciel ? a b');
    expect(markdownSummary('un deux trois quatre cinq six', 16)).toBe('un deux trois…');
  });
});
