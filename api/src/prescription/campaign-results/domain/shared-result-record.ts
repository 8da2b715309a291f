/** A result a pupil shared in one of the organisation's campaigns, as other contexts read it (the partners' API). */
export interface SharedResultRecord {
  participationId: number;
  campaignCode: string;
  campaignName: string;
  campaignType: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  organizationLearnerId: number;
  sharedAt: Date;
  masteryRate: number | null;
  pixScore: number | null;
  validatedSkillsCount: number | null;
}
