import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { JuryAction, JuryDecision } from '../domain/jury';
import type { CandidateOfCourse, CourseForJury, JuryActionRow, JuryQuestionRow, ScoringRow } from '../domain/jury-views';
import { toScoring } from './jury-sessions.repository';
import type { ScoredCourseRow } from './scoring.repository';

/** The jury's reads and writes of a certification course (its questions, decision, comments, candidate, history). */

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2 ** 31 - 1;

const toCourse = (row: any): CourseForJury => ({
  id: row.id,
  sessionId: row.session_id,
  sessionState: row.session_state,
  userId: row.user_id,
  assessmentId: row.assessment_id,
  state: row.state,
  startedAt: row.started_at ? new Date(row.started_at) : null,
  endedAt: row.ended_at ? new Date(row.ended_at) : null,
  endReason: row.end_reason,
  endScreenSeen: row.end_screen_seen_at !== null,
  verificationCode: row.verification_code,
  juryDecision: row.jury_decision,
  commentForCandidate: row.jury_comment_for_candidate,
  commentForOrganization: row.jury_comment_for_organization,
  credentialStatusIndex: row.credential_status_index,
  candidate: {
    id: row.candidate_id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthdate: row.birthdate_text,
    sex: row.sex,
    birthCity: row.birth_city,
    birthInseeCode: row.birth_insee_code,
    birthPostalCode: row.birth_postal_code,
    birthCountry: row.birth_country,
    externalId: row.external_id,
    extraTimePercentage: row.extra_time_percentage,
    resultRecipientEmail: row.result_recipient_email,
    userId: row.candidate_user_id,
  },
});

/**
 * A course with its candidate and its session's state. `lock`: in the jury action's transaction, the
 * session row in share mode (a publication waits) and the course row for update (two jury members act
 * one after the other on a course).
 */
export async function courseForJury(em: EntityManager, courseId: number, options: { lock?: boolean } = {}): Promise<CourseForJury | null> {
  if (!validId(courseId)) return null;
  const knex = knexOf(em);
  if (options.lock) {
    const sessionId = (await knex('certification_courses').where({ id: courseId }).first('session_id'))?.session_id;
    if (!sessionId) return null;
    await knex('certification_sessions').where({ id: sessionId }).forShare().first('id');
    await knex('certification_courses').where({ id: courseId }).forUpdate().first('id');
  }
  const row = await knex('certification_courses as co')
    .join('certification_candidates as ca', 'ca.id', 'co.candidate_id')
    .join('certification_sessions as s', 's.id', 'co.session_id')
    .select(
      'co.*',
      's.state as session_state',
      'ca.first_name',
      'ca.last_name',
      knex.raw(`to_char(ca.birthdate, 'YYYY-MM-DD') as birthdate_text`),
      'ca.sex',
      'ca.birth_city',
      'ca.birth_insee_code',
      'ca.birth_postal_code',
      'ca.birth_country',
      'ca.external_id',
      'ca.extra_time_percentage',
      'ca.result_recipient_email',
      'ca.user_id as candidate_user_id',
    )
    .where('co.id', courseId)
    .first();
  return row ? toCourse(row) : null;
}

export const asScoredCourse = (course: CourseForJury): ScoredCourseRow => ({
  id: course.id,
  assessmentId: course.assessmentId,
  juryDecision: course.juryDecision,
  verificationCode: course.verificationCode,
});

/** The course's questions in order, with who neutralised them when the jury did (its latest such action). */
export async function questionsOfCourse(em: EntityManager, courseId: number): Promise<Omit<JuryQuestionRow, 'answerValue' | 'result'>[]> {
  const { rows } = await knexOf(em).raw(
    `select cc.*, (select a.actor_user_id from certification_jury_actions a
        where a.certification_course_id = cc.certification_course_id and a.action = 'CHALLENGE_NEUTRALIZED' and a.after->>'challengeId' = cc.challenge_id
        order by a.id desc limit 1) as jury_actor
     from certification_challenges cc where cc.certification_course_id = ? order by cc.position`,
    [courseId],
  );
  return rows.map((row: any) => ({
    position: row.position,
    challengeId: row.challenge_id,
    skillId: row.skill_id,
    competenceId: row.competence_id,
    isNeutralized: row.is_neutralized,
    neutralizedBy: row.neutralized_by,
    neutralizedByUserId: row.neutralized_by === 'JURY' ? row.jury_actor : null,
  }));
}

/** Neutralises (or not) a question of the course; false when the challenge is not one of its questions. */
export async function setNeutralized(em: EntityManager, courseId: number, challengeId: string, neutralized: boolean): Promise<boolean> {
  const count = await knexOf(em)('certification_challenges')
    .where({ certification_course_id: courseId, challenge_id: challengeId })
    .update({ is_neutralized: neutralized, neutralized_by: neutralized ? 'JURY' : null });
  return count > 0;
}

export async function setJuryDecision(em: EntityManager, courseId: number, decision: JuryDecision | null, now: Date): Promise<void> {
  await knexOf(em)('certification_courses').where({ id: courseId }).update({ jury_decision: decision, updated_at: now });
}

export async function setJuryComments(em: EntityManager, courseId: number, comments: { forCandidate: string | null; forOrganization: string | null }, now: Date): Promise<void> {
  await knexOf(em)('certification_courses')
    .where({ id: courseId })
    .update({ jury_comment_for_candidate: comments.forCandidate, jury_comment_for_organization: comments.forOrganization, updated_at: now });
}

export async function updateCandidate(
  em: EntityManager,
  candidateId: number,
  fields: Pick<CandidateOfCourse, 'firstName' | 'lastName' | 'birthdate' | 'sex' | 'birthCity' | 'birthInseeCode' | 'birthPostalCode' | 'birthCountry' | 'extraTimePercentage'>,
  now: Date,
): Promise<void> {
  await knexOf(em)('certification_candidates').where({ id: candidateId }).update({
    first_name: fields.firstName,
    last_name: fields.lastName,
    birthdate: fields.birthdate,
    sex: fields.sex,
    birth_city: fields.birthCity,
    birth_insee_code: fields.birthInseeCode,
    birth_postal_code: fields.birthPostalCode,
    birth_country: fields.birthCountry,
    extra_time_percentage: fields.extraTimePercentage,
    updated_at: now,
  });
}

export async function insertJuryAction(
  em: EntityManager,
  action: { sessionId: number; courseId: number | null; action: JuryAction; actorUserId: number; before: object | null; after: object | null; now: Date },
): Promise<void> {
  await knexOf(em)('certification_jury_actions').insert({
    session_id: action.sessionId,
    certification_course_id: action.courseId,
    action: action.action,
    actor_user_id: action.actorUserId,
    before: action.before === null ? null : JSON.stringify(action.before),
    after: action.after === null ? null : JSON.stringify(action.after),
    created_at: action.now,
  });
}

/** The course's history, and its session's actions (assignment, publication), oldest first. */
export async function historyOfCourse(em: EntityManager, course: { id: number; sessionId: number }): Promise<JuryActionRow[]> {
  const rows = await knexOf(em)('certification_jury_actions')
    .where((q) => q.where({ certification_course_id: course.id }).orWhere((s) => s.where({ session_id: course.sessionId }).whereNull('certification_course_id')))
    .orderBy('id');
  return rows.map((row: any) => ({
    id: row.id,
    sessionId: row.session_id,
    courseId: row.certification_course_id,
    action: row.action,
    actorUserId: row.actor_user_id,
    before: row.before,
    after: row.after,
    createdAt: new Date(row.created_at),
  }));
}

export async function latestScoringOf(em: EntityManager, courseId: number): Promise<ScoringRow | null> {
  const row = await knexOf(em)('certification_scorings').where({ certification_course_id: courseId }).orderBy('id', 'desc').first();
  return row ? toScoring(row) : null;
}
