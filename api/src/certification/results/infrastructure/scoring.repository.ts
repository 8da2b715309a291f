import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { CourseScoringFacts, JuryDecision, ScoringTrigger, StoredScoring } from '../domain/jury';
import type { QuestionResult } from '../domain/scoring';

/**
 * What scoring reads and writes, in batches: a fixed number of statements whatever the number of
 * courses (one read of the courses, of their questions, of their profiles; the answers are read by the
 * evaluation in one statement; one insert of every scoring; one update of the verification codes).
 */

export interface ScoredCourseRow {
  id: number;
  assessmentId: number;
  juryDecision: JuryDecision | null;
  verificationCode: string | null;
}

/** The courses of a session, or these courses. */
export async function coursesToScore(em: EntityManager, where: { sessionId?: number; courseIds?: readonly number[] }): Promise<ScoredCourseRow[]> {
  const query = knexOf(em)('certification_courses').select('id', 'assessment_id', 'jury_decision', 'verification_code').orderBy('id');
  if (where.sessionId !== undefined) query.where({ session_id: where.sessionId });
  else query.whereIn('id', (where.courseIds ?? []) as number[]);
  return (await query).map((row: any) => ({ id: row.id, assessmentId: row.assessment_id, juryDecision: row.jury_decision, verificationCode: row.verification_code }));
}

/** Questions and profiles of the courses, as scoring reads them (two statements). */
export async function scoringFactsOf(
  em: EntityManager,
  courses: readonly ScoredCourseRow[],
  answers: readonly { assessmentId: number; challengeId: string; result: string }[],
): Promise<CourseScoringFacts[]> {
  if (!courses.length) return [];
  const knex = knexOf(em);
  const ids = courses.map((c) => c.id);
  // One after the other: in a transaction both go through the same connection.
  const questions = await knex('certification_challenges')
    .select('certification_course_id', 'challenge_id', 'competence_id', 'is_neutralized')
    .whereIn('certification_course_id', ids)
    .orderBy(['certification_course_id', 'position']);
  const profiles = await knex('certification_course_competences')
    .select('certification_course_id', 'competence_id', 'level', 'pix')
    .whereIn('certification_course_id', ids)
    .orderBy(['certification_course_id', 'competence_id']);
  const byCourse = new Map(courses.map((c) => [c.id, { courseId: c.id, juryDecision: c.juryDecision, questions: [], results: new Map(), profile: [] } as CourseScoringFacts]));
  const byAssessment = new Map(courses.map((c) => [c.assessmentId, byCourse.get(c.id)!]));
  for (const q of questions) byCourse.get(q.certification_course_id)!.questions.push({ challengeId: q.challenge_id, competenceId: q.competence_id, isNeutralized: q.is_neutralized });
  for (const p of profiles) byCourse.get(p.certification_course_id)!.profile.push({ competenceId: p.competence_id, level: p.level, pix: p.pix });
  for (const a of answers) byAssessment.get(a.assessmentId)?.results.set(a.challengeId, a.result as QuestionResult);
  return [...byCourse.values()];
}

/** Every scoring of the run in one statement (one parameter: the rows as JSON). */
export async function insertScorings(em: EntityManager, scorings: readonly StoredScoring[], run: { trigger: ScoringTrigger; userId: number | null; now: Date }): Promise<void> {
  if (!scorings.length) return;
  const rows = scorings.map((s) => ({
    certification_course_id: s.courseId,
    status: s.status,
    reason: s.reason,
    pix_score: s.pixScore,
    correct: s.correct,
    counted: s.counted,
    reproducibility_rate: s.reproducibilityRate === null ? null : Math.round(s.reproducibilityRate * 10_000) / 10_000,
    competence_marks: s.competenceMarks,
  }));
  await knexOf(em).raw(
    `insert into certification_scorings (certification_course_id, status, reason, pix_score, correct, counted, reproducibility_rate, competence_marks, trigger, created_by_user_id, created_at)
     select r.certification_course_id, r.status, r.reason, r.pix_score, r.correct, r.counted, r.reproducibility_rate, r.competence_marks, ?, ?, ?
     from jsonb_to_recordset(?::jsonb) as r(certification_course_id int, status varchar, reason varchar, pix_score int, correct int, counted int, reproducibility_rate numeric, competence_marks jsonb)`,
    [run.trigger, run.userId, run.now, JSON.stringify(rows)],
  );
}

/**
 * Gives these courses their verification codes (those without one), in one statement; false when a
 * code is taken already (the caller draws again): the statement runs in a savepoint, so that the
 * transaction goes on.
 */
export async function setVerificationCodes(em: EntityManager, codes: readonly { courseId: number; code: string }[]): Promise<boolean> {
  if (!codes.length) return true;
  const knex = knexOf(em);
  await knex.raw('savepoint verification_codes');
  try {
    await knex.raw(
      `update certification_courses c set verification_code = v.code from jsonb_to_recordset(?::jsonb) as v(id int, code varchar)
       where c.id = v.id and c.verification_code is null`,
      [JSON.stringify(codes.map((c) => ({ id: c.courseId, code: c.code })))],
    );
    await knex.raw('release savepoint verification_codes');
    return true;
  } catch (error) {
    await knex.raw('rollback to savepoint verification_codes');
    if ((error as { code?: string }).code === '23505') return false;
    throw error;
  }
}
