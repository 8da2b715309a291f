import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { ParticipationValues } from '../domain/mastery';
import type { Participation, ParticipationStatus } from '../domain/participation';
import { toParticipation } from './participation-row';

const valuesColumns = (values: ParticipationValues, now: Date) => ({
  status: 'SHARED',
  shared_at: now,
  validated_skills_count: values.validatedSkillsCount,
  pix_score: values.pixScore,
  mastery_rate: values.masteryRate,
  is_certifiable: values.isCertifiable,
  certifiable_competences_count: values.certifiableCompetencesCount,
  knowledge_snapshot: JSON.stringify(values.snapshot),
});

export interface NewParticipation {
  campaignId: number;
  userId: number;
  organizationLearnerId: number;
  participantExternalId: string | null;
  now: Date;
}

/** Participations (deleted ones are invisible); every method runs in the caller's transaction when there is one. */
export class CampaignParticipationRepository {
  constructor(private readonly em: EntityManager) {}

  private get live() {
    return knexOf(this.em)('campaign_participations').whereNull('deleted_at');
  }

  async findById(id: number): Promise<Participation | null> {
    const row = await this.live.where({ id }).first();
    return row ? toParticipation(row) : null;
  }

  /** Locks the participation until the transaction ends (sharing it). */
  async lockById(id: number): Promise<Participation | null> {
    const row = await this.live.where({ id }).forUpdate().first();
    return row ? toParticipation(row) : null;
  }

  /** The participation that counts for this pupil in this campaign (not an earlier sending). */
  async findActive(campaignId: number, organizationLearnerId: number): Promise<Participation | null> {
    const row = await this.live.where({ campaign_id: campaignId, organization_learner_id: organizationLearnerId, is_improved: false }).first();
    return row ? toParticipation(row) : null;
  }

  async insertStarted(participation: NewParticipation): Promise<Participation> {
    const [row] = await knexOf(this.em)('campaign_participations')
      .insert({
        campaign_id: participation.campaignId,
        user_id: participation.userId,
        organization_learner_id: participation.organizationLearnerId,
        participant_external_id: participation.participantExternalId,
        status: 'STARTED',
        created_at: participation.now,
      })
      .returning('*');
    return toParticipation(row);
  }

  async insertShared(participation: NewParticipation, values: ParticipationValues): Promise<Participation> {
    const [row] = await knexOf(this.em)('campaign_participations')
      .insert({
        campaign_id: participation.campaignId,
        user_id: participation.userId,
        organization_learner_id: participation.organizationLearnerId,
        participant_external_id: participation.participantExternalId,
        created_at: participation.now,
        ...valuesColumns(values, participation.now),
      })
      .returning('*');
    await this.storeCompetenceResults(row.id, row.campaign_id, values);
    return toParticipation(row);
  }

  /** The test ended at once (nothing left to ask): the results wait to be sent. */
  async markToShare(id: number): Promise<void> {
    await knexOf(this.em)('campaign_participations').where({ id, status: 'STARTED' }).update({ status: 'TO_SHARE' });
  }

  /** An earlier sending of a profile sent again: kept for history, no longer the one that counts. */
  async markImproved(id: number): Promise<void> {
    await knexOf(this.em)('campaign_participations').where({ id }).update({ is_improved: true });
    await knexOf(this.em)('campaign_participation_competences').where({ campaign_participation_id: id }).delete();
  }

  /** TO_SHARE → SHARED with the values of that moment; null when the participation was not TO_SHARE. */
  async share(id: number, values: ParticipationValues, now: Date): Promise<Participation | null> {
    const [row] = await knexOf(this.em)('campaign_participations').where({ id, status: 'TO_SHARE' }).whereNull('deleted_at').update(valuesColumns(values, now)).returning('*');
    if (!row) return null;
    await this.storeCompetenceResults(row.id, row.campaign_id, values);
    return toParticipation(row);
  }

  /**
   * The read model of collective results: validated skills per competence of the sharing, in its
   * transaction. It holds the sharings that count only: a participation improved (or deleted) takes
   * its rows along, so that the sums need no join.
   */
  private async storeCompetenceResults(participationId: number, campaignId: number, values: ParticipationValues): Promise<void> {
    const rows = values.snapshot.competences.map((c) => ({
      campaign_participation_id: participationId,
      competence_id: c.competenceId,
      campaign_id: campaignId,
      validated_skills_count: c.validatedSkillsCount,
    }));
    if (rows.length) await knexOf(this.em)('campaign_participation_competences').insert(rows);
  }

  async byIds(ids: readonly number[]): Promise<Participation[]> {
    const rows = await this.live.clone().whereIn('id', ids as number[]);
    return rows.map(toParticipation);
  }

  /** Each learner's participations that count (earlier sendings left out), newest first: one statement. */
  async ofUsers(userIds: readonly number[]): Promise<Participation[]> {
    const rows = await this.live
      .clone()
      .whereIn('user_id', userIds as number[])
      .andWhere({ is_improved: false })
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
    return rows.map(toParticipation);
  }
}
