import { comparableName, identityMatches, matchingCandidates } from '../../../src/certification/evaluation/domain/candidate-identity';

describe('joining a session: the identity', () => {
  it.each([
    ['Jean-Édouard', 'jeanedouard'],
    ["D'Artagnan", 'dartagnan'],
    ['  Zoé  MARTIN ', 'zoemartin'],
    ['Çédric', 'cedric'],
    ['Anaïs2', 'anais2'],
    ['---', ''],
  ])('compares %p as %p', (typed, comparable) => {
    expect(comparableName(typed)).toBe(comparable);
  });

  const enrolled = { firstName: 'Léa', lastName: 'Dupont-Moreau', birthdate: '2010-03-05' };
  it.each([
    [{ firstName: 'lea', lastName: 'DUPONT MOREAU', birthdate: '2010-03-05' }, true],
    [{ firstName: 'Léa', lastName: 'dupontmoreau', birthdate: '2010-03-05' }, true],
    [{ firstName: 'Lea ', lastName: "Dupont'Moreau", birthdate: '2010-03-05' }, true],
    [{ firstName: 'Léa', lastName: 'Dupont', birthdate: '2010-03-05' }, false],
    [{ firstName: 'Léana', lastName: 'Dupont-Moreau', birthdate: '2010-03-05' }, false],
    [{ firstName: 'Léa', lastName: 'Dupont-Moreau', birthdate: '2010-03-06' }, false],
    [{ firstName: '', lastName: 'Dupont-Moreau', birthdate: '2010-03-05' }, false],
    [{ firstName: '-', lastName: 'Dupont-Moreau', birthdate: '2010-03-05' }, false],
  ])('%p matches: %p', (typed, expected) => {
    expect(identityMatches(typed, enrolled)).toBe(expected);
  });

  it('lists every enrolled candidate of that identity', () => {
    const list = [{ id: 1, ...enrolled }, { id: 2, firstName: 'Léo', lastName: 'Dupont-Moreau', birthdate: '2010-03-05' }];
    expect(matchingCandidates({ firstName: 'LEA', lastName: 'dupont moreau', birthdate: '2010-03-05' }, list).map((c) => c.id)).toEqual([1]);
  });
});
