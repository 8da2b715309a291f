import { parse } from 'graphql';
import { measureQuery } from '../../src/graphql/query-shape';

const measure = (query: string) => measureQuery(parse(query));

describe('measuring a query before validation', () => {
  it('counts fields and depth like graphql-depth-limit: a field with a selection adds a level', () => {
    expect(measure('{ a b { c d { e } } }')).toEqual({ fields: 5, depth: 2, mostRepeated: null });
  });

  it('expands fragments, each measured once, however often it is spread', () => {
    let fragments = 'fragment F0 on Q { a b }';
    for (let level = 1; level <= 40; level += 1) fragments += ` fragment F${level} on Q { ...F${level - 1} ...F${level - 1} }`;
    const shape = measure(`{ ...F40 } ${fragments}`);
    expect(shape.fields).toBe(2 * 2 ** 40);
    expect(shape.mostRepeated).toEqual({ name: 'a', count: 2 ** 40 });
  });

  it('measures the largest operation of the document', () => {
    expect(measure('query A { a } query B { a b { c } }')).toMatchObject({ fields: 3, depth: 1 });
  });

  it('counts a cycle or an unknown fragment as empty (graphql reports them), without looping', () => {
    expect(measure('{ ...A } fragment A on Q { a ...B } fragment B on Q { b ...A }')).toMatchObject({ fields: 2, depth: 0 });
    expect(measure('{ x ...Missing }')).toMatchObject({ fields: 1 });
  });

  it('finds a response name repeated in one selection set, inline fragments and spreads merged, aliases apart', () => {
    expect(measure('{ s { a a ... on Q { a } ...F } } fragment F on Q { a x: a }').mostRepeated).toEqual({ name: 'a', count: 4 });
    expect(measure('{ a: f b: f c: f }').mostRepeated).toBeNull();
  });

  it('counts introspection fields but not their depth (the standard introspection query stays allowed)', () => {
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }')).toMatchObject({ fields: 6, depth: 0 });
  });
});
