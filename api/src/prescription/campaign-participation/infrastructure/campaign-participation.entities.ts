import { EntitySchema, OptionalProps } from '@mikro-orm/core';

/** A learner's participation in a campaign; what sharing stores stays as it was at that moment. */
export class CampaignParticipationEntity {
  [OptionalProps]?: 'createdAt' | 'status' | 'isImproved';
  id!: number;
  campaignId!: number;
  userId!: number;
  organizationLearnerId!: number;
  participantExternalId?: string | null;
  status: 'STARTED' | 'TO_SHARE' | 'SHARED' = 'STARTED';
  isImproved: boolean = false;
  createdAt: Date = new Date();
  sharedAt?: Date | null;
  validatedSkillsCount?: number | null;
  pixScore?: number | null;
  masteryRate?: number | null;
  isCertifiable?: boolean | null;
  certifiableCompetencesCount?: number | null;
  /** The knowledge used at sharing and its sums per competence, read as is by exports (one row, no join). */
  knowledgeSnapshot?: unknown;
  deletedAt?: Date | null;
}

export const CampaignParticipationSchema = new EntitySchema<CampaignParticipationEntity>({
  class: CampaignParticipationEntity,
  tableName: 'campaign_participations',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    campaignId: { type: 'integer' },
    userId: { type: 'integer' },
    organizationLearnerId: { type: 'integer' },
    participantExternalId: { type: 'string', length: 255, nullable: true },
    status: { type: 'string', length: 8, default: 'STARTED' },
    isImproved: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    sharedAt: { type: 'datetime', nullable: true },
    validatedSkillsCount: { type: 'integer', nullable: true },
    pixScore: { type: 'integer', nullable: true },
    masteryRate: { type: 'double', nullable: true },
    isCertifiable: { type: 'boolean', nullable: true },
    certifiableCompetencesCount: { type: 'integer', nullable: true },
    knowledgeSnapshot: { type: 'json', nullable: true },
    deletedAt: { type: 'datetime', nullable: true },
  },
});


/**
 * Read model of "Résultats collectifs": the validated skills of each competence of a shared participation,
 * written with the sharing (the snapshot stays the source of exports).
 */
export class CampaignParticipationCompetenceEntity {
  campaignParticipationId!: number;
  competenceId!: string;
  campaignId!: number;
  validatedSkillsCount!: number;
}

export const CampaignParticipationCompetenceSchema = new EntitySchema<CampaignParticipationCompetenceEntity>({
  class: CampaignParticipationCompetenceEntity,
  tableName: 'campaign_participation_competences',
  properties: {
    campaignParticipationId: { type: 'integer', primary: true },
    competenceId: { type: 'string', length: 32, primary: true },
    campaignId: { type: 'integer' },
    validatedSkillsCount: { type: 'integer' },
  },
});

export const campaignParticipationSchemas = [CampaignParticipationSchema, CampaignParticipationCompetenceSchema];
