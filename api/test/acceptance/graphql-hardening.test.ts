import { getIntrospectionQuery } from 'graphql';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** `fragment F0 { …fields }` then F1…Fn, each spreading the previous one twice: 2^n copies of F0. */
function explodingFragments(levels: number, fields = 'errorCodes __typename'): string {
  let fragments = `fragment F0 on Query { ${fields} }`;
  for (let level = 1; level <= levels; level += 1) fragments += ` fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`;
  return `query Explosion { ...F${levels} } ${fragments}`;
}

const codes = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.map((error) => error.extensions?.code);

describe('GraphQL hardening: what costs the server little to refuse, and answers a 4xx', () => {
  let api: TestApi;
  let schools: Schools;
  beforeAll(async () => {
    api = await startTestApi();
    schools = await buildSchools(api);
  });
  afterAll(() => api.stop());

  const stillServes = async () => {
    const response = await api.gql('{ competenceFramework { areas { code } } }');
    expect(response.data!.competenceFramework.areas).toHaveLength(5);
  };

  describe('size: refused before validation', () => {
    // The finding: 98 KB, 14 000 fields, 200–700 ms of validation before being refused.
    const huge = `{ ${Array.from({ length: 14_000 }, (_, i) => `f${String(i).padStart(5, '0')}`).join(' ')} }`;

    it('stops a 98 KB query of 14 000 fields at parse time, with QUERY_TOO_LARGE', async () => {
      expect(huge.length).toBeGreaterThan(97_000);
      const response = await api.gql(huge);
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        {
          message: 'La requête est trop longue (plus de 5000 éléments). Découpez-la en plusieurs requêtes.',
          extensions: { code: 'QUERY_TOO_LARGE' },
        },
      ]);
      await stillServes();
    });

    it('answers a normal query while 40 huge ones arrive at the same time, each refused by the token limit', async () => {
      const [normal, ...refused] = await Promise.all([
        api.gql('{ competenceFramework { areas { code } } }'),
        ...Array.from({ length: 40 }, () => api.gql(huge)),
      ]);
      expect(normal.data!.competenceFramework.areas).toHaveLength(5);
      expect(refused.map((response) => `${response.status} ${codes(response)}`)).toEqual(Array(40).fill('400 QUERY_TOO_LARGE'));
    });

    it('counts fields through fragments: an exploding fragment is refused alone, no validation rule ran', async () => {
      // 2^16 copies of two fields, in a few hundred characters. `nope` is unknown: had validation run,
      // it would say so; the only error is the size.
      const response = await api.gql(explodingFragments(16, 'errorCodes nope'));
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        {
          message: 'La requête demande trop de champs (131072, fragments compris, pour un maximum de 1000). Découpez-la en plusieurs requêtes.',
          extensions: { code: 'QUERY_TOO_LARGE' },
        },
      ]);
      await stillServes();
    });

    it('refuses a field asked for 60 times at one level (graphql compares such fields pairwise)', async () => {
      const response = await api.gql(`{ ${Array.from({ length: 60 }, () => 'competenceFramework { version }').join(' ')} }`);
      expect(response.status).toBe(400);
      expect(response.errors![0]).toEqual({
        message: 'La requête demande 60 fois « competenceFramework » au même niveau (maximum : 50). Demandez chaque champ une seule fois.',
        extensions: { code: 'QUERY_TOO_LARGE' },
      });
    });

    it('still accepts what the apps send: a query with fragments and a few repeated fields', async () => {
      const response = await api.gql(
        `query Framework { competenceFramework { ...Areas areas { code __typename } __typename } }
         fragment Areas on CompetenceFramework { areas { code name competences { id name __typename } __typename } __typename }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.competenceFramework.areas).toHaveLength(5);
    });
  });

  describe('malformed documents: a 4xx with a code, never a 500', () => {
    it('circular fragments', async () => {
      const response = await api.gql('query Loop { ...A } fragment A on Query { errorCodes ...B } fragment B on Query { ...A }');
      expect(response.status).toBe(400);
      expect(codes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors!.map((error) => error.message).join(' ')).toContain('Cannot spread fragment "A" within itself via "B"');
      await stillServes();
    });

    it('a fragment that does not exist', async () => {
      const response = await api.gql('{ ...Missing }');
      expect(response.status).toBe(400);
      expect(response.errors![0].message).toBe('La requête GraphQL est invalide : Unknown fragment "Missing".');
    });

    it('a fragment explosion under the depth limit', async () => {
      const response = await api.gql(explodingFragments(15));
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['QUERY_TOO_LARGE']);
      await stillServes();
    });

    it('a variable that does not fit its type', async () => {
      const response = await api.gql('query C($first: Int) { users(first: $first) { totalCount } }', { first: 'dix' });
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toContain('Int cannot represent non-integer value: "dix"');
    });

    it('a query too complex (QUERY_TOO_COMPLEX is a 400)', async () => {
      const wide = Array.from({ length: 29 }, (_, i) => `f${i}: competenceFramework { areas { competences { area { competences { area { code name color } } } } } }`).join(' ');
      const response = await api.gql(`{ ${wide} }`);
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        {
          message: 'La requête est trop complexe (122148 pour un maximum de 10000). Découpez-la en plusieurs requêtes.',
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ]);
    });

    it('a NUL character in a search filter, as a variable or written in the query', async () => {
      const { admin, support } = schools.people;
      const learners = `query L($id: ID!, $search: String) { organization(id: $id) { learners(filter: { search: $search }) { totalCount } } }`;
      const inVariable = await api.gql(learners, { id: String(schools.lyceeId), search: 'Mar\u0000tin' }, { token: admin.token });
      expect(inVariable.status).toBe(400);
      expect(inVariable.errors).toEqual([
        {
          message: 'Le texte envoyé contient un caractère nul (\\u0000), qui ne peut pas être enregistré. Retirez-le puis réessayez.',
          extensions: { code: 'BAD_USER_INPUT', field: 'search' },
        },
      ]);
      const inQuery = await api.gql(`{ users(search: "a\\u0000b") { totalCount } }`, {}, { token: support.token });
      expect(inQuery.status).toBe(400);
      expect(inQuery.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
      const campaigns = await api.gql(
        `query C($id: ID!) { organization(id: $id) { campaigns(filter: { search: "x\\u0000" }) { totalCount } } }`,
        { id: String(schools.lyceeId) },
        { token: admin.token },
      );
      expect(campaigns.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
      // The same search without the NUL character works.
      const clean = await api.gql(learners, { id: String(schools.lyceeId), search: 'Martin' }, { token: admin.token });
      expect(clean.data!.organization.learners.totalCount).toBe(0);
    });
  });

  describe('paths out of the content folder', () => {
    it.each(['/contenus/..%2f..%2fpackage.json', '/contenus/..%2fREADME.md', '/contenus/..%5c..%5cpackage.json'])('%s is not found (404), not a 500', async (path) => {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ errors: [{ message: "L'élément demandé est introuvable.", extensions: { code: 'NOT_FOUND' } }] });
    });

    it('a NUL byte in a file name is a malformed request (400)', async () => {
      const response = await fetch(`${api.url}/contenus/grille%00.svg`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('a file of the release is still served', async () => {
      const response = await fetch(`${api.url}/contenus/grille-tableur-c4.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
    });
  });

  it('a school administrator reads when the members of the school joined (Organization.memberships.user.createdAt)', async () => {
    const response = await api.gql(
      `query M($id: ID!) { organization(id: $id) { memberships { role user { firstName createdAt } } } }`,
      { id: String(schools.lyceeId) },
      { token: schools.people.admin.token },
    );
    expect(response.errors).toBeUndefined();
    const members = response.data!.organization.memberships as { role: string; user: { firstName: string; createdAt: string } }[];
    expect(members.map((m) => m.user.firstName).sort()).toEqual(['Claire', 'Julien']);
    for (const member of members) expect(Date.parse(member.user.createdAt)).toBeGreaterThan(Date.parse('2020-01-01'));
  });

  it('outside production, introspection and suggestions help developers', async () => {
    expect((await api.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // The query of GraphiQL and code generators fits the size and depth limits (the complexity
    // estimator, which multiplies every list by 10, still refuses it, as it did before).
    const full = await api.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(codes(full)).not.toContain('QUERY_TOO_LARGE');
    expect(codes(full)).not.toContain('QUERY_TOO_DEEP');
    expect((await api.gql('{ errorCode }')).errors![0].message).toContain('Did you mean "errorCodes"?');
  });
});

describe('GraphQL in production (NODE_ENV=production)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => api.stop());

  it('refuses introspection with a clear message', async () => {
    const response = await api.gql('{ __schema { types { name } } }');
    expect(response.status).toBe(400);
    expect(response.errors![0]).toMatchObject({
      message: "L'introspection du schéma GraphQL est désactivée sur ce serveur : le schéma est publié avec le code de la plateforme (schema/schema.graphql).",
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(JSON.stringify(response)).not.toContain('"name":"Query"');
  });

  it('names no field, type or enum value of the schema in its error messages', async () => {
    const unknownField = await api.gql('{ errorCode }');
    expect(unknownField.errors![0].message).toBe('La requête GraphQL est invalide : Cannot query field "errorCode" on type "Query".');
    const badEnum = await api.gql('mutation U($role: MembershipRole!) { updateMembershipRole(membershipId: "1", role: $role) { id } }', { role: 'ADMN' });
    expect(badEnum.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors![0].message).toContain('Value "ADMN" does not exist in "MembershipRole" enum.');
    expect(badEnum.errors![0].message).not.toContain('Did you mean');
  });

  it('still answers ordinary queries', async () => {
    expect((await api.gql('{ competenceFramework { areas { code } } }')).data!.competenceFramework.areas).toHaveLength(5);
  });
});

describe('GraphQL in production with INTROSPECTION=true', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
  });
  afterAll(() => api.stop());

  it('answers introspection, for a team that publishes its schema on purpose', async () => {
    const response = await api.gql('{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
