import { BadUserInputError } from '../../src/shared/domain/errors';
import { assertValidProvinceCode, validateNewOrganization, validateOrganizationChanges, type OrganizationRow } from '../../src/organizational-entities/domain/organization-rules';
import { organizationFilter } from '../../src/organizational-entities/domain/organization-search';
import { centerFilter, validateCenterChanges } from '../../src/certification/session-management/domain/certification-center';

const school: OrganizationRow = {
  id: 1, name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A', email: 'ce.0751234a@ac-paris.fr', isManagingStudents: true,
  provinceCode: '075', externalId: null, archivedAt: null, createdAt: new Date('2026-12-01T00:00:00Z'),
};
describe("Pix Admin's rules for organisations and centres", () => {
  it.each([['075', '075'], ['2a', '2A'], [' 974 ', '974'], ['13', '13']])('accepts the province code %s', (typed, kept) => {
    expect(assertValidProvinceCode(typed)).toBe(kept);
  });

  it.each(['7', '2C', '0751', 'AB'])('refuses the province code %s', (typed) => {
    expect(() => assertValidProvinceCode(typed)).toThrow(BadUserInputError);
  });

  it('creates with the external id trimmed and the province code upper-cased; a SCO school manages its pupils by default', () => {
    expect(validateNewOrganization({ name: ' Lycée ', type: 'SCO', uai: '0751234a', provinceCode: '2b', externalId: '  REF-1 ' })).toMatchObject({
      name: 'Lycée', uai: '0751234A', provinceCode: '2B', externalId: 'REF-1', isManagingStudents: true,
    });
  });

  it('edits the fields given, keeps the others and clears the empty ones', () => {
    expect(validateOrganizationChanges(school, { name: 'Lycée Marie Curie (Sceaux)', provinceCode: '', externalId: 'X' })).toEqual({
      name: 'Lycée Marie Curie (Sceaux)', type: 'SCO', uai: '0751234A', email: 'ce.0751234a@ac-paris.fr', isManagingStudents: true, provinceCode: null, externalId: 'X',
    });
    expect(validateOrganizationChanges(school, { isManagingStudents: false }).isManagingStudents).toBe(false);
  });

  it('checks an edit as a creation and refuses to edit an archived organisation', () => {
    expect(() => validateOrganizationChanges(school, { uai: '75A' })).toThrow(BadUserInputError);
    expect(() => validateOrganizationChanges({ ...school, archivedAt: new Date() }, { name: 'Autre' })).toThrow(BadUserInputError);
  });

  it('reads a search: UAI upper-cased, blanks ignored, active organisations by default', () => {
    expect(organizationFilter({ name: '  coeur ', uai: '0751234a', externalId: ' ', tagIds: [3, 3, 1] })).toEqual({
      name: 'coeur', uai: '0751234A', externalId: null, type: null, tagIds: [3, 1], archived: false,
    });
    expect(() => organizationFilter({ type: 'LYCEE' })).toThrow(BadUserInputError);
  });

  it('edits a centre the same way: a SCO centre keeps a UAI, an archived one is not edited', () => {
    const center = { id: 5, name: 'Centre', type: 'PRO' as const, uai: null, externalId: 'A', archivedAt: null };
    expect(validateCenterChanges(center, { externalId: '' })).toEqual({ name: 'Centre', type: 'PRO', uai: null, externalId: null });
    expect(() => validateCenterChanges(center, { type: 'SCO' })).toThrow(BadUserInputError);
    expect(() => validateCenterChanges({ ...center, archivedAt: new Date() }, { name: 'X' })).toThrow(BadUserInputError);
    expect(centerFilter({ uai: '0751234a', type: 'SUP' })).toEqual({ name: null, uai: '0751234A', externalId: null, type: 'SUP', archived: false });
  });
});
