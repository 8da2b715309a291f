import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { CandidateRow, SessionRow } from '../domain/course';

/**
 * Sessions and candidates as the test reads and writes them. These are the foundation's tables, shared
 * by the certification contexts (session-management creates them; this context joins candidates, lets
 * them in, and finalises the session).
 */

export const toSession = (row: any): SessionRow & { startsAt: Date } => ({
  id: row.id,
  certificationCenterId: row.certification_center_id,
  state: row.state,
  accessCode: row.access_code,
  invigilatorPassword: row.invigilator_password,
  date: typeof row.date === 'string' ? row.date.slice(0, 10) : isoDate(row.date),
  time: row.time,
  startsAt: new Date(row.starts_at),
});

function isoDate(value: Date): string {
  return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
}

export const toCandidate = (row: any): CandidateRow => ({
  id: row.id,
  sessionId: row.session_id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthdate: typeof row.birthdate === 'string' ? row.birthdate.slice(0, 10) : isoDate(row.birthdate),
  extraTimePercentage: row.extra_time_percentage,
  organizationLearnerId: row.organization_learner_id,
  userId: row.user_id,
  joinedAt: row.joined_at ? new Date(row.joined_at) : null,
  authorizedToStart: row.authorized_to_start,
});

const SESSION_COLUMNS = `*, to_char("date", 'YYYY-MM-DD') as "date", (("date" + "time") at time zone 'Europe/Paris') as starts_at`;

export async function findSession(em: EntityManager, sessionId: number, options: { forUpdate?: boolean } = {}) {
  if (!Number.isSafeInteger(sessionId) || sessionId <= 0 || sessionId > 2 ** 31 - 1) return null;
  const query = knexOf(em)('certification_sessions').select(knexOf(em).raw(SESSION_COLUMNS)).where({ id: sessionId });
  const row = await (options.forUpdate ? query.forUpdate() : query).first();
  return row ? toSession(row) : null;
}

/**
 * The session's state, its row locked in share mode until the end of the transaction: joiners do not
 * wait for each other, but an edit or a finalisation (which lock it for update) and a join are ordered.
 */
export async function lockSessionForJoining(em: EntityManager, sessionId: number): Promise<string | null> {
  const row = await knexOf(em)('certification_sessions').where({ id: sessionId }).forShare().first('state');
  return row ? (row.state as string) : null;
}

const CANDIDATE_COLUMNS = `*, to_char("birthdate", 'YYYY-MM-DD') as "birthdate"`;

export async function candidatesOfSession(em: EntityManager, sessionId: number): Promise<CandidateRow[]> {
  const rows = await knexOf(em)('certification_candidates').select(knexOf(em).raw(CANDIDATE_COLUMNS)).where({ session_id: sessionId }).orderBy(['last_name', 'first_name', 'id']);
  return rows.map(toCandidate);
}

export async function findCandidate(em: EntityManager, candidateId: number, options: { forUpdate?: boolean } = {}): Promise<CandidateRow | null> {
  if (!Number.isSafeInteger(candidateId) || candidateId <= 0 || candidateId > 2 ** 31 - 1) return null;
  const query = knexOf(em)('certification_candidates').select(knexOf(em).raw(CANDIDATE_COLUMNS)).where({ id: candidateId });
  const row = await (options.forUpdate ? query.forUpdate() : query).first();
  return row ? toCandidate(row) : null;
}

/** The account a school's pupil is linked to (prescription's organisation learner). */
export async function accountOfLearner(em: EntityManager, organizationLearnerId: number): Promise<number | null> {
  const row = await knexOf(em)('organization_learners').where({ id: organizationLearnerId }).first('user_id');
  return row?.user_id ?? null;
}

/** The candidate joined with this account: waiting for the invigilator's authorisation (again, when resuming). */
export async function markJoined(em: EntityManager, candidateId: number, userId: number, now: Date): Promise<void> {
  await knexOf(em)('certification_candidates')
    .where({ id: candidateId })
    .update({ user_id: userId, joined_at: knexOf(em).raw('coalesce(joined_at, ?)', [now]), authorized_to_start: false, updated_at: now });
}

export async function setAuthorizedToStart(em: EntityManager, candidateId: number, authorized: boolean, now: Date): Promise<void> {
  await knexOf(em)('certification_candidates').where({ id: candidateId }).update({ authorized_to_start: authorized, updated_at: now });
}

/** Takes back the authorisation to start of these candidates (finalisation), in one statement. */
export async function unauthorizeCandidates(em: EntityManager, candidateIds: readonly number[], now: Date): Promise<void> {
  if (!candidateIds.length) return;
  await knexOf(em)('certification_candidates').whereIn('id', candidateIds as number[]).update({ authorized_to_start: false, updated_at: now });
}

/**
 * Whether the account is a member of the centre. The centre's memberships are session-management's
 * (`certification_center_memberships`); this one function reads them, to adapt in one place.
 */
export async function isCentreMember(em: EntityManager, userId: number, certificationCenterId: number): Promise<boolean> {
  const row = await knexOf(em)('certification_center_memberships').where({ user_id: userId, certification_center_id: certificationCenterId }).first(knexOf(em).raw('1 as found'));
  return Boolean(row);
}

/** Finalised once only: false when another request finalised it first. */
export async function markFinalized(em: EntityManager, sessionId: number, request: { userId: number; comment: string; now: Date }): Promise<boolean> {
  const count = await knexOf(em)('certification_sessions')
    .where({ id: sessionId, state: 'CREATED' })
    .update({ state: 'FINALIZED', finalized_at: request.now, finalized_by_user_id: request.userId, finalization_comment: request.comment, updated_at: request.now });
  return count > 0;
}
