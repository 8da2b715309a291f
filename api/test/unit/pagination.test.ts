import { pageWindow, toConnection } from '../../src/shared/graphql/pagination';
import { BadUserInputError } from '../../src/shared/domain/errors';

describe('Relay connections', () => {
  it('walks pages with opaque cursors', () => {
    const first = toConnection(['a', 'b'], 5, 0);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = pageWindow({ first: 2, after: first.pageInfo.endCursor! });
    expect(next).toEqual({ limit: 2, offset: 2 });
    const last = toConnection(['e'], 5, 4);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('jumps to a page by offset, as data grids do', () => {
    expect(pageWindow({ first: 50, offset: 100 })).toEqual({ limit: 50, offset: 100 });
    expect(() => pageWindow({ first: 50, offset: -1 })).toThrow(BadUserInputError);
  });

  it('refuses a page size out of bounds or a forged cursor', () => {
    expect(() => pageWindow({ first: 0 })).toThrow(BadUserInputError);
    expect(() => pageWindow({ first: 101 })).toThrow(BadUserInputError);
    expect(() => pageWindow({ after: 'bm90LWEtY3Vyc29y' })).toThrow(BadUserInputError);
  });
});
