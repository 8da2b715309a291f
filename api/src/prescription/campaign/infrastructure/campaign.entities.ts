import { EntitySchema, OptionalProps } from '@mikro-orm/core';

/** A campaign of an organisation: an assessment over a parcours, or a collection of Pix profiles. */
export class CampaignEntity {
  [OptionalProps]?: 'createdAt' | 'multipleSendings';
  id!: number;
  organizationId!: number;
  creatorId!: number;
  name!: string;
  type!: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  targetProfileId?: number | null;
  multipleSendings: boolean = false;
  idPixLabel?: string | null;
  idPixType?: 'TEXT' | 'EMAIL' | null;
  customLandingPageText?: string | null;
  code!: string;
  archivedAt?: Date | null;
  createdAt: Date = new Date();
}

export const CampaignSchema = new EntitySchema<CampaignEntity>({
  class: CampaignEntity,
  tableName: 'campaigns',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    organizationId: { type: 'integer' },
    creatorId: { type: 'integer' },
    name: { type: 'string', length: 255 },
    type: { type: 'string', length: 24 },
    targetProfileId: { type: 'integer', nullable: true },
    multipleSendings: { type: 'boolean', default: false },
    idPixLabel: { type: 'string', length: 255, nullable: true },
    idPixType: { type: 'string', length: 8, nullable: true },
    customLandingPageText: { type: 'text', nullable: true },
    code: { type: 'string', length: 9, unique: 'campaigns_code_unique' },
    archivedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});

/** The skills of an assessment campaign, copied from its parcours at creation (later content changes leave them be). */
export class CampaignSkillEntity {
  campaignId!: number;
  skillId!: string;
}

export const CampaignSkillSchema = new EntitySchema<CampaignSkillEntity>({
  class: CampaignSkillEntity,
  tableName: 'campaign_skills',
  properties: {
    campaignId: { type: 'integer', primary: true },
    skillId: { type: 'string', length: 64, primary: true },
  },
});

export const campaignSchemas = [CampaignSchema, CampaignSkillSchema];
