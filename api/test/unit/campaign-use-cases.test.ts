import type { AuditEntry } from '../../src/audit-log';
import { campaignByCode } from '../../src/prescription/campaign/application/campaign-by-code.usecase';
import type { CampaignRepositories } from '../../src/prescription/campaign/application/campaign-repositories';
import { setCampaignArchived } from '../../src/prescription/campaign/application/campaign-management.usecases';
import { createCampaign } from '../../src/prescription/campaign/application/create-campaign.usecase';
import type { Campaign, CampaignLanding, NewCampaign } from '../../src/prescription/campaign/domain/campaign';
import { attachTargetProfile, updateTargetProfile } from '../../src/prescription/target-profile/application/target-profile-administration.usecases';
import type { TargetProfileRepositories } from '../../src/prescription/target-profile/application/target-profile-repositories';
import type { TargetProfile, TargetProfileTube } from '../../src/prescription/target-profile/domain/target-profile';
import type { ThrottleSettings } from '../../src/shared/domain/throttle-policy';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * Campaigns and target profiles on in-memory repositories: what a teacher sees when creating,
 * archiving or typing the code of a campaign, and what the content team sees when editing a parcours
 * (the refusals, the audit rows, nothing written on a refusal).
 */

const teacher = { userId: 7, platformRole: null };
const memberOf = (...organizationIds: number[]) => ({
  viewer: teacher,
  memberships: async () => organizationIds.map((organizationId, i) => ({ id: i + 1, organizationId, userId: teacher.userId, role: 'MEMBER' as const })),
});
// Tube "@tri" has skills at levels 1 to 4; "@recherche" at levels 1 and 2.
const skillsOf: Record<string, { id: string; level: number }[]> = {
  '@tri': [1, 2, 3, 4].map((level) => ({ id: `tri${level}`, level })),
  '@recherche': [1, 2].map((level) => ({ id: `recherche${level}`, level })),
};
const content = { activeSkillsOfTube: (tubeId: string) => skillsOf[tubeId] ?? [] } as never;

const parcours = (id: number, tubes: TargetProfileTube[], extra: Partial<TargetProfile> = {}): TargetProfile => ({
  id,
  name: 'Rechercher sur le web',
  category: 'COMPETENCES',
  description: null,
  isPublic: false,
  ownerOrganizationId: 1,
  tubes,
  sharedWithOrganizationIds: [],
  ...extra,
});

const landing = (code: string, isManagingStudents: boolean): CampaignLanding => ({
  code,
  name: 'Rentrée 5e',
  type: 'ASSESSMENT',
  customLandingPageText: null,
  idPixLabel: null,
  idPixType: null,
  multipleSendings: false,
  organizationName: 'Collège Jean Moulin',
  organizationType: 'SCO',
  organizationIsManagingStudents: isManagingStudents,
});

function memoryCampaigns(options: { profiles?: TargetProfile[]; campaigns?: Campaign[]; managingStudents?: boolean; linkedPupilOf?: number } = {}) {
  const state = {
    campaigns: new Map((options.campaigns ?? []).map((c) => [c.id, c])),
    inserted: [] as { campaign: NewCampaign; creatorId: number; skillIds: string[] }[],
    counted: [] as string[],
    givenBack: [] as string[],
    nextId: 100,
  };
  const profiles = new Map((options.profiles ?? []).map((p) => [p.id, p]));
  const repositories: CampaignRepositories = {
    campaigns: {
      findById: async (id) => state.campaigns.get(id) ?? null,
      list: async () => ({ rows: [...state.campaigns.values()], totalCount: state.campaigns.size }),
      setArchived: async (id, archivedAt) => {
        const row = { ...state.campaigns.get(id)!, archivedAt };
        state.campaigns.set(id, row);
        return row;
      },
      findActiveByCode: async (code) => {
        const campaign = [...state.campaigns.values()].find((c) => c.code === code && !c.archivedAt);
        return campaign ? { campaign, landing: landing(campaign.code, options.managingStudents ?? false) } : null;
      },
      insertWithFreeCode: async (campaign, creatorId, skillIds, drawCode) => {
        state.inserted.push({ campaign, creatorId, skillIds });
        const row: Campaign = { ...campaign, id: state.nextId++, code: drawCode(), creatorId, archivedAt: null, createdAt: new Date('2026-12-07T10:00:00Z') };
        state.campaigns.set(row.id, row);
        return row;
      },
    },
    throttle: {
      admit: async (...refs) => {
        state.counted.push(...refs.map((ref) => ref.key));
        return { succeeded: async () => void state.givenBack.push(...refs.map((ref) => ref.key)) };
      },
    },
    organizations: { find: async (id) => (id === 1 || id === 2 ? ({ id } as never) : null) },
    // The parcours offered to an organisation: public, its own, or attached to it.
    targetProfiles: {
      availableTo: async (organizationId, id) => {
        const p = profiles.get(id);
        return p && (p.isPublic || p.ownerOrganizationId === organizationId || p.sharedWithOrganizationIds.includes(organizationId)) ? p : null;
      },
    },
    learners: {
      ofUser: async (organizationId, userId) =>
        options.linkedPupilOf === userId ? ({ id: 5, organizationId, userId, isDisabled: false } as never) : null,
    },
    transaction: (work) => work(repositories),
  };
  return { repositories, state };
}

const clock = { now: () => new Date('2026-12-07T10:00:00Z') };
const throttle: ThrottleSettings = { accountFailures: 5, addressFailures: 10, windowSeconds: 60 };
const campaignOf = (organizationId: number, extra: Partial<Campaign> = {}): Campaign => ({
  id: 10,
  organizationId,
  name: 'Rentrée 5e',
  type: 'ASSESSMENT',
  targetProfileId: 3,
  multipleSendings: false,
  idPixLabel: null,
  idPixType: null,
  customLandingPageText: null,
  code: 'ABCDEF234',
  creatorId: 7,
  archivedAt: null,
  createdAt: new Date('2026-11-01T08:00:00Z'),
  ...extra,
});

describe('the campaign use cases, on in-memory repositories', () => {
  it("creates an assessment with the skills of its parcours up to each tube's cap, by the teacher", async () => {
    const { repositories, state } = memoryCampaigns({ profiles: [parcours(3, [{ tubeId: '@tri', level: 2 }, { tubeId: '@recherche', level: 8 }])] });
    const created = await createCampaign(repositories, { content, random: () => 0 }, memberOf(1), { organizationId: 1, name: ' Rentrée   5e ', type: 'ASSESSMENT', targetProfileId: 3 });
    expect(created).toMatchObject({ name: 'Rentrée 5e', creatorId: 7, code: 'AAAAAA222', targetProfileId: 3 });
    expect(state.inserted.map((i) => i.skillIds)).toEqual([['tri1', 'tri2', 'recherche1', 'recherche2']]);
  });

  it('refuses a parcours not offered to the organisation, and a teacher of another organisation, writing nothing', async () => {
    const { repositories, state } = memoryCampaigns({ profiles: [parcours(3, [{ tubeId: '@tri', level: 2 }], { ownerOrganizationId: 2 })] });
    const request = { organizationId: 1, name: 'Rentrée', type: 'ASSESSMENT', targetProfileId: 3 };
    await expect(createCampaign(repositories, { content }, memberOf(1), request)).rejects.toMatchObject({ field: 'targetProfileId', message: 'errors.campaign.targetProfileUnknown' });
    await expect(createCampaign(repositories, { content }, memberOf(2), request)).rejects.toThrow(ForbiddenError);
    await expect(createCampaign(repositories, { content }, memberOf(1), { ...request, organizationId: 9 })).rejects.toThrow(NotFoundError);
    expect(state.inserted).toEqual([]);
  });

  it('lets only the members archive a campaign, dated by the clock', async () => {
    const { repositories, state } = memoryCampaigns({ campaigns: [campaignOf(1)] });
    await expect(setCampaignArchived(repositories, { clock }, memberOf(2), { campaignId: 10, archived: true })).rejects.toThrow(ForbiddenError);
    expect(state.campaigns.get(10)!.archivedAt).toBeNull();
    const archived = await setCampaignArchived(repositories, { clock }, memberOf(1), { campaignId: 10, archived: true });
    expect(archived.archivedAt).toEqual(clock.now());
  });

  it('counts every typed code per address, gives back the attempt of a code found, and answers an archived code as an unknown one', async () => {
    const { repositories, state } = memoryCampaigns({ campaigns: [campaignOf(1), campaignOf(1, { id: 11, code: 'BCDEFG345', archivedAt: new Date('2026-11-20T00:00:00Z') })] });
    await expect(campaignByCode(repositories, { throttle }, 'bcdefg345', '10.0.0.1', null)).rejects.toMatchObject({ message: 'errors.campaign.codeUnknown' });
    await expect(campaignByCode(repositories, { throttle }, 'pas un code', '10.0.0.1', null)).rejects.toMatchObject({ message: 'errors.campaign.codeUnknown' });
    const found = await campaignByCode(repositories, { throttle }, ' abcdef234 ', '10.0.0.2', null);
    expect(found).toMatchObject({ code: 'ABCDEF234', viewerLinkedToOrganization: false });
    expect(state.counted).toEqual(['10.0.0.1', '10.0.0.1', '10.0.0.2']);
    expect(state.givenBack).toEqual(['10.0.0.2']);
  });

  it("tells a logged-in pupil of the school that they are already linked to it", async () => {
    const { repositories } = memoryCampaigns({ campaigns: [campaignOf(1)], managingStudents: true, linkedPupilOf: 7 });
    expect(await campaignByCode(repositories, { throttle }, 'ABCDEF234', '10.0.0.1', 7)).toMatchObject({ viewerLinkedToOrganization: true });
    expect(await campaignByCode(repositories, { throttle }, 'ABCDEF234', '10.0.0.1', 8)).toMatchObject({ viewerLinkedToOrganization: false });
  });
});

function memoryTargetProfiles(profile: TargetProfile, options: { usedByCampaigns?: boolean; organizations?: number[] } = {}) {
  const state = {
    profile,
    details: { comment: 'Pour les 5e' as string | null, imageUrl: null as string | null },
    shared: new Set(profile.sharedWithOrganizationIds),
    audit: [] as AuditEntry[],
  };
  const organizations = new Set(options.organizations ?? [1, 2, 3]);
  const unused = (name: string) => async () => {
    throw new Error(`${name}: not used`);
  };
  const repositories: TargetProfileRepositories = {
    targetProfiles: {
      findById: async (id) => (id === state.profile.id ? { ...state.profile, sharedWithOrganizationIds: [...state.shared] } : null),
      availableTo: unused('availableTo'),
    },
    administration: {
      search: unused('search'),
      sharedOrganizations: unused('sharedOrganizations'),
      campaignsUsing: unused('campaignsUsing'),
      create: unused('create'),
      extraDetails: async (id) => (id === state.profile.id ? { ...state.details, createdAt: new Date('2026-09-01T08:00:00Z') } : null),
      lock: async (id) => id === state.profile.id,
      isUsedByCampaigns: async () => options.usedByCampaigns ?? false,
      existingOrganizationIds: async (ids) => ids.filter((id) => organizations.has(id)),
      updateDetails: async (_id, details) => {
        state.profile = { ...state.profile, name: details.name, category: details.category, description: details.description };
        state.details = { comment: details.comment, imageUrl: details.imageUrl };
      },
      replaceTubes: async (_id, tubes) => {
        state.profile = { ...state.profile, tubes: [...tubes] };
      },
      share: async (_id, ids) => {
        const added = ids.filter((id) => !state.shared.has(id));
        added.forEach((id) => state.shared.add(id));
        return added;
      },
      unshare: unused('unshare'),
    },
    audit: { record: async (entry) => state.audit.push(entry) },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({ profile: state.profile, details: state.details, shared: new Set(state.shared), audit: [...state.audit] }), () => repositories),
  };
  return { repositories, state };
}

const contentTeam = { userId: 3, platformRole: null };

describe('the target profile use cases, on in-memory repositories', () => {
  it('refuses to make a parcours used by a campaign lose skills, and writes nothing', async () => {
    const { repositories, state } = memoryTargetProfiles(parcours(3, [{ tubeId: '@recherche', level: 2 }, { tubeId: '@tri', level: 4 }]), { usedByCampaigns: true });
    const edit = { id: 3, name: 'Trier', category: 'COMPETENCES', tubes: [{ tubeId: '@recherche', levelCap: 2 }, { tubeId: '@tri', levelCap: 3 }] };
    await expect(updateTargetProfile(repositories, { content }, contentTeam, edit)).rejects.toMatchObject({ field: 'tubes', message: 'targetProfileAdministration.errors.skillsLost' });
    expect(state.profile).toMatchObject({ name: 'Rechercher sur le web', tubes: [{ tubeId: '@recherche', level: 2 }, { tubeId: '@tri', level: 4 }] });
    expect(state.audit).toEqual([]);
  });

  it('lets a used parcours gain skills, keeps a text left out, and records before and after', async () => {
    const { repositories, state } = memoryTargetProfiles(parcours(3, [{ tubeId: '@tri', level: 2 }]), { usedByCampaigns: true });
    await updateTargetProfile(repositories, { content }, contentTeam, { id: 3, name: 'Trier', category: 'COMPETENCES', tubes: [{ tubeId: '@tri', levelCap: 4 }] });
    expect(state.details.comment).toBe('Pour les 5e');
    expect(state.audit).toEqual([
      expect.objectContaining({
        action: 'TARGET_PROFILE_UPDATED',
        actorUserId: 3,
        targetId: 3,
        organizationId: 1,
        before: expect.objectContaining({ name: 'Rechercher sur le web', tubes: [{ tubeId: '@tri', levelCap: 2 }] }),
        after: expect.objectContaining({ name: 'Trier', comment: 'Pour les 5e', tubes: [{ tubeId: '@tri', levelCap: 4 }] }),
      }),
    ]);
  });

  it('attaches a parcours with one audit row per organisation newly attached; an unknown organisation refuses the whole request', async () => {
    const { repositories, state } = memoryTargetProfiles(parcours(3, [{ tubeId: '@tri', level: 2 }], { sharedWithOrganizationIds: [2] }));
    await expect(attachTargetProfile(repositories, contentTeam, { targetProfileId: 3, organizationIds: [1, 404] })).rejects.toMatchObject({
      field: 'organizationIds',
      message: 'targetProfileAdministration.errors.organizationUnknown',
    });
    expect([...state.shared]).toEqual([2]);
    expect(state.audit).toEqual([]);

    expect(await attachTargetProfile(repositories, contentTeam, { targetProfileId: 3, organizationIds: [1, 2, 1] })).toEqual([1]);
    expect(state.audit.map((e) => [e.action, e.organizationId, e.after])).toEqual([['TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS', 1, { organizationId: 1 }]]);
    await expect(attachTargetProfile(repositories, contentTeam, { targetProfileId: 4, organizationIds: [1] })).rejects.toThrow(NotFoundError);
    await expect(attachTargetProfile(repositories, contentTeam, { targetProfileId: 3, organizationIds: [] })).rejects.toThrow(BadUserInputError);
  });
});
