import { randomInt } from 'node:crypto';
import { buildCertificationCandidate, buildCertificationCenter, buildCertificationSession } from '../../src/seeds/certification-builder';
import { buildUser } from '../../src/seeds/database-builder';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { logIn } from './certification-fixtures';
import type { TestApi } from './test-api';

/**
 * Certificates in the state the results' other parts leave them (the rows only): a session finalised
 * then published, a candidate's ended course with its verification code, its scoring runs (the latest
 * one stands), and what the jury or an unpublication changes afterwards.
 */
const CODE_CHARACTERS = '2346789BCDFGHJKMPQRTVWXY';
const verificationCode = () => `P-${Array.from({ length: 8 }, () => CODE_CHARACTERS[randomInt(CODE_CHARACTERS.length)]).join('')}`;

export interface PublishedCertificate {
  courseId: number;
  sessionId: number;
  verificationCode: string;
  pixScore: number;
  holder: { id: number; email: string | null; password: string; token: string };
}

/** The framework's first competences (id and code), as the scoring names them. */
async function firstCompetences(api: TestApi, count: number): Promise<{ id: string; code: string }[]> {
  const rows: { id: string; code: string }[] = await knexOf(api.platform.services.orm.em.fork())('competences').select('id', 'code');
  const byCode = (code: string) => code.split('.').map(Number);
  return rows.sort((a, b) => byCode(a.code)[0] - byCode(b.code)[0] || byCode(a.code)[1] - byCode(b.code)[1]).slice(0, count);
}

/** A scoring run of the course (the latest row stands). */
export async function addScoring(
  api: TestApi,
  courseId: number,
  scoring: { status: 'VALIDATED' | 'REJECTED' | 'CANCELLED'; pixScore: number; marks: { competenceId: string; level: number; pix: number }[]; trigger?: 'FINALIZATION' | 'JURY' },
): Promise<void> {
  await knexOf(api.platform.services.orm.em.fork())('certification_scorings').insert({
    certification_course_id: courseId,
    status: scoring.status,
    reason: scoring.status === 'VALIDATED' ? null : scoring.status === 'CANCELLED' ? 'JURY' : 'LOW_REPRODUCIBILITY',
    pix_score: scoring.pixScore,
    correct: 12,
    counted: 15,
    reproducibility_rate: 0.8,
    competence_marks: JSON.stringify(
      scoring.marks.map((mark) => ({ competenceId: mark.competenceId, questions: 3, correct: 3, neutralized: 0, outcome: mark.level > 0 ? 'V' : 'U', level: mark.level, pix: mark.pix })),
    ),
    trigger: scoring.trigger ?? 'FINALIZATION',
  });
}

/**
 * A published certificate of a new learner: levels 3, 2, 4 in the framework's first three competences
 * (72 pix) unless told otherwise; `status` is the latest scoring's, `published` whether the session is.
 */
export async function publishedCertificate(
  api: TestApi,
  options: { firstName?: string; lastName?: string; levels?: number[]; status?: 'VALIDATED' | 'REJECTED' | 'CANCELLED'; published?: boolean } = {},
): Promise<PublishedCertificate> {
  const em = api.platform.services.orm.em.fork();
  const knex = knexOf(em);
  const firstName = options.firstName ?? 'Léa';
  const lastName = options.lastName ?? 'Dupont';
  const user = await buildUser(em, { firstName, lastName });
  const centre = await buildCertificationCenter(em, { name: 'Centre Pro Formation', type: 'PRO' });
  const session = await buildCertificationSession(em, { certificationCenterId: centre.id, date: '2026-11-30', time: '09:00', state: 'FINALIZED' });
  const candidate = await buildCertificationCandidate(em, { sessionId: session.id, firstName, lastName, birthdate: '2008-05-12' });
  await knex('certification_candidates').where({ id: candidate.id }).update({ user_id: user.id, joined_at: new Date('2026-11-30T08:05:00Z'), authorized_to_start: true });
  const [assessment] = await knex('assessments').insert({ user_id: user.id, type: 'CERTIFICATION', state: 'COMPLETED', locale: 'fr' }).returning(['id']);
  const code = verificationCode();
  const [course] = await knex('certification_courses')
    .insert({
      candidate_id: candidate.id,
      session_id: session.id,
      user_id: user.id,
      assessment_id: assessment.id,
      state: 'ENDED',
      started_at: new Date('2026-11-30T08:10:00Z'),
      ends_at: new Date('2026-11-30T09:55:00Z'),
      ended_at: new Date('2026-11-30T09:30:00Z'),
      end_reason: 'COMPLETED',
      verification_code: code,
    })
    .returning(['id']);
  const levels = options.levels ?? [3, 2, 4];
  const competences = await firstCompetences(api, levels.length);
  const marks = competences.map((competence, i) => ({ competenceId: competence.id, level: levels[i], pix: levels[i] * 8 }));
  const pixScore = marks.reduce((sum, mark) => sum + mark.pix, 0);
  await addScoring(api, course.id, { status: options.status ?? 'VALIDATED', pixScore: options.status && options.status !== 'VALIDATED' ? 0 : pixScore, marks });
  if (options.published ?? true)
    await knex('certification_sessions').where({ id: session.id }).update({ state: 'PROCESSED', published_at: new Date('2026-12-03T10:00:00Z') });
  return { courseId: course.id, sessionId: session.id, verificationCode: code, pixScore, holder: { ...user, token: await logIn(api, user) } };
}

/** The jury cancels the certificate after publication: a newer CANCELLED scoring run, as the jury's use case writes it. */
export async function cancelByJury(api: TestApi, courseId: number): Promise<void> {
  await knexOf(api.platform.services.orm.em.fork())('certification_courses').where({ id: courseId }).update({ jury_decision: 'CANCELLED' });
  await addScoring(api, courseId, { status: 'CANCELLED', pixScore: 0, marks: [], trigger: 'JURY' });
}

export async function unpublishSession(api: TestApi, sessionId: number): Promise<void> {
  await knexOf(api.platform.services.orm.em.fork())('certification_sessions').where({ id: sessionId }).update({ state: 'IN_PROCESS', published_at: null });
}

/** A member of the platform's team, logged in. */
export async function staffMember(api: TestApi, platformRole: 'SUPER_ADMIN' | 'SUPPORT' | 'METIER' | 'CERTIF') {
  const user = await buildUser(api.platform.services.orm.em.fork(), { firstName: 'Équipe', lastName: platformRole, platformRole });
  return { ...user, token: await logIn(api, user) };
}
