import { buildUser } from '../../src/seeds/database-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';

/**
 * Pix Admin's "Contenu" and "Bac à sable" (issue 16), through real HTTP on the imported release: the
 * content team browses the tree and the challenges, reads a challenge with its alternatives and
 * tutorials, tries answers against it and against a solution of its own. Who may call them:
 * authorization.admin-content.ts.
 */
describe('the content team in Pix Admin', () => {
  let api: TestApi;
  let token: string;
  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await api.gql(query, variables, { token, headers });
    return response;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const member = await buildUser(api.platform.services.orm.em.fork(), { platformRole: 'METIER' });
    token = (await api.gql(`mutation { logIn(input: { login: "${member.email}", password: "${member.password}" }) { accessToken } }`)).data!.logIn.accessToken;
  });
  afterAll(() => api.stop());

  it('reads the tree of the release: areas, competences, tubes, skills by level', async () => {
    const { data, errors } = await gql('{ contentTree { version areas { id code } competences { id areaId code } tubes { id competenceId name } skills { tubeId name level challengeCount } } }');
    expect(errors).toBeUndefined();
    const tree = data!.contentTree;
    expect(tree.areas.map((a: { code: string }) => a.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(tree.competences).toHaveLength(16);
    const tube = tree.tubes.find((t: { name: string }) => t.name === '@fiabiliteSource');
    expect(tree.competences.find((c: { id: string }) => c.id === tube.competenceId).code).toBe('1.1');
    const skills = tree.skills.filter((s: { tubeId: string }) => s.tubeId === tube.id);
    expect(skills.map((s: { level: number }) => s.level)).toEqual([...skills.map((s: { level: number }) => s.level)].sort((a, b) => a - b));
    expect(skills.find((s: { name: string }) => s.name === '@fiabiliteSource6').challengeCount).toBeGreaterThanOrEqual(2);
  });

  it('searches and filters the challenges, page by page on the server', async () => {
    const LIST = `query L($first: Int, $after: String, $filter: ContentChallengesFilter) {
      contentChallenges(first: $first, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id reference type status level skillName hasFile timer hasEnglish } }
      }
    }`;
    const found = await gql(LIST, { filter: { search: 'WHOÎS', types: ['QROC'], level: 6 } });
    expect(found.errors).toBeUndefined();
    const references = found.data!.contentChallenges.edges.map((e: { node: { reference: string } }) => e.node.reference);
    expect(references).toEqual(expect.arrayContaining(['fiabiliteSource6-a', 'fiabiliteSource6-b']));
    expect(found.data!.contentChallenges.edges.every((e: { node: { type: string; level: number } }) => e.node.type === 'QROC' && e.node.level === 6)).toBe(true);

    const withFile = await gql(LIST, { first: 100, filter: { hasFile: true } });
    expect(withFile.data!.contentChallenges.totalCount).toBeGreaterThan(0);
    expect(withFile.data!.contentChallenges.edges.every((e: { node: { hasFile: boolean } }) => e.node.hasFile)).toBe(true);
    const timed = await gql(LIST, { first: 100, filter: { timed: true, status: 'VALIDATED' } });
    expect(timed.data!.contentChallenges.edges.every((e: { node: { timer: number | null; status: string } }) => e.node.timer !== null && e.node.status === 'VALIDATED')).toBe(true);

    const skill = await gql(LIST, { first: 1, filter: { skillId: 'fiabiliteSource6' } });
    expect(skill.data!.contentChallenges.totalCount).toBeGreaterThanOrEqual(2);
    expect(skill.data!.contentChallenges.pageInfo.hasNextPage).toBe(true);
    const next = await gql(LIST, { first: 1, after: skill.data!.contentChallenges.pageInfo.endCursor, filter: { skillId: 'fiabiliteSource6' } });
    expect(next.data!.contentChallenges.edges[0].node.reference).not.toBe(skill.data!.contentChallenges.edges[0].node.reference);
    const all = await gql('{ contentChallenges(first: 1) { totalCount } }');
    expect(all.data!.contentChallenges.totalCount).toBeGreaterThan(500);
  });

  it("reads a challenge's page: preview, solution, tolerances, alternatives, tutorials", async () => {
    const { data, errors } = await gql(`{ contentChallenge(id: "fiabiliteSource6-a") {
      id reference type solution fields tolerancesOff timer instructionFr
      preview { id fields { name label } }
      skill { name level tube { title } competence { code name } }
      alternatives { reference }
      tutorials { title link learnMore }
    } }`);
    expect(errors).toBeUndefined();
    const challenge = data!.contentChallenge;
    expect(challenge).toMatchObject({ reference: 'fiabiliteSource6-a', type: 'QROC', tolerancesOff: [], skill: { name: '@fiabiliteSource6', competence: { code: '1.1' } } });
    expect(JSON.parse(challenge.solution)).toContain('Whois');
    expect(JSON.parse(challenge.fields)).toEqual([{ name: 'service', label: 'Service', labelEn: 'Service' }]);
    expect(challenge.alternatives.map((a: { reference: string }) => a.reference)).toContain('fiabiliteSource6-b');
    expect(challenge.tutorials.length).toBeGreaterThan(0);
    expect(challenge.id).toBe(challenge.preview.id);
  });

  it('"Essayer": checks a value against the challenge with the checker of real answers, and says which tolerance applied', async () => {
    const TRY = 'query T($id: ID!, $value: String!) { tryChallengeAnswer(challengeId: $id, value: $value) { result problem details { field answer matched variant tolerance expected } } }';
    const { id } = (await gql('{ contentChallenge(id: "fiabiliteSource6-a") { id } }')).data!.contentChallenge;
    const right = await gql(TRY, { id, value: ' WHOIS ' });
    expect(right.data!.tryChallengeAnswer).toMatchObject({ result: 'OK', problem: null, details: [{ field: 'service', answer: ' WHOIS ', matched: true, variant: 'Whois', tolerance: 'T1' }] });
    const wrong = await gql(TRY, { id, value: 'Wikipédia' });
    expect(wrong.data!.tryChallengeAnswer).toMatchObject({ result: 'KO', details: [{ matched: false, variant: null, tolerance: null }] });
    expect((await gql(TRY, { id: 'inconnu', value: 'x' })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('the sandbox: a solution written as in the content files, its tolerances turned off, answers checked one by one', async () => {
    const PREVIEW = 'query P($input: PreviewAnswerInput!) { previewAnswer(input: $input) { result problem details { field matched variant tolerance group } } }';
    const base = { type: 'QROC', solution: '[\n  "Paris",\n  "paris.fr"\n]', tolerancesOff: ['T3'] };
    const accepted = await gql(PREVIEW, { input: { ...base, value: 'PARIS' } });
    expect(accepted.data!.previewAnswer).toEqual({ result: 'OK', problem: null, details: [{ field: 'answer', matched: true, variant: 'Paris', tolerance: 'T1', group: null }] });
    const refused = await gql(PREVIEW, { input: { ...base, value: 'Parys' } });
    expect(refused.data!.previewAnswer.result).toBe('KO');
    const typo = await gql(PREVIEW, { input: { ...base, tolerancesOff: [], value: 'Parys' } });
    expect(typo.data!.previewAnswer.details[0].tolerance).toBe('T3');
    const dep = await gql(PREVIEW, {
      input: { type: 'QROCM_DEP', solution: '[["rouge"], ["vert"]]', fields: '[{"name": "a", "label": "A"}, {"name": "b", "label": "B"}]', value: '{"a": "vert", "b": "Rouge"}' },
    });
    expect(dep.data!.previewAnswer).toMatchObject({ result: 'OK', details: [{ field: 'a', group: 2 }, { field: 'b', group: 1, tolerance: 'T1' }] });
  });

  it('refuses a solution that does not parse for its type with a translated message naming the line', async () => {
    const PREVIEW = 'query P($input: PreviewAnswerInput!) { previewAnswer(input: $input) { result } }';
    const input = { type: 'QROC', solution: '[\n  "Paris",\n  "Lyon"\n  "Marseille"\n]', value: 'Paris' };
    const fr = await gql(PREVIEW, { input });
    expect(fr.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'solution' } });
    expect(fr.errors![0].message).toMatch(/^Solution, ligne 4 : /);
    const en = await gql(PREVIEW, { input: { ...input, solution: '{"ville": ["Paris"]}' } }, { 'accept-language': 'en' });
    expect(en.errors![0].message).toBe('Solution, line 1: a QROC expects a non-empty list of variants between brackets, for example ["Paris", "paris.fr"].');
  });
});
