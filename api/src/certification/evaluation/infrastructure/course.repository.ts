import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import { runPrepared, type PreparedStatement } from '../../../shared/infrastructure/database/prepared-statement';
import type { EndReason } from '../domain/candidate-status';
import type { CompetenceSnapshot, ChosenChallenge } from '../domain/test-builder';
import type { CourseChallengeRow, CourseDetails, CourseRow, IncidentInput, ProblemReportRow } from '../domain/course';
import type { ChallengeIncidentCode } from '../domain/neutralization';

/** Certification courses (the test of one candidate), their questions, problem reports and incidents. */

export const toCourse = (row: any): CourseRow => ({
  id: row.id,
  candidateId: row.candidate_id,
  sessionId: row.session_id,
  userId: row.user_id,
  assessmentId: row.assessment_id,
  state: row.state,
  startedAt: row.started_at ? new Date(row.started_at) : null,
  endsAt: row.ends_at ? new Date(row.ends_at) : null,
  endedAt: row.ended_at ? new Date(row.ended_at) : null,
  endReason: row.end_reason,
  endScreenSeenAt: row.end_screen_seen_at ? new Date(row.end_screen_seen_at) : null,
});

const toCourseChallenge = (row: any): CourseChallengeRow => ({
  courseId: row.certification_course_id,
  position: row.position,
  challengeId: row.challenge_id,
  skillId: row.skill_id,
  competenceId: row.competence_id,
  isNeutralized: row.is_neutralized,
  neutralizedBy: row.neutralized_by,
});

const toReport = (row: any): ProblemReportRow => ({
  id: row.id,
  courseId: row.certification_course_id,
  challengeId: row.challenge_id,
  questionNumber: row.question_number,
  category: row.category,
  status: row.status,
  createdAt: new Date(row.created_at),
});

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2 ** 31 - 1;

export async function courseById(em: EntityManager, courseId: number): Promise<CourseRow | null> {
  if (!validId(courseId)) return null;
  const row = await knexOf(em)('certification_courses').where({ id: courseId }).first();
  return row ? toCourse(row) : null;
}

export async function courseOfCandidate(em: EntityManager, candidateId: number): Promise<CourseRow | null> {
  const row = await knexOf(em)('certification_courses').where({ candidate_id: candidateId }).first();
  return row ? toCourse(row) : null;
}

export async function coursesOfSession(em: EntityManager, sessionId: number): Promise<CourseRow[]> {
  return (await knexOf(em)('certification_courses').where({ session_id: sessionId })).map(toCourse);
}

export async function coursesOfAssessments(em: EntityManager, assessmentIds: readonly number[]): Promise<CourseRow[]> {
  if (!assessmentIds.length) return [];
  return (await knexOf(em)('certification_courses').whereIn('assessment_id', assessmentIds as number[])).map(toCourse);
}

/** The learner's latest course still in progress (to resume it). */
export async function currentCourseOfUser(em: EntityManager, userId: number): Promise<CourseRow | null> {
  const row = await knexOf(em)('certification_courses').where({ user_id: userId, state: 'STARTED' }).orderBy('id', 'desc').first();
  return row ? toCourse(row) : null;
}

/** What an answer needs of its course, on every answer: prepared (planned once per connection). */
const ANSWER_FACTS: PreparedStatement = {
  name: 'certification.answer-facts',
  text: `select co.*, ca.authorized_to_start,
      coalesce((select json_agg(json_build_object('challengeId', cc.challenge_id, 'neutralized', cc.is_neutralized) order by cc.position)
        from certification_challenges cc where cc.certification_course_id = co.id), '[]') as questions
    from certification_courses co join certification_candidates ca on ca.id = co.candidate_id
    where co.assessment_id = $1`,
};

/** What an answer needs of its course: the course, whether the candidate is let in, the questions. */
export async function answerFactsOfAssessment(em: EntityManager, assessmentId: number) {
  const [row] = await runPrepared(em, ANSWER_FACTS, [assessmentId]);
  if (!row) return null;
  return {
    course: toCourse(row),
    authorizedToStart: row.authorized_to_start as boolean,
    questions: row.questions as { challengeId: string; neutralized: boolean }[],
  };
}

export async function createCourse(
  em: EntityManager,
  course: { candidateId: number; sessionId: number; userId: number; assessmentId: number; competences: CompetenceSnapshot[]; challenges: ChosenChallenge[]; now: Date },
): Promise<CourseRow> {
  const knex = knexOf(em);
  const [row] = await knex('certification_courses')
    .insert({ candidate_id: course.candidateId, session_id: course.sessionId, user_id: course.userId, assessment_id: course.assessmentId, created_at: course.now, updated_at: course.now })
    .returning('*');
  await knex('certification_course_competences').insert(
    course.competences.map((c) => ({ certification_course_id: row.id, competence_id: c.competenceId, level: c.level, pix: c.pix })),
  );
  await knex('certification_challenges').insert(
    course.challenges.map((c, position) => ({ certification_course_id: row.id, position, challenge_id: c.challengeId, skill_id: c.skillId, competence_id: c.competenceId })),
  );
  return toCourse(row);
}

/** The clock starts at the first authorisation, once. */
export async function startClock(em: EntityManager, courseId: number, startedAt: Date, endsAt: Date): Promise<void> {
  await knexOf(em)('certification_courses').where({ id: courseId }).whereNull('started_at').update({ started_at: startedAt, ends_at: endsAt, updated_at: startedAt });
}

/** Ends a course still in progress; false when it had ended already. */
export async function endCourse(em: EntityManager, courseId: number, reason: EndReason, now: Date): Promise<boolean> {
  const count = await knexOf(em)('certification_courses')
    .where({ id: courseId, state: 'STARTED' })
    .update({ state: 'ENDED', ended_at: now, end_reason: reason, updated_at: now });
  return count > 0;
}

/** Ends the courses still in progress among these (finalisation), in one statement; how many it ended. */
export async function endCourses(em: EntityManager, courseIds: readonly number[], reason: EndReason, now: Date): Promise<number> {
  if (!courseIds.length) return 0;
  return knexOf(em)('certification_courses')
    .whereIn('id', courseIds as number[])
    .andWhere({ state: 'STARTED' })
    .update({ state: 'ENDED', ended_at: now, end_reason: reason, updated_at: now });
}

export async function endCourseOfAssessment(em: EntityManager, assessmentId: number, reason: EndReason, now: Date): Promise<CourseRow | null> {
  const [row] = await knexOf(em)('certification_courses')
    .where({ assessment_id: assessmentId, state: 'STARTED' })
    .update({ state: 'ENDED', ended_at: now, end_reason: reason, updated_at: now })
    .returning('*');
  return row ? toCourse(row) : null;
}

export async function markEndScreenSeen(em: EntityManager, courseId: number, now: Date): Promise<void> {
  await knexOf(em)('certification_courses').where({ id: courseId }).whereNull('end_screen_seen_at').update({ end_screen_seen_at: now, updated_at: now });
}

export async function markEndScreensSeen(em: EntityManager, courseIds: readonly number[], now: Date): Promise<void> {
  if (!courseIds.length) return;
  await knexOf(em)('certification_courses').whereIn('id', courseIds as number[]).whereNull('end_screen_seen_at').update({ end_screen_seen_at: now, updated_at: now });
}

export async function challengesOfCourses(em: EntityManager, courseIds: readonly number[]): Promise<CourseChallengeRow[]> {
  if (!courseIds.length) return [];
  return (await knexOf(em)('certification_challenges').whereIn('certification_course_id', courseIds as number[]).orderBy(['certification_course_id', 'position'])).map(
    toCourseChallenge,
  );
}

export async function neutralize(em: EntityManager, courseId: number, challengeIds: readonly string[], by: 'PROBLEM_REPORT' | 'INCIDENT'): Promise<void> {
  if (!challengeIds.length) return;
  await knexOf(em)('certification_challenges')
    .where({ certification_course_id: courseId, is_neutralized: false })
    .whereIn('challenge_id', challengeIds as string[])
    .update({ is_neutralized: true, neutralized_by: by });
}

/** Neutralises questions of several courses in one statement; how many it neutralised. */
export async function neutralizeQuestions(em: EntityManager, questions: readonly { courseId: number; challengeId: string }[], by: 'PROBLEM_REPORT' | 'INCIDENT'): Promise<number> {
  if (!questions.length) return 0;
  const result = await knexOf(em).raw(
    `update certification_challenges cc set is_neutralized = true, neutralized_by = ?
     from jsonb_to_recordset(?::jsonb) as q(course_id int, challenge_id varchar)
     where cc.certification_course_id = q.course_id and cc.challenge_id = q.challenge_id and not cc.is_neutralized`,
    [by, JSON.stringify(questions.map((q) => ({ course_id: q.courseId, challenge_id: q.challengeId })))],
  );
  return result.rowCount ?? 0;
}

/** A report for the candidate's question; null when one exists already for it. */
export async function insertProblemReport(
  em: EntityManager,
  report: { courseId: number; challengeId: string; questionNumber: number; category: ChallengeIncidentCode; now: Date },
): Promise<ProblemReportRow | null> {
  const [row] = await knexOf(em)('certification_problem_reports')
    .insert({ certification_course_id: report.courseId, challenge_id: report.challengeId, question_number: report.questionNumber, category: report.category, created_at: report.now })
    .onConflict(['certification_course_id', 'challenge_id'])
    .ignore()
    .returning('*');
  return row ? toReport(row) : null;
}

export async function findProblemReport(em: EntityManager, reportId: number, options: { forUpdate?: boolean } = {}): Promise<ProblemReportRow | null> {
  if (!validId(reportId)) return null;
  const query = knexOf(em)('certification_problem_reports').where({ id: reportId });
  const row = await (options.forUpdate ? query.forUpdate() : query).first();
  return row ? toReport(row) : null;
}

export async function resolveProblemReport(em: EntityManager, reportId: number, status: 'ACCEPTED' | 'REFUSED', now: Date): Promise<boolean> {
  const count = await knexOf(em)('certification_problem_reports').where({ id: reportId, status: 'PENDING' }).update({ status, resolved_at: now });
  return count > 0;
}

export async function pendingReportsOfCourses(em: EntityManager, courseIds: readonly number[]): Promise<ProblemReportRow[]> {
  if (!courseIds.length) return [];
  return (await knexOf(em)('certification_problem_reports').whereIn('certification_course_id', courseIds as number[]).andWhere({ status: 'PENDING' }).orderBy('id')).map(toReport);
}

/** The most recent problem report of a course (the candidate follows its answer); null when none. */
export async function lastReportOfCourse(em: EntityManager, courseId: number): Promise<ProblemReportRow | null> {
  const row = await knexOf(em)('certification_problem_reports').where({ certification_course_id: courseId }).orderBy('id', 'desc').first();
  return row ? toReport(row) : null;
}

/** The incidents of several candidates in one statement. */
export async function insertIncidentsOfCandidates(em: EntityManager, entries: readonly { candidateId: number; incidents: readonly IncidentInput[] }[], now: Date): Promise<void> {
  const rows = entries.flatMap((entry) => entry.incidents.map((i) => ({ candidate_id: entry.candidateId, code: i.code, question_number: i.questionNumber, comment: i.comment, created_at: now })));
  if (!rows.length) return;
  await knexOf(em)('certification_incidents').insert(rows);
}

/** Courses with what their views show: whether the candidate is let in, how many questions. */
export async function courseDetailsOf(em: EntityManager, where: { courseIds?: readonly number[]; assessmentIds?: readonly number[] }): Promise<CourseDetails[]> {
  const knex = knexOf(em);
  const query = knex
    .select('co.*', 'ca.authorized_to_start', knex.raw('(select count(*)::int from certification_challenges cc where cc.certification_course_id = co.id) as number_of_challenges'))
    .from('certification_courses as co')
    .join('certification_candidates as ca', 'ca.id', 'co.candidate_id');
  if (where.courseIds) query.whereIn('co.id', where.courseIds as number[]);
  else if (where.assessmentIds) query.whereIn('co.assessment_id', where.assessmentIds as number[]);
  else return [];
  return (await query).map((row: any) => ({ ...toCourse(row), authorizedToStart: row.authorized_to_start, numberOfChallenges: row.number_of_challenges }));
}
