import { IMPORT_REPORT_NAMES_MAX, reportNames, type ImportedPupil } from '../../src/prescription/learner-management/domain/learner';

const pupil = (division: string | null, lastName: string, firstName = 'Léa'): ImportedPupil => ({ division, lastName, firstName });
const label = (p: ImportedPupil) => `${p.division ?? '-'} ${p.lastName} ${p.firstName}`;

describe('the names of a SIECLE import report', () => {
  it.each([
    { case: 'by class, then last name, then first name', pupils: [pupil('2NDE1', 'MARTIN'), pupil('1G1', 'ZOLA'), pupil('2NDE1', 'BERNARD', 'Hugo'), pupil('2NDE1', 'BERNARD', 'Emma')], expected: ['1G1 ZOLA Léa', '2NDE1 BERNARD Emma', '2NDE1 BERNARD Hugo', '2NDE1 MARTIN Léa'] },
    { case: 'classes in natural order (6e2 before 6e10)', pupils: [pupil('6e10', 'A'), pupil('6e2', 'B')], expected: ['6e10 A Léa', '6e2 B Léa'].reverse() },
    { case: 'accents as a French reader sorts them', pupils: [pupil('1G1', 'TRAORÉ'), pupil('1G1', 'ÉTIENNE'), pupil('1G1', 'FANNY')], expected: ['1G1 ÉTIENNE Léa', '1G1 FANNY Léa', '1G1 TRAORÉ Léa'] },
    { case: 'no class first', pupils: [pupil('1G1', 'A'), pupil(null, 'B')], expected: ['- B Léa', '1G1 A Léa'] },
  ])('$case', ({ pupils, expected }) => {
    expect(reportNames(pupils).map(label)).toEqual(expected);
  });

  it(`keeps the first ${IMPORT_REPORT_NAMES_MAX} only`, () => {
    const many = Array.from({ length: 450 }, (_, i) => pupil('2NDE1', `NOM${String(i).padStart(3, '0')}`));
    const kept = reportNames(many);
    expect(kept).toHaveLength(200);
    expect(kept[199].lastName).toBe('NOM199');
  });
});
