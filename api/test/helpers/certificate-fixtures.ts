import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../src/learning-content';
import { buildCertificationCandidate, buildCertificationSession, type CertificationCandidateSeed } from '../../src/seeds/certification-builder';
import { buildUser } from '../../src/seeds/database-builder';
import { generateVerificationCode } from '../../src/certification/results/domain/verification-code';
import type { CertificationStatus, CompetenceMark } from '../../src/certification/results/domain/scoring';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';

/**
 * Fixtures of the certificates' tests: the state the scoring and the jury leave (certification/results
 * READS it): ended courses with their verification code, scoring runs (the latest stands), published
 * sessions. Written in SQL, as the jury's code does, on top of certification-fixtures.ts.
 */

/** One mark per competence given (level > 0: validated at that level, 8 pix a level). */
export function marksOf(levels: Record<string, number>): CompetenceMark[] {
  return Object.entries(levels).map(([competenceId, level]) => ({
    competenceId,
    questions: 3,
    correct: level > 0 ? 3 : 0,
    neutralized: 0,
    outcome: level > 0 ? 'V' : 'U',
    level,
    pix: level * 8,
  }));
}

/** Levels for the first competences of the framework: [3, 2, 4] → the 1st at 3, the 2nd at 2… */
export function levelsOf(content: LearningContent, levels: number[]): Record<string, number> {
  return Object.fromEntries(levels.map((level, i) => [content.competences[i].id, level]));
}

export const randomVerificationCode = () => generateVerificationCode(randomInt);

/** A scoring run of a course (the latest id stands). */
export async function addScoring(em: EntityManager, courseId: number, status: CertificationStatus, marks: CompetenceMark[], trigger: 'FINALIZATION' | 'JURY' = 'FINALIZATION') {
  const pix = status === 'VALIDATED' ? marks.reduce((sum, m) => sum + m.pix, 0) : 0;
  await knexOf(em)('certification_scorings').insert({
    certification_course_id: courseId,
    status,
    reason: status === 'VALIDATED' ? null : status === 'CANCELLED' ? 'TOO_MANY_NEUTRALIZED' : 'LOW_REPRODUCIBILITY',
    pix_score: pix,
    correct: 10,
    counted: 12,
    reproducibility_rate: 0.8333,
    competence_marks: JSON.stringify(marks),
    trigger,
  });
}

export interface CourseSeed {
  sessionId: number;
  candidateId: number;
  userId: number;
  status?: CertificationStatus | null;
  marks?: CompetenceMark[];
  verificationCode?: string;
  commentForCandidate?: string | null;
  commentForOrganization?: string | null;
}

/** An ended certification course of the candidate (their account joined), with its scoring when a status is given. */
export async function buildScoredCourse(em: EntityManager, seed: CourseSeed): Promise<{ courseId: number; verificationCode: string }> {
  const knex = knexOf(em);
  const now = new Date();
  await knex('certification_candidates').where({ id: seed.candidateId }).update({ user_id: seed.userId, joined_at: now, authorized_to_start: true });
  const [assessment] = await knex('assessments').insert({ user_id: seed.userId, type: 'CERTIFICATION', state: 'COMPLETED', completed_at: now }).returning(['id']);
  const verificationCode = seed.verificationCode ?? randomVerificationCode();
  const [course] = await knex('certification_courses')
    .insert({
      candidate_id: seed.candidateId,
      session_id: seed.sessionId,
      user_id: seed.userId,
      assessment_id: assessment.id,
      state: 'ENDED',
      started_at: now,
      ended_at: now,
      end_reason: 'COMPLETED',
      verification_code: verificationCode,
      jury_comment_for_candidate: seed.commentForCandidate ?? null,
      jury_comment_for_organization: seed.commentForOrganization ?? null,
    })
    .returning(['id']);
  if (seed.status) await addScoring(em, course.id, seed.status, seed.marks ?? []);
  return { courseId: course.id, verificationCode };
}

/** A finalised session of the centre (yesterday by default). */
export async function finalizedSession(em: EntityManager, centreId: number, date = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10)) {
  return buildCertificationSession(em, { certificationCenterId: centreId, date, state: 'FINALIZED' });
}

/** The session's results published (the jury's last step). */
export async function publishSession(em: EntityManager, sessionId: number, at = new Date()) {
  await knexOf(em)('certification_sessions').where({ id: sessionId }).update({ published_at: at, state: 'PROCESSED' });
}

/**
 * A candidate of the session with their own account and a scored course: the usual case of the tests.
 * `identity` defaults to a fresh learner.
 */
export async function certifiedCandidate(
  em: EntityManager,
  sessionId: number,
  course: Omit<CourseSeed, 'sessionId' | 'candidateId' | 'userId'>,
  identity: Partial<Omit<CertificationCandidateSeed, 'sessionId'>> & { userId?: number } = {},
) {
  const firstName = identity.firstName ?? 'Léa';
  const lastName = identity.lastName ?? 'Dupont';
  const user = identity.userId ? { id: identity.userId } : await buildUser(em, { firstName, lastName });
  const { userId: _ignored, ...candidateSeed } = identity;
  const candidate = await buildCertificationCandidate(em, { birthdate: '2008-05-12', ...candidateSeed, firstName, lastName, sessionId });
  return { userId: user.id, candidateId: candidate.id, ...(await buildScoredCourse(em, { ...course, sessionId, candidateId: candidate.id, userId: user.id })) };
}
