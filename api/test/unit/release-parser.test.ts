import { ContentValidationError, parseRelease, solutionProblems, type ReleaseFile } from '../../src/learning-content/domain/release-parser';

const areas = [{ code: '1', name: 'Information et données', nameEn: 'Information', competences: ['1.1'] }];
const competence = {
  code: '1.1',
  areaCode: '1',
  name: "Mener une recherche et une veille d'information",
  nameEn: 'Search',
  description: 'Rechercher.',
  descriptionEn: 'Search.',
};
const tube = (challenge: Record<string, unknown>) => ({
  name: '@rechercheWeb',
  title: 'Moteur de recherche',
  thematic: 'Web',
  description: 'Chercher.',
  tutorials: [{ id: 'tuto-a', title: 'T', source: 's', format: 'page', durationMinutes: 3, link: 'https://fr.wikipedia.org/wiki/Moteur_de_recherche', locale: 'fr' }],
  skills: [{ name: '@rechercheWeb1', level: 1, hint: 'h', tutorials: ['tuto-a'], challenges: [challenge] }],
});
const files = (challenge: Record<string, unknown>): ReleaseFile[] => [
  { path: 'areas.json', data: areas },
  { path: 'competences/1.1/competence.json', data: competence },
  { path: 'competences/1.1/tubes/rechercheWeb.json', data: tube(challenge) },
];
const qcu = { id: 'rechercheWeb1-a', type: 'QCU', instruction: 'Choisissez.', proposals: ['a', 'b'], solution: '2' };

function problemsOf(run: () => unknown) {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems;
    throw error;
  }
}

describe('reading a release', () => {
  it('reads a valid release', () => {
    const release = parseRelease(files(qcu), 'v1');
    expect(release.challenges).toHaveLength(1);
    expect(release.challenges[0]).toMatchObject({ skillId: 'rechercheWeb1', locales: ['fr'], status: 'validated' });
  });

  it('names the file and the field of every problem', () => {
    const problems = problemsOf(() => parseRelease(files({ ...qcu, type: 'QCX', instruction: '' }), 'v1'));
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'competences/1.1/tubes/rechercheWeb.json', field: 'tube.skills[0].challenges[0].type', message: 'one of QCU, QCM, QROC, QROCM-ind, QROCM-dep' },
        { file: 'competences/1.1/tubes/rechercheWeb.json', field: 'tube.skills[0].challenges[0].instruction', message: 'a non-empty string is expected' },
      ]),
    );
  });

  it('refuses a challenge id that does not follow its skill', () => {
    const problems = problemsOf(() => parseRelease(files({ ...qcu, id: 'autre-a' }), 'v1'));
    expect(problems[0]).toMatchObject({ field: 'tube.skills[0].challenges[0].id' });
  });
});

describe('reading the answers to accept and refuse, and a simulator', () => {
  const qroc = { id: 'rechercheWeb1-a', type: 'QROC', instruction: 'Écrivez.', fields: [{ name: 'r', label: 'R' }], solution: ['CNIL'] };
  const qrocm = {
    id: 'rechercheWeb1-a',
    type: 'QROCM-ind',
    instruction: 'Écrivez.',
    fields: [{ name: 'a', label: 'A' }, { name: 'b', label: 'B' }],
    solution: { a: ['x'], b: ['y'] },
  };

  it('keeps them as values a learner sends (a QROCM as its JSON object, fields in order)', () => {
    const [c] = parseRelease(files({ ...qroc, mustAccept: ['La CNIL'], mustRefuse: ['RGPD'], reviewed: true }), 'v1').challenges;
    expect(c).toMatchObject({ answerChecks: { accept: ['La CNIL'], refuse: ['RGPD'] }, reviewed: true });
    const [m] = parseRelease(files({ ...qrocm, mustAccept: [{ b: 'y', a: 'x' }] }), 'v1').challenges;
    expect(m.answerChecks).toEqual({ accept: ['{"a":"x","b":"y"}'], refuse: [], acceptEn: [], refuseEn: [] });
  });

  it.each([
    [{ ...qcu, mustAccept: ['1'] }, 'tube.skills[0].challenges[0].mustAccept', 'only for QROC and QROCM challenges'],
    [{ ...qroc, mustAccept: [{ r: 'x' }] }, 'tube.skills[0].challenges[0].mustAccept[0]', 'a text is expected for a QROC'],
    [{ ...qrocm, mustRefuse: [{ a: 'x' }] }, 'tube.skills[0].challenges[0].mustRefuse[0]', 'an object with a text for each field (a, b) is expected'],
    [{ ...qroc, reviewed: 'oui' }, 'tube.skills[0].challenges[0].reviewed', 'true or false'],
    [{ ...qroc, embed: { file: 'assets/page.html', title: 'T', height: 400 } }, 'tube.skills[0].challenges[0].embed.file', 'a page assets/simulateurs/<name>.html is expected'],
    [{ ...qroc, embed: { file: 'assets/simulateurs/a.html', title: 'T', height: 50 } }, 'tube.skills[0].challenges[0].embed.height', 'an integer from 120 to 1200 is expected'],
  ])('refuses %j', (challenge, field, message) => {
    expect(problemsOf(() => parseRelease(files(challenge), 'v1'))).toEqual([{ file: 'competences/1.1/tubes/rechercheWeb.json', field, message }]);
  });

  it('reads a simulator with its title and height', () => {
    const [c] = parseRelease(files({ ...qroc, embed: { file: 'assets/simulateurs/webmail.html', title: 'Simulateur', height: 460 } }), 'v1').challenges;
    expect(c.embed).toEqual({ file: 'assets/simulateurs/webmail.html', title: 'Simulateur', titleEn: null, fileEn: null, height: 460 });
  });
});

describe('checking solutions', () => {
  it.each([
    [{ type: 'QCU', proposals: ['a', 'b'], fields: null, solution: '3' }, 'index outside'],
    [{ type: 'QCU', proposals: ['a', 'b'], fields: null, solution: '1,2' }, 'exactly one'],
    [{ type: 'QCM', proposals: ['a', 'b', 'c'], fields: null, solution: '2' }, 'at least 2'],
    [{ type: 'QROC', proposals: null, fields: [{ name: 'r', label: 'R' }], solution: [] }, 'non-empty array'],
    [{ type: 'QROC', proposals: null, fields: [{ name: 'r', label: 'R', format: 'nombre' }], solution: ['douze'] }, 'expects numbers'],
    [{ type: 'QROC', proposals: null, fields: [{ name: 'r', label: 'R', format: 'select', options: ['a', 'b'] }], solution: ['c'] }, 'one of its options'],
    [{ type: 'QROCM-ind', proposals: null, fields: [{ name: 'a', label: 'A' }, { name: 'b', label: 'B' }], solution: { a: ['x'] } }, 'no variants for field "b"'],
    [{ type: 'QROCM-dep', proposals: null, fields: [{ name: 'a', label: 'A' }, { name: 'b', label: 'B' }], solution: [['x']] }, 'as many groups'],
  ])('finds what is wrong in %j', (challenge, expected) => {
    expect(solutionProblems(challenge as never).join(' ')).toContain(expected);
  });

  it('accepts well-formed solutions of every type', () => {
    expect(solutionProblems({ type: 'QCM', proposals: ['a', 'b', 'c'], fields: null, solution: '1,3' })).toEqual([]);
    expect(
      solutionProblems({ type: 'QROCM-dep', proposals: null, fields: [{ name: 'a', label: 'A' }, { name: 'b', label: 'B' }], solution: [['x'], ['y'], ['z']] }),
    ).toEqual([]);
  });
});
