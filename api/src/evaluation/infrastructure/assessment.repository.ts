import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf, type StatementTarget } from '../../shared/infrastructure/database/knex-of';
import type { AnswerRow, AssessmentRow } from '../domain/assessment';
import { runPrepared, type PreparedStatement } from '../../shared/infrastructure/database/prepared-statement';

export type { AnswerRow, AssessmentRow } from '../domain/assessment';

/** The latest positioning test per competence of each learner (the dashboard, on every visit): prepared. */
/** The latest positioning test of each competence, per learner (the dashboard; its bench's floor reads it too). */
export const LATEST_ASSESSMENTS_OF_USERS: PreparedStatement = {
  name: 'evaluation.latest-assessments-of-users',
  text: `select distinct on (user_id, competence_id) * from assessments
    where user_id = any($1::int[]) and type = 'COMPETENCE_EVALUATION'
    order by user_id, competence_id, id desc`,
};

export const toAssessment = (row: any): AssessmentRow => ({
  id: row.id,
  userId: row.user_id,
  type: row.type,
  competenceId: row.competence_id,
  campaignParticipationId: row.campaign_participation_id ?? null,
  state: row.state,
  currentChallengeId: row.current_challenge_id,
  currentChallengeServedAt: row.current_challenge_served_at ? new Date(row.current_challenge_served_at) : null,
  locale: row.locale,
  isRetry: row.is_retry,
  createdAt: new Date(row.created_at),
  completedAt: row.completed_at ? new Date(row.completed_at) : null,
});

const toAnswer = (row: any): AnswerRow => ({
  id: row.id,
  assessmentId: row.assessment_id,
  challengeId: row.challenge_id,
  value: row.value,
  result: row.result,
  idempotencyKey: row.idempotency_key,
  createdAt: new Date(row.created_at),
});

/** Assessments and their answers; every method runs in the caller's transaction when there is one. */
export class AssessmentRepository {
  constructor(private readonly em: StatementTarget) {}

  async findById(id: number): Promise<AssessmentRow | null> {
    const row = await knexOf(this.em)('assessments').where({ id }).first();
    return row ? toAssessment(row) : null;
  }

  async findStarted(userId: number, competenceId: string): Promise<AssessmentRow | null> {
    const row = await knexOf(this.em)('assessments')
      .where({ user_id: userId, competence_id: competenceId, state: 'STARTED', type: 'COMPETENCE_EVALUATION' })
      .first();
    return row ? toAssessment(row) : null;
  }

  /** The latest positioning test of each competence for each learner (one statement). */
  async latestOfUsers(userIds: readonly number[]): Promise<AssessmentRow[]> {
    const rows = await runPrepared(this.em, LATEST_ASSESSMENTS_OF_USERS, [[...userIds]]);
    return rows.map(toAssessment);
  }

  async create(assessment: { userId: number; competenceId: string; locale: string; isRetry: boolean; now: Date }): Promise<AssessmentRow> {
    const [row] = await knexOf(this.em)('assessments')
      .insert({
        user_id: assessment.userId,
        competence_id: assessment.competenceId,
        type: 'COMPETENCE_EVALUATION',
        locale: assessment.locale,
        is_retry: assessment.isRetry,
        created_at: assessment.now,
        updated_at: assessment.now,
      })
      .returning('*');
    return toAssessment(row);
  }

  /** The test of a campaign participation, started without a challenge yet (the caller moves it on). */
  async createForCampaign(assessment: { userId: number; campaignParticipationId: number; locale: string; now: Date }): Promise<AssessmentRow> {
    const [row] = await knexOf(this.em)('assessments')
      .insert({
        user_id: assessment.userId,
        campaign_participation_id: assessment.campaignParticipationId,
        type: 'CAMPAIGN',
        locale: assessment.locale,
        created_at: assessment.now,
        updated_at: assessment.now,
      })
      .returning('*');
    return toAssessment(row);
  }

  /** A certification's test, on its first question (the certification chose its questions). */
  async createForCertification(assessment: { userId: number; locale: string; firstChallengeId: string; now: Date }): Promise<AssessmentRow> {
    const [row] = await knexOf(this.em)('assessments')
      .insert({
        user_id: assessment.userId,
        type: 'CERTIFICATION',
        locale: assessment.locale,
        current_challenge_id: assessment.firstChallengeId,
        created_at: assessment.now,
        updated_at: assessment.now,
      })
      .returning('*');
    return toAssessment(row);
  }

  async findByIds(ids: readonly number[]): Promise<AssessmentRow[]> {
    if (!ids.length) return [];
    const rows = await knexOf(this.em)('assessments').whereIn('id', ids as number[]);
    return rows.map(toAssessment);
  }

  /** Moves a test past `fromChallengeId` without an answer, only if it is still on it (false otherwise). */
  async moveOnFrom(id: number, fromChallengeId: string, nextChallengeId: string | null, now: Date): Promise<boolean> {
    const count = await knexOf(this.em)('assessments')
      .where({ id, current_challenge_id: fromChallengeId, state: 'STARTED' })
      .update({
        current_challenge_id: nextChallengeId,
        current_challenge_served_at: null,
        state: nextChallengeId ? 'STARTED' : 'COMPLETED',
        completed_at: nextChallengeId ? null : now,
        updated_at: now,
      });
    return count > 0;
  }

  /** Ends tests still in progress. */
  async endAll(ids: readonly number[], now: Date): Promise<void> {
    if (!ids.length) return;
    await knexOf(this.em)('assessments')
      .whereIn('id', ids as number[])
      .andWhere({ state: 'STARTED' })
      .update({ state: 'COMPLETED', completed_at: now, current_challenge_id: null, current_challenge_served_at: null, updated_at: now });
  }

  /** The tests of these campaign participations (one each). */
  async ofParticipations(participationIds: readonly number[]): Promise<AssessmentRow[]> {
    const rows = await knexOf(this.em)('assessments').whereIn('campaign_participation_id', participationIds as number[]).andWhere({ type: 'CAMPAIGN' });
    return rows.map(toAssessment);
  }

  /** Ends a test left in progress (a reset starts afresh). */
  async closeStarted(userId: number, competenceId: string, now: Date): Promise<void> {
    await knexOf(this.em)('assessments')
      .where({ user_id: userId, competence_id: competenceId, state: 'STARTED', type: 'COMPETENCE_EVALUATION' })
      .update({ state: 'COMPLETED', completed_at: now, current_challenge_id: null, current_challenge_served_at: null, updated_at: now });
  }

  /** Sets the challenge to answer next, not sent yet (its clock starts when it is: `markServed`). */
  async moveOn(id: number, next: { currentChallengeId: string | null; completed: boolean; now: Date }): Promise<void> {
    await knexOf(this.em)('assessments')
      .where({ id })
      .update({
        current_challenge_id: next.currentChallengeId,
        current_challenge_served_at: null,
        state: next.completed ? 'COMPLETED' : 'STARTED',
        completed_at: next.completed ? next.now : null,
        updated_at: next.now,
      });
  }

  /**
   * Starts the server's clock of the current challenge, the first time it is sent (a reload keeps the
   * first moment; a test moved on meanwhile is left alone). Returns the moment that holds.
   */
  async markServed(id: number, challengeId: string, now: Date): Promise<Date | null> {
    const [row] = await knexOf(this.em)('assessments')
      .where({ id, current_challenge_id: challengeId, state: 'STARTED' })
      .update({ current_challenge_served_at: knexOf(this.em).raw('coalesce(current_challenge_served_at, ?)', [now]) })
      .returning('current_challenge_served_at');
    return row ? new Date(row.current_challenge_served_at) : null;
  }

  async answersOf(assessmentIds: readonly number[]): Promise<AnswerRow[]> {
    const rows = await knexOf(this.em)('answers').whereIn('assessment_id', assessmentIds as number[]).orderBy('id');
    return rows.map(toAnswer);
  }
}
