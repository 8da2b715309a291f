import type { AuditSnapshot } from '../../../audit-log';
import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import type { TargetProfile, TargetProfileTube, TubeSkillsSource } from '../domain/target-profile';
import { assertNoSkillLost, validateDetails, validateTubeSelection, type TargetProfileDetails } from '../domain/target-profile-selection';
import type { TargetProfileListFilter } from '../domain/target-profile-list';
import type { TargetProfileRepositories } from './target-profile-repositories';

/**
 * Pix Admin's target profiles (issue 16): the content team (METIER, SUPER_ADMIN; declared on the
 * operations) creates, copies and edits parcours and attaches them to organisations. Each change is
 * a named staff operation, written with its audit row in one transaction (the repositories' clock dates it).
 */
export interface Deps {
  content: TubeSkillsSource;
}

export interface DetailsInput {
  name: string;
  category: string;
  description?: string | null;
  comment?: string | null;
  imageUrl?: string | null;
}

export interface TubeInput {
  tubeId: string;
  levelCap: number;
}

const snapshot = (details: TargetProfileDetails & { isPublic: boolean; ownerOrganizationId: number | null }, tubes: readonly TargetProfileTube[]): AuditSnapshot => ({
  ...details,
  tubes: tubes.map((tube) => ({ tubeId: tube.tubeId, levelCap: tube.level })),
});

export function searchTargetProfiles(repositories: Pick<TargetProfileRepositories, 'administration'>, filter: TargetProfileListFilter, window: { limit: number; offset: number }) {
  return repositories.administration.search(filter, window);
}

/** A profile with what its page shows besides its tubes: comment, image, attached organisations, campaigns. */
export async function getTargetProfileForStaff(repositories: Pick<TargetProfileRepositories, 'targetProfiles' | 'administration'>, id: number) {
  const profile = await repositories.targetProfiles.findById(id);
  if (!profile) throw new NotFoundError('targetProfileAdministration.errors.notFound');
  const admin = repositories.administration;
  const [extra, organizations, campaigns] = await Promise.all([admin.extraDetails(id), admin.sharedOrganizations(id), admin.campaignsUsing(id)]);
  return { profile, ...extra!, organizations, campaigns };
}

async function knownOwner(repositories: TargetProfileRepositories, ownerOrganizationId: number | null | undefined): Promise<number | null> {
  if (ownerOrganizationId == null) return null;
  const [found] = await repositories.administration.existingOrganizationIds([ownerOrganizationId]);
  if (!found) throw new BadUserInputError('ownerOrganizationId', 'targetProfileAdministration.errors.organizationUnknown', { ids: String(ownerOrganizationId) });
  return found;
}

export async function createTargetProfile(
  repositories: TargetProfileRepositories,
  deps: Deps,
  viewer: Viewer,
  input: DetailsInput & { tubes: readonly TubeInput[]; isPublic?: boolean | null; ownerOrganizationId?: number | null },
): Promise<number> {
  const details = validateDetails(input);
  const tubes = validateTubeSelection(input.tubes, deps.content);
  // Public: offered to every organisation. Private (the default): to its owner, if any, and to the organisations it is attached to.
  const isPublic = !!input.isPublic;
  return repositories.transaction(async (tx) => {
    const ownerOrganizationId = await knownOwner(tx, input.ownerOrganizationId);
    const id = await tx.administration.create({ ...details, isPublic, ownerOrganizationId }, tubes);
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: 'TARGET_PROFILE_CREATED',
      targetType: 'TARGET_PROFILE',
      targetId: id,
      organizationId: ownerOrganizationId,
      before: null,
      after: snapshot({ ...details, isPublic, ownerOrganizationId }, tubes),
    });
    return id;
  });
}

/** A copy ("Copie de …") with the same tubes, details and owner, attached to nothing and used by no campaign: free to be edited. */
export async function copyTargetProfile(repositories: TargetProfileRepositories, viewer: Viewer, id: number): Promise<number> {
  return repositories.transaction(async (tx) => {
    const original = await tx.targetProfiles.findById(id);
    if (!original) throw new NotFoundError('targetProfileAdministration.errors.notFound');
    const extra = (await tx.administration.extraDetails(id))!;
    const details = { ...validateDetails({ ...original, name: `Copie de ${original.name}`.slice(0, 255), comment: extra.comment, imageUrl: extra.imageUrl }) };
    const owned = { ...details, isPublic: original.isPublic, ownerOrganizationId: original.ownerOrganizationId };
    const copyId = await tx.administration.create(owned, original.tubes);
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: 'TARGET_PROFILE_COPIED',
      targetType: 'TARGET_PROFILE',
      targetId: copyId,
      organizationId: original.ownerOrganizationId,
      before: null,
      after: { ...snapshot(owned, original.tubes), copiedFromTargetProfileId: id },
    });
    return copyId;
  });
}

/**
 * Edits details (a text left out stays) and, when given, tubes. A profile used by a campaign may gain skills (a tube added, a
 * cap raised) but not lose any: the content team copies it instead.
 */
export async function updateTargetProfile(
  repositories: TargetProfileRepositories,
  deps: Deps,
  viewer: Viewer,
  input: DetailsInput & { id: number; tubes?: readonly TubeInput[] | null },
): Promise<void> {
  const tubes = input.tubes == null ? null : validateTubeSelection(input.tubes, deps.content);
  await repositories.transaction(async (tx) => {
    const admin = tx.administration;
    if (!(await admin.lock(input.id))) throw new NotFoundError('targetProfileAdministration.errors.notFound');
    const before = (await tx.targetProfiles.findById(input.id))!;
    const extra = (await admin.extraDetails(input.id))!;
    // A text left out stays; an empty one is cleared.
    const details = validateDetails({
      name: input.name,
      category: input.category,
      description: input.description === undefined ? before.description : input.description,
      comment: input.comment === undefined ? extra.comment : input.comment,
      imageUrl: input.imageUrl === undefined ? extra.imageUrl : input.imageUrl,
    });
    // The profile's row is locked: a campaign being created with it holds a key-share lock on it
    // (its foreign key) until it commits, so the campaigns counted here are all of them.
    if (tubes) assertNoSkillLost(before.tubes, tubes, await admin.isUsedByCampaigns(input.id));
    await admin.updateDetails(input.id, details);
    if (tubes) await admin.replaceTubes(input.id, tubes);
    const owner = { isPublic: before.isPublic, ownerOrganizationId: before.ownerOrganizationId };
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: 'TARGET_PROFILE_UPDATED',
      targetType: 'TARGET_PROFILE',
      targetId: input.id,
      organizationId: before.ownerOrganizationId,
      before: snapshot({ name: before.name, category: before.category, description: before.description, comment: extra.comment, imageUrl: extra.imageUrl, ...owner }, before.tubes),
      after: snapshot({ ...details, ...owner }, tubes ?? before.tubes),
    });
  });
}

function uniqueIds(ids: readonly number[]): number[] {
  if (ids.length === 0) throw new BadUserInputError('organizationIds', 'targetProfileAdministration.errors.noOrganization');
  if (ids.length > 100) throw new BadUserInputError('organizationIds', 'errors.field.tooMany', { max: 100 });
  return [...new Set(ids)];
}

/** Attaches a profile to organisations (one audit row per organisation newly attached, in its audit log); an unknown id refuses the whole request. */
export async function attachTargetProfile(repositories: TargetProfileRepositories, viewer: Viewer, input: { targetProfileId: number; organizationIds: readonly number[] }): Promise<number[]> {
  const ids = uniqueIds(input.organizationIds);
  return repositories.transaction(async (tx) => {
    const admin = tx.administration;
    if (!(await admin.lock(input.targetProfileId))) throw new NotFoundError('targetProfileAdministration.errors.notFound');
    const existing = new Set(await admin.existingOrganizationIds(ids));
    const unknown = ids.filter((id) => !existing.has(id));
    if (unknown.length > 0) throw new BadUserInputError('organizationIds', 'targetProfileAdministration.errors.organizationUnknown', { ids: unknown.join(', ') });
    const attached = await admin.share(input.targetProfileId, ids);
    for (const organizationId of attached) await audit(tx, viewer, 'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS', input.targetProfileId, organizationId);
    return attached;
  });
}

/** Detaches a profile from organisations; campaigns already created with it stay as they are. */
export async function detachTargetProfile(repositories: TargetProfileRepositories, viewer: Viewer, input: { targetProfileId: number; organizationIds: readonly number[] }): Promise<number[]> {
  const ids = uniqueIds(input.organizationIds);
  return repositories.transaction(async (tx) => {
    const admin = tx.administration;
    if (!(await admin.lock(input.targetProfileId))) throw new NotFoundError('targetProfileAdministration.errors.notFound');
    const detached = await admin.unshare(input.targetProfileId, ids);
    for (const organizationId of detached) await audit(tx, viewer, 'TARGET_PROFILE_DETACHED_FROM_ORGANIZATIONS', input.targetProfileId, organizationId);
    return detached;
  });
}

function audit(
  repositories: Pick<TargetProfileRepositories, 'audit'>,
  viewer: Viewer,
  action: 'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS' | 'TARGET_PROFILE_DETACHED_FROM_ORGANIZATIONS',
  targetProfileId: number,
  organizationId: number,
) {
  const attached = action === 'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS';
  return repositories.audit.record({
    actorUserId: viewer.userId,
    action,
    targetType: 'TARGET_PROFILE',
    targetId: targetProfileId,
    organizationId,
    before: attached ? null : { organizationId },
    after: attached ? { organizationId } : null,
  });
}

export type { TargetProfile };
