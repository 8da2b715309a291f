import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type {
  IncidentRow,
  ProblemReportRow,
  ScoringRow,
  SessionCertificationRow,
  SessionJuryFacts,
  SessionToProcessRow,
  SessionsToProcessFilter,
} from '../domain/jury-views';

/** The jury's reads and writes of sessions (certification_sessions, with their candidates, incidents, reports). */

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2 ** 31 - 1;

const toSessionToProcess = (row: any): SessionToProcessRow => ({
  id: row.id,
  certificationCenterId: row.certification_center_id,
  address: row.address,
  room: row.room,
  date: row.date_text,
  time: row.time_text,
  examiner: row.examiner,
  description: row.description,
  accessCode: row.access_code,
  invigilatorPassword: row.invigilator_password,
  state: row.state,
  createdAt: new Date(row.created_at),
  candidateCount: row.candidate_count,
  joinedCount: row.joined_count,
  center: { id: row.certification_center_id, name: row.center_name, type: row.center_type, uai: row.center_uai, externalId: row.center_external_id },
});

const hasIncidentsOrReports = `(exists (select 1 from certification_incidents i join certification_candidates ca on ca.id = i.candidate_id where ca.session_id = s.id)
  or exists (select 1 from certification_problem_reports r join certification_courses co on co.id = r.certification_course_id where co.session_id = s.id))`;

/** Finalised sessions not published, the oldest finalisation first (two statements: the page and the count). */
export async function listSessionsToProcess(
  em: EntityManager,
  filter: SessionsToProcessFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: SessionToProcessRow[]; total: number }> {
  const knex = knexOf(em);
  const base = () => {
    const query = knex('certification_sessions as s').join('certification_centers as c', 'c.id', 's.certification_center_id').whereNotNull('s.finalized_at').whereNull('s.published_at');
    if (filter.centerType) query.where('c.type', filter.centerType);
    if (filter.assignedToUserId !== null) query.where('s.assigned_to_user_id', filter.assignedToUserId);
    if (filter.withIncidentsOrReports) query.whereRaw(hasIncidentsOrReports);
    return query;
  };
  const rows = await base()
      .select(
        's.*',
        knex.raw(`to_char(s.date, 'YYYY-MM-DD') as date_text`),
        knex.raw(`to_char(s.time, 'HH24:MI') as time_text`),
        'c.name as center_name',
        'c.type as center_type',
        'c.uai as center_uai',
        'c.external_id as center_external_id',
        knex.raw('(select count(*)::int from certification_candidates ca where ca.session_id = s.id) as candidate_count'),
        knex.raw('(select count(*)::int from certification_candidates ca where ca.session_id = s.id and ca.joined_at is not null) as joined_count'),
      )
      .orderBy([{ column: 's.finalized_at', order: 'asc' }, { column: 's.id', order: 'asc' }])
      .limit(page.limit)
      .offset(page.offset);
  const [{ total }] = await base().count<{ total: string }[]>({ total: '*' });
  return { rows: rows.map(toSessionToProcess), total: Number(total) };
}

const toFacts = (row: any): SessionJuryFacts => ({
  sessionId: row.id,
  state: row.state,
  certificationCenterId: row.certification_center_id,
  finalizedAt: row.finalized_at ? new Date(row.finalized_at) : null,
  finalizationComment: row.finalization_comment,
  finalizedByUserId: row.finalized_by_user_id,
  assignedToUserId: row.assigned_to_user_id,
  assignedAt: row.assigned_at ? new Date(row.assigned_at) : null,
  publishedAt: row.published_at ? new Date(row.published_at) : null,
  publishedByUserId: row.published_by_user_id,
  incidentCount: row.incident_count,
  problemReportCount: row.problem_report_count,
});

/** The jury's facts of these sessions, one statement (a DataLoader's batch). */
export async function juryFactsOfSessions(em: EntityManager, sessionIds: readonly number[], options: { forUpdate?: boolean } = {}): Promise<SessionJuryFacts[]> {
  const ids = sessionIds.filter(validId);
  if (!ids.length) return [];
  const knex = knexOf(em);
  const query = knex('certification_sessions as s')
    .select(
      's.id',
      's.state',
      's.certification_center_id',
      's.finalized_at',
      's.finalization_comment',
      's.finalized_by_user_id',
      's.assigned_to_user_id',
      's.assigned_at',
      's.published_at',
      's.published_by_user_id',
      knex.raw('(select count(*)::int from certification_incidents i join certification_candidates ca on ca.id = i.candidate_id where ca.session_id = s.id) as incident_count'),
      knex.raw('(select count(*)::int from certification_problem_reports r join certification_courses co on co.id = r.certification_course_id where co.session_id = s.id) as problem_report_count'),
    )
    .whereIn('s.id', ids);
  return (await (options.forUpdate ? query.forUpdate('s') : query)).map(toFacts);
}

export const toScoring = (row: any): ScoringRow => ({
  id: row.id,
  courseId: row.certification_course_id,
  status: row.status,
  reason: row.reason,
  pixScore: row.pix_score,
  correct: row.correct,
  counted: row.counted,
  reproducibilityRate: row.reproducibility_rate === null ? null : Number(row.reproducibility_rate),
  competenceMarks: row.competence_marks,
  trigger: row.trigger,
  createdByUserId: row.created_by_user_id,
  createdAt: new Date(row.created_at),
});

/** The latest scoring of each course (the one that stands). */
export async function latestScoringsOf(em: EntityManager, courseIds: readonly number[]): Promise<ScoringRow[]> {
  if (!courseIds.length) return [];
  const { rows } = await knexOf(em).raw(
    `select distinct on (certification_course_id) * from certification_scorings where certification_course_id = any(?::int[]) order by certification_course_id, id desc`,
    [courseIds as number[]],
  );
  return rows.map(toScoring);
}

/** The candidates of these sessions, with their course and its latest scoring (French order of names). */
export async function certificationsOfSessions(em: EntityManager, sessionIds: readonly number[]): Promise<SessionCertificationRow[]> {
  const ids = sessionIds.filter(validId);
  if (!ids.length) return [];
  const { rows } = await knexOf(em).raw(
    `select ca.session_id, ca.id as candidate_id, ca.first_name, ca.last_name, to_char(ca.birthdate, 'YYYY-MM-DD') as birthdate,
       co.id as course_id, co.jury_decision, co.verification_code, co.end_reason, to_jsonb(sc) as latest
     from certification_candidates ca
     left join certification_courses co on co.candidate_id = ca.id
     left join lateral (select * from certification_scorings x where x.certification_course_id = co.id order by x.id desc limit 1) sc on true
     where ca.session_id = any(?::int[])
     order by ca.session_id, public.search_text(ca.last_name), public.search_text(ca.first_name), ca.id`,
    [ids],
  );
  return rows.map((row: any) => ({
    sessionId: row.session_id,
    candidateId: row.candidate_id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthdate: row.birthdate,
    courseId: row.course_id,
    juryDecision: row.jury_decision,
    verificationCode: row.verification_code,
    endReason: row.end_reason,
    latest: row.latest ? toScoring(row.latest) : null,
  }));
}

export async function incidentsOfSessions(em: EntityManager, sessionIds: readonly number[]): Promise<IncidentRow[]> {
  const ids = sessionIds.filter(validId);
  if (!ids.length) return [];
  const rows = await knexOf(em)('certification_incidents as i')
    .join('certification_candidates as ca', 'ca.id', 'i.candidate_id')
    .select('i.*', 'ca.session_id', 'ca.first_name', 'ca.last_name')
    .whereIn('ca.session_id', ids)
    .orderBy(['ca.session_id', 'i.id']);
  return rows.map((row: any) => ({
    id: row.id,
    sessionId: row.session_id,
    candidateId: row.candidate_id,
    candidateName: `${row.first_name} ${row.last_name}`,
    code: row.code,
    questionNumber: row.question_number,
    comment: row.comment,
  }));
}

export async function problemReportsOf(em: EntityManager, where: { sessionIds?: readonly number[]; courseId?: number }): Promise<ProblemReportRow[]> {
  const query = knexOf(em)('certification_problem_reports as r')
    .join('certification_courses as co', 'co.id', 'r.certification_course_id')
    .join('certification_candidates as ca', 'ca.id', 'co.candidate_id')
    .select('r.*', 'co.session_id', 'ca.first_name', 'ca.last_name')
    .orderBy(['co.session_id', 'r.id']);
  if (where.courseId !== undefined) query.where('r.certification_course_id', where.courseId);
  else query.whereIn('co.session_id', (where.sessionIds ?? []).filter(validId) as number[]);
  return (await query).map((row: any) => ({
    id: row.id,
    sessionId: row.session_id,
    courseId: row.certification_course_id,
    candidateName: `${row.first_name} ${row.last_name}`,
    challengeId: row.challenge_id,
    questionNumber: row.question_number,
    category: row.category,
    status: row.status,
    createdAt: new Date(row.created_at),
  }));
}

/** Assigns a finalised session to a member of the certification team: IN_PROCESS (a published one keeps its state). */
export async function assignSession(em: EntityManager, sessionId: number, userId: number, now: Date): Promise<void> {
  await knexOf(em)('certification_sessions')
    .where({ id: sessionId })
    .update({ assigned_to_user_id: userId, assigned_at: now, state: knexOf(em).raw(`case when state = 'FINALIZED' then 'IN_PROCESS' else state end`), updated_at: now });
}

export async function markPublished(em: EntityManager, sessionId: number, userId: number, now: Date): Promise<void> {
  await knexOf(em)('certification_sessions').where({ id: sessionId }).update({ state: 'PROCESSED', published_at: now, published_by_user_id: userId, updated_at: now });
}

export async function markUnpublished(em: EntityManager, sessionId: number, now: Date): Promise<void> {
  await knexOf(em)('certification_sessions').where({ id: sessionId }).update({ state: 'IN_PROCESS', published_at: null, published_by_user_id: null, updated_at: now });
}

/**
 * Gives each course of the session whose latest scoring is VALIDATED its position in the credentials'
 * status list (the next free integers; a position once given stays, across unpublish and publish).
 * One lock makes two publications draw one after the other.
 */
export async function drawCredentialStatusIndexes(em: EntityManager, sessionId: number): Promise<number> {
  const knex = knexOf(em);
  await knex.raw(`select pg_advisory_xact_lock(hashtext('certification_courses.credential_status_index'))`);
  const result = await knex.raw(
    `with validated as (
       select co.id, row_number() over (order by co.id) as n from certification_courses co
       join lateral (select status from certification_scorings x where x.certification_course_id = co.id order by x.id desc limit 1) sc on true
       where co.session_id = ? and co.credential_status_index is null and sc.status = 'VALIDATED'),
     base as (select coalesce(max(credential_status_index), -1) as top from certification_courses)
     update certification_courses co set credential_status_index = base.top + validated.n from validated, base where co.id = validated.id`,
    [sessionId],
  );
  return result.rowCount ?? 0;
}

/** Who receives the e-mail of the publication: each candidate's account and, when given, the e-mail for results. */
export async function recipientsOfSession(
  em: EntityManager,
  sessionId: number,
): Promise<{ firstName: string; lastName: string; accountEmail: string | null; resultRecipientEmail: string | null; date: string; centerName: string }[]> {
  const knex = knexOf(em);
  const rows = await knex('certification_courses as co')
    .join('certification_candidates as ca', 'ca.id', 'co.candidate_id')
    .join('users as u', 'u.id', 'co.user_id')
    .join('certification_sessions as s', 's.id', 'co.session_id')
    .join('certification_centers as c', 'c.id', 's.certification_center_id')
    .select('ca.first_name', 'ca.last_name', 'ca.result_recipient_email', 'u.email as account_email', knex.raw(`to_char(s.date, 'DD/MM/YYYY') as date_text`), 'c.name as center_name')
    .where('co.session_id', sessionId)
    .orderBy('co.id');
  return rows.map((row: any) => ({
    firstName: row.first_name,
    lastName: row.last_name,
    accountEmail: row.account_email,
    resultRecipientEmail: row.result_recipient_email,
    date: row.date_text,
    centerName: row.center_name,
  }));
}
