import { frenchFold, frenchIncludes } from './french-search';

describe('the French search rule in the browser', () => {
  it('ignores case, accents and the ligatures œ/æ', () => {
    expect(frenchFold('CŒURDEVEY Bérénice ÉTIENNE Lætitia')).toBe('coeurdevey berenice etienne laetitia');
    expect(frenchIncludes('Cœur de cible', 'coeur')).toBe(true);
    expect(frenchIncludes('Éducation musicale', 'EDUC')).toBe(true);
    expect(frenchIncludes('Éducation musicale', ' ')).toBe(true);
    expect(frenchIncludes('Éducation musicale', 'math')).toBe(false);
  });
});
