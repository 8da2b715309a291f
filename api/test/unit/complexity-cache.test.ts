import { randomUUID } from 'node:crypto';
import { buildSchema, parse } from 'graphql';
import { complexityCheck } from '../../src/graphql/limits';

const schema = buildSchema(`
  type Item { id: ID }
  input AnswerInput { value: String!, idempotencyKey: String! }
  type Query { items(first: Int): [Item] }
  type Mutation { answer(input: AnswerInput!): Item }
`);
const ANSWER = 'mutation A($input: AnswerInput!) { answer(input: $input) { id } }';
const ITEMS = 'query I($first: Int, $withId: Boolean!) { items(first: $first) { id @include(if: $withId) } }';

/** Runs the check for one request (as Apollo's plugin and the direct path do); counts how many times it had to compute a cost. */
function checker(maxComplexity: number) {
  let computed = 0;
  const checkComplexity = complexityCheck(() => {
    computed += 1;
    return schema;
  }, maxComplexity);
  const check = async (query: string, variables: Record<string, unknown>) => checkComplexity({ query, variables, operationName: undefined }, parse(query));
  return { check, computed: () => computed };
}

describe('the complexity check', () => {
  it('computes the cost of an answer once, whatever its random idempotency key', async () => {
    const { check, computed } = checker(100);
    for (let i = 0; i < 5; i += 1) await check(ANSWER, { input: { value: `réponse ${i}`, idempotencyKey: randomUUID() } });
    expect(computed()).toBe(1);
  });

  it('still tells apart what changes the cost: page sizes and @include flags', async () => {
    const { check, computed } = checker(100);
    await expect(check(ITEMS, { first: 5, withId: true })).resolves.toBeUndefined();
    await expect(check(ITEMS, { first: 500, withId: true })).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    await expect(check(ITEMS, { first: 500, withId: false })).resolves.toBeUndefined();
    await expect(check(ITEMS, { first: 500, withId: true })).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(computed()).toBe(3);
  });
});
