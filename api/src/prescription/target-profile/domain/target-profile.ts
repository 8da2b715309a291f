/**
 * Target profiles ("parcours", domain.md §6): a named set of tubes, each with a maximum level. Pure.
 * The categories are those Pix Orga shows when a teacher picks a parcours.
 */
export const TARGET_PROFILE_CATEGORIES = ['PREDEFINED', 'COMPETENCES', 'DISCIPLINE', 'THEMATIC', 'CUSTOM', 'OTHER'] as const;
export type TargetProfileCategory = (typeof TARGET_PROFILE_CATEGORIES)[number];

/** The highest level a tube may be capped at (the framework has 8 levels). */
export const MAX_TUBE_LEVEL = 8;

export interface TargetProfileTube {
  tubeId: string;
  /** Skills of the tube up to this level are targeted. */
  level: number;
}

export interface TargetProfile {
  id: number;
  name: string;
  category: TargetProfileCategory;
  description: string | null;
  isPublic: boolean;
  ownerOrganizationId: number | null;
  tubes: TargetProfileTube[];
  /** Organisations the content team attached the profile to (besides its owner). */
  sharedWithOrganizationIds: number[];
}

/** What the skills computation needs of a skill (the content's skills fit it, and come back whole). */
export interface TubeSkill {
  id: string;
  level: number;
}

/** What the skills computation needs from the learning content. */
export interface TubeSkillsSource<S extends TubeSkill = TubeSkill> {
  activeSkillsOfTube(tubeId: string): S[];
}

/**
 * The skills a target profile targets: the active skills of each of its tubes, up to the tube's cap.
 * A tube no longer in the release brings nothing. Ordered as the tubes are, then by level.
 */
export function skillsOfTargetProfile<S extends TubeSkill>(content: TubeSkillsSource<S>, tubes: readonly TargetProfileTube[]): S[] {
  const seen = new Set<string>();
  const skills: S[] = [];
  for (const tube of tubes) {
    for (const skill of content.activeSkillsOfTube(tube.tubeId)) {
      if (skill.level > tube.level || seen.has(skill.id)) continue;
      seen.add(skill.id);
      skills.push(skill);
    }
  }
  return skills;
}

/** Tubes of the profile that still exist in the release (a tube with no active skill left counts for nothing). */
export function tubesInRelease(content: TubeSkillsSource, tubes: readonly TargetProfileTube[]): TargetProfileTube[] {
  return tubes.filter((tube) => content.activeSkillsOfTube(tube.tubeId).length > 0);
}

/** A public profile is offered to every organisation; a private one to its owner and the organisations it is attached to. */
export function isAvailableTo(profile: Pick<TargetProfile, 'isPublic' | 'ownerOrganizationId' | 'sharedWithOrganizationIds'>, organizationId: number): boolean {
  return profile.isPublic || profile.ownerOrganizationId === organizationId || profile.sharedWithOrganizationIds.includes(organizationId);
}

/** The order of the catalogue: by category as listed above, then by name (French collation). */
export function byCatalogueOrder(a: Pick<TargetProfile, 'category' | 'name'>, b: Pick<TargetProfile, 'category' | 'name'>): number {
  const category = TARGET_PROFILE_CATEGORIES.indexOf(a.category) - TARGET_PROFILE_CATEGORIES.indexOf(b.category);
  return category || a.name.localeCompare(b.name, 'fr', { numeric: true });
}
