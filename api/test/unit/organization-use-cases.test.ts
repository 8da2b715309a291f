import type { AuditEntry } from '../../src/audit-log';
import { archiveOrganization } from '../../src/organizational-entities/application/archive-organization.usecase';
import { createOrganization } from '../../src/organizational-entities/application/create-organization.usecase';
import type { OrganizationRepositories } from '../../src/organizational-entities/application/organization-repositories';
import type { NewOrganization, OrganizationRow } from '../../src/organizational-entities/domain/organization-rules';
import { BadUserInputError } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * The organisation use cases on in-memory repositories: what staff see of a create or an archive
 * (the audit row, the campaigns archived with it, the refusals), and that nothing is kept when the
 * transaction's work fails.
 */
function memoryRepositories(seed: OrganizationRow[] = []) {
  const state = { organizations: new Map(seed.map((o) => [o.id, o])), audit: [] as AuditEntry[], archivedCampaignsOf: [] as number[], nextId: 100 };
  const tagNames = new Map([[1, 'Public'], [2, 'AEFE']]);
  const tags = new Map<number, number[]>();
  const repositories: OrganizationRepositories = {
    organizations: {
      findById: async (id) => state.organizations.get(id) ?? null,
      lock: async (id) => state.organizations.get(id) ?? null,
      create: async (o: NewOrganization) => {
        if ([...state.organizations.values()].some((x) => x.uai && x.uai === o.uai && !x.archivedAt)) throw Object.assign(new Error('duplicate'), { code: '23505' });
        const row = { ...o, id: state.nextId++, archivedAt: null, createdAt: new Date('2026-12-01T08:00:00Z') };
        state.organizations.set(row.id, row);
        return row;
      },
      update: async () => {
        throw new Error('not used');
      },
      archive: async (id, _by, at) => {
        const row = { ...state.organizations.get(id)!, archivedAt: at };
        state.organizations.set(id, row);
        return row;
      },
      search: async () => ({ rows: [...state.organizations.values()], totalCount: state.organizations.size }),
    },
    tags: {
      all: async () => [...tagNames].map(([id, name]) => ({ id, name })),
      existing: async (ids) => ids.filter((id) => tagNames.has(id)).map((id) => ({ id, name: tagNames.get(id)! })),
      ofOrganizations: async (ids) => ids.flatMap((organizationId) => (tags.get(organizationId) ?? []).map((id) => ({ id, name: tagNames.get(id)!, organizationId }))),
      replace: async (organizationId, ids) => void tags.set(organizationId, [...ids]),
    },
    audit: { record: async (entry) => state.audit.push(entry) },
    campaigns: {
      archiveOf: async (organizationId) => {
        state.archivedCampaignsOf.push(organizationId);
        return 3;
      },
    },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({ organizations: new Map(state.organizations), audit: [...state.audit], archivedCampaignsOf: [...state.archivedCampaignsOf] }), () => repositories),
    isUniqueViolation: (error) => (error as { code?: string }).code === '23505',
  };
  return { repositories, state };
}

const staff = { userId: 7, platformRole: null };
const clock = { now: () => new Date('2026-12-07T10:00:00Z') };
const college: OrganizationRow = {
  id: 1,
  name: 'Collège Jean Moulin',
  type: 'SCO',
  uai: '0750001A',
  email: null,
  isManagingStudents: true,
  provinceCode: '75',
  externalId: null,
  archivedAt: null,
  createdAt: new Date('2026-09-01T08:00:00Z'),
};

describe('the organisation use cases, on in-memory repositories', () => {
  it('archives an organisation with its campaigns, and writes the audit row with how many', async () => {
    const { repositories, state } = memoryRepositories([college]);
    const archived = await archiveOrganization(repositories, { clock }, staff, { organizationId: 1, comment: 'Fusion avec le collège voisin' });
    expect(archived.archivedAt).toEqual(clock.now());
    expect(state.archivedCampaignsOf).toEqual([1]);
    expect(state.audit).toEqual([
      expect.objectContaining({ action: 'ORGANIZATION_ARCHIVED', targetId: 1, actorUserId: 7, comment: 'Fusion avec le collège voisin', after: expect.objectContaining({ campaignsArchived: 3 }) }),
    ]);
  });

  it('refuses to archive twice, with the reason, and writes nothing', async () => {
    const { repositories, state } = memoryRepositories([{ ...college, archivedAt: new Date('2026-11-01T00:00:00Z') }]);
    await expect(archiveOrganization(repositories, { clock }, staff, { organizationId: 1 })).rejects.toThrow(BadUserInputError);
    expect(state.audit).toEqual([]);
    expect(state.archivedCampaignsOf).toEqual([]);
  });

  it('creates an organisation with its tags, audited; an unknown tag leaves nothing behind', async () => {
    const { repositories, state } = memoryRepositories();
    const created = await createOrganization(repositories, staff, { name: 'Lycée Victor Hugo', type: 'SCO', uai: '0750002B', tagIds: [1] });
    expect(state.audit.map((e) => [e.action, e.targetId, e.after])).toEqual([['ORGANIZATION_CREATED', created.id, expect.objectContaining({ name: 'Lycée Victor Hugo', tags: ['Public'] })]]);
    await expect(createOrganization(repositories, staff, { name: 'Lycée Fantôme', type: 'SCO', tagIds: [99] })).rejects.toMatchObject({ field: 'tagIds' });
    expect([...state.organizations.values()].map((o) => o.name)).toEqual(['Lycée Victor Hugo']);
  });

  it('turns a UAI already taken into an error on the UAI field', async () => {
    const { repositories } = memoryRepositories([college]);
    await expect(createOrganization(repositories, staff, { name: 'Autre collège', type: 'SCO', uai: '0750001A' })).rejects.toMatchObject({ field: 'uai' });
  });
});
