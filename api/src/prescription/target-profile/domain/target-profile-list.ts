import type { TargetProfileCategory } from './target-profile';

/** A row of Pix Admin's list of target profiles. */
export interface TargetProfileListRow {
  id: number;
  name: string;
  category: TargetProfileCategory;
  isPublic: boolean;
  ownerOrganizationId: number | null;
  organizationCount: number;
  campaignCount: number;
  createdAt: Date;
}

export interface TargetProfileListFilter {
  /** Words of the name, or the id. */
  search?: string | null;
  category?: TargetProfileCategory | null;
}
