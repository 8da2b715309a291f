import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../learning-content';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { skillsUpToLevel } from './database-builder';

/**
 * A certification test as taken (the tests, the demo, the benchmark): the candidate joined with their
 * account, the questions (up to three per competence, the highest skills first), the profile of the
 * moment and the answers, written through the tables the application reads. Joining and answering
 * themselves are part 1's (api/test/acceptance/certification-test.test.ts); what follows the test
 * (finalisation, scoring, the jury, publication) goes through the use cases.
 */
export type TakenAnswer = 'ok' | 'ko' | 'skipped' | null;

export interface TakenCertificationSeed {
  sessionId: number;
  candidateId: number;
  userId: number;
  /** The first competences of the framework (6 by default). */
  competences?: number;
  /** The level of the profile in each (2 by default). */
  level?: number;
  /** The answer to question n (from 0): right by default; null leaves it unanswered. */
  answer?: (n: number) => TakenAnswer;
  /** The test ended (COMPLETED) or still running (finalisation ends it). */
  ended?: boolean;
  startedAt?: Date;
  /** A problem the candidate reported on question n (from 0), and the invigilator's answer (accepted: the question is neutralised). */
  problemReport?: { question: number; category: string; accepted: boolean };
}

export interface TakenCertification {
  courseId: number;
  assessmentId: number;
  challengeIds: string[];
}

/** The questions of a test: up to three per competence, from the highest validated skills, one challenge each. */
export function certificationQuestions(content: LearningContent, competences: number, level: number) {
  return content.competences.slice(0, competences).flatMap((competence) =>
    skillsUpToLevel(content, competence.id, level)
      .map((id) => content.skill(id)!)
      .sort((a, b) => b.level - a.level)
      .filter((skill) => content.challengesOf(skill.id).length > 0)
      .slice(0, 3)
      .map((skill) => ({ skillId: skill.id, competenceId: competence.id, challengeId: content.challengesOf(skill.id)[0].id })),
  );
}

export async function buildTakenCertification(em: EntityManager, content: LearningContent, seed: TakenCertificationSeed): Promise<TakenCertification> {
  const knex = knexOf(em);
  const level = seed.level ?? 2;
  const questions = certificationQuestions(content, seed.competences ?? 6, level);
  const startedAt = seed.startedAt ?? new Date(Date.now() - 2 * 3600 * 1000);
  const endedAt = seed.ended === false ? null : new Date(startedAt.getTime() + 40 * 60 * 1000);
  await knex('certification_candidates').where({ id: seed.candidateId }).update({ user_id: seed.userId, joined_at: startedAt });
  // A test in progress is on its first unanswered question.
  const current = endedAt ? null : (questions.find((_, n) => (seed.answer ? seed.answer(n) : 'ok') === null)?.challengeId ?? null);
  const [assessment] = await knex('assessments')
    .insert({ user_id: seed.userId, type: 'CERTIFICATION', locale: 'fr', state: endedAt ? 'COMPLETED' : 'STARTED', current_challenge_id: current, created_at: startedAt, updated_at: startedAt, completed_at: endedAt })
    .returning(['id']);
  const [course] = await knex('certification_courses')
    .insert({
      candidate_id: seed.candidateId,
      session_id: seed.sessionId,
      user_id: seed.userId,
      assessment_id: assessment.id,
      state: endedAt ? 'ENDED' : 'STARTED',
      started_at: startedAt,
      ends_at: new Date(startedAt.getTime() + 105 * 60 * 1000),
      ended_at: endedAt,
      end_reason: endedAt ? 'COMPLETED' : null,
      created_at: startedAt,
      updated_at: endedAt ?? startedAt,
    })
    .returning(['id']);
  const competenceIds = [...new Set(questions.map((q) => q.competenceId))];
  await knex('certification_course_competences').insert(competenceIds.map((competence_id) => ({ certification_course_id: course.id, competence_id, level, pix: level * 8 })));
  await knex('certification_challenges').insert(
    questions.map((q, position) => ({ certification_course_id: course.id, position, challenge_id: q.challengeId, skill_id: q.skillId, competence_id: q.competenceId })),
  );
  const answers = questions
    .map((q, n) => ({ q, result: seed.answer ? seed.answer(n) : 'ok' }))
    .filter((a): a is { q: (typeof questions)[number]; result: 'ok' | 'ko' | 'skipped' } => a.result !== null)
    .map(({ q, result }, i) => ({
      assessment_id: assessment.id,
      challenge_id: q.challengeId,
      value: result === 'skipped' ? '#ABAND#' : result === 'ok' ? 'réponse juste' : 'réponse fausse',
      result,
      idempotency_key: randomUUID(),
      time_spent_seconds: 60,
      created_at: new Date(startedAt.getTime() + (i + 1) * 60 * 1000),
    }));
  if (answers.length) await knex('answers').insert(answers);
  if (seed.problemReport) {
    const { question, category, accepted } = seed.problemReport;
    const at = new Date(startedAt.getTime() + (question + 1) * 60 * 1000);
    await knex('certification_problem_reports').insert({
      certification_course_id: course.id,
      challenge_id: questions[question].challengeId,
      question_number: question + 1,
      category,
      status: accepted ? 'ACCEPTED' : 'REFUSED',
      created_at: at,
      resolved_at: at,
    });
    if (accepted)
      await knex('certification_challenges').where({ certification_course_id: course.id, position: question }).update({ is_neutralized: true, neutralized_by: 'PROBLEM_REPORT' });
  }
  return { courseId: course.id, assessmentId: assessment.id, challengeIds: questions.map((q) => q.challengeId) };
}
