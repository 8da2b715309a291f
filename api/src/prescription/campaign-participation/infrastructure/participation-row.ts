import type { KnowledgeSnapshot } from '../domain/mastery';
import type { Participation, ParticipationStatus } from '../domain/participation';

/** A row of campaign_participations as the domain reads it (also for the results' statements, which read the table by pages). */
export const toParticipation = (row: any): Participation => ({
  id: row.id,
  campaignId: row.campaign_id,
  userId: row.user_id,
  organizationLearnerId: row.organization_learner_id,
  participantExternalId: row.participant_external_id,
  status: row.status as ParticipationStatus,
  isImproved: row.is_improved,
  createdAt: new Date(row.created_at),
  sharedAt: row.shared_at ? new Date(row.shared_at) : null,
  validatedSkillsCount: row.validated_skills_count,
  pixScore: row.pix_score,
  masteryRate: row.mastery_rate === null ? null : Number(row.mastery_rate),
  isCertifiable: row.is_certifiable,
  certifiableCompetencesCount: row.certifiable_competences_count,
  knowledgeSnapshot: (row.knowledge_snapshot as KnowledgeSnapshot | null) ?? null,
});
