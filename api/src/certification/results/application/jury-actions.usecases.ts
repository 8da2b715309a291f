import type { AuditAction } from '../../../audit-log';
import { checkCandidate, type CandidateInput } from '../../enrolment';
import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { assertJuryMayAct, JURY_COMMENT_MAX, type JuryAction, type JuryDecision } from '../domain/jury';
import type { CourseForJury, ScoringRow } from '../domain/jury-views';
import { asScoredCourse } from '../infrastructure/jury-courses.repository';
import { readCertificationForJury, type CertificationForJury } from './certification-course-for-jury.usecase';
import type { ResultsDependencies } from './dependencies';
import { assertJury } from './jury-access';
import { recordJuryAudit } from './jury-audit';
import type { ResultsRepositories } from './results-repositories';
import { scoreCourses } from './score-courses';

type Snapshot = Record<string, unknown>;
interface Change {
  action: JuryAction;
  audit: AuditAction;
  before: Snapshot;
  after: Snapshot;
  /** The score may change: the course is scored again (trigger JURY). */
  rescore: boolean;
}

const scoreSnapshot = (scoring: ScoringRow | null) => (scoring ? { status: scoring.status, reason: scoring.reason, pixScore: scoring.pixScore } : { status: null });

/**
 * One jury action on a certification, in one transaction: the course locked (two jury members act one
 * after the other; a publication waits), the session finalised and not published, the change, the new
 * scoring when the score may change, the history row and the audit entry. Returns the certification as read after.
 */
async function actOnCourse(
  repositories: ResultsRepositories,
  deps: ResultsDependencies,
  viewer: Viewer | null,
  courseId: number,
  change: (trepositories: ResultsRepositories, course: CourseForJury, now: Date) => Promise<Change>,
): Promise<CertificationForJury> {
  const jury = assertJury(viewer);
  await repositories.transaction(async (tx) => {
    const course = await tx.juryCourses.byId(courseId, { lock: true });
    if (!course) throw new NotFoundError('certificationJury.errors.courseUnknown');
    assertJuryMayAct(course.sessionState);
    const now = deps.clock.now();
    const done = await change(tx, course, now);
    let { before, after } = done;
    if (done.rescore) {
      const previous = await tx.juryCourses.latestScoring(course.id);
      const changed = (await tx.juryCourses.byId(course.id))!;
      const [scoring] = await scoreCourses(tx, deps, [asScoredCourse(changed)], { trigger: 'JURY', userId: jury.userId, now });
      before = { ...before, ...scoreSnapshot(previous) };
      after = { ...after, status: scoring.status, reason: scoring.reason, pixScore: scoring.pixScore };
    }
    await tx.juryActions.insert({ sessionId: course.sessionId, courseId: course.id, action: done.action, actorUserId: jury.userId, before, after, now });
    await recordJuryAudit(tx, jury, { action: done.audit, sessionId: course.sessionId, courseId: course.id, before, after });
  });
  return readCertificationForJury(repositories, courseId);
}

async function setNeutralization(repositories: ResultsRepositories, deps: ResultsDependencies, viewer: Viewer | null, request: { courseId: number; challengeId: string }, neutralized: boolean) {
  return actOnCourse(repositories, deps, viewer, request.courseId, async (tx, course) => {
    const question = (await tx.juryCourses.questions(course.id)).find((q) => q.challengeId === request.challengeId);
    if (!question) throw new BadUserInputError('challengeId', 'certificationJury.errors.challengeNotInCourse', { courseId: course.id });
    if (question.isNeutralized === neutralized)
      throw new BadUserInputError('challengeId', neutralized ? 'certificationJury.errors.alreadyNeutralized' : 'certificationJury.errors.notNeutralized', { number: question.position + 1 });
    await tx.juryCourses.setNeutralized(course.id, request.challengeId, neutralized);
    const state = (isNeutralized: boolean, by: string | null) => ({ challengeId: request.challengeId, questionNumber: question.position + 1, isNeutralized, neutralizedBy: by });
    return {
      action: neutralized ? 'CHALLENGE_NEUTRALIZED' : 'CHALLENGE_DENEUTRALIZED',
      audit: neutralized ? 'CERTIFICATION_CHALLENGE_NEUTRALIZED' : 'CERTIFICATION_CHALLENGE_DENEUTRALIZED',
      before: state(question.isNeutralized, question.neutralizedBy),
      after: state(neutralized, neutralized ? 'JURY' : null),
      rescore: true,
    };
  });
}

/** The jury neutralises a question of the certification (it no longer counts): scored again at once. */
export const neutralizeChallenge = (repositories: ResultsRepositories, deps: ResultsDependencies, viewer: Viewer | null, request: { courseId: number; challengeId: string }) =>
  setNeutralization(repositories, deps, viewer, request, true);

/** The jury counts a neutralised question again (whoever neutralised it): scored again at once. */
export const deneutralizeChallenge = (repositories: ResultsRepositories, deps: ResultsDependencies, viewer: Viewer | null, request: { courseId: number; challengeId: string }) =>
  setNeutralization(repositories, deps, viewer, request, false);

const DECISIONS: Record<'cancel' | 'uncancel' | 'reject' | 'unreject', { from: JuryDecision | null; to: JuryDecision | null; action: JuryAction; audit: AuditAction; error: string }> = {
  cancel: { from: null, to: 'CANCELLED', action: 'CERTIFICATION_CANCELLED', audit: 'CERTIFICATION_CANCELLED', error: 'certificationJury.errors.decisionTaken' },
  uncancel: { from: 'CANCELLED', to: null, action: 'CERTIFICATION_UNCANCELLED', audit: 'CERTIFICATION_UNCANCELLED', error: 'certificationJury.errors.notCancelled' },
  reject: { from: null, to: 'REJECTED_FOR_FRAUD', action: 'CERTIFICATION_REJECTED', audit: 'CERTIFICATION_REJECTED_FOR_FRAUD', error: 'certificationJury.errors.decisionTaken' },
  unreject: { from: 'REJECTED_FOR_FRAUD', to: null, action: 'CERTIFICATION_UNREJECTED', audit: 'CERTIFICATION_UNREJECTED', error: 'certificationJury.errors.notRejected' },
};

/**
 * The jury's decision on a certification: cancel it, reject it for fraud (from no decision), or undo
 * the decision taken. The scoring that follows carries it (CANCELLED; REJECTED, reason FRAUD, 0 pix).
 */
export function decideCertification(repositories: ResultsRepositories, deps: ResultsDependencies, viewer: Viewer | null, courseId: number, decision: keyof typeof DECISIONS) {
  const rule = DECISIONS[decision];
  return actOnCourse(repositories, deps, viewer, courseId, async (tx, course, now) => {
    if (course.juryDecision !== rule.from) throw new BadUserInputError('id', rule.error);
    await tx.juryCourses.setDecision(course.id, rule.to, now);
    return { action: rule.action, audit: rule.audit, before: { juryDecision: course.juryDecision }, after: { juryDecision: rule.to }, rescore: true };
  });
}

function comment(value: string | null | undefined, field: string): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > JURY_COMMENT_MAX) throw new BadUserInputError(field, 'errors.field.tooLong', { max: JURY_COMMENT_MAX });
  return trimmed || null;
}

/** The jury's comments: for the candidate (on the certificate's page) and for the organisation (the school's results). Empty: none; not given: unchanged. */
export function updateJuryComments(
  repositories: ResultsRepositories,
  deps: ResultsDependencies,
  viewer: Viewer | null,
  request: { courseId: number; commentForCandidate?: string | null; commentForOrganization?: string | null },
) {
  const forCandidate = request.commentForCandidate === undefined ? undefined : comment(request.commentForCandidate, 'commentForCandidate');
  const forOrganization = request.commentForOrganization === undefined ? undefined : comment(request.commentForOrganization, 'commentForOrganization');
  return actOnCourse(repositories, deps, viewer, request.courseId, async (tx, course, now) => {
    const after = {
      commentForCandidate: forCandidate === undefined ? course.commentForCandidate : forCandidate,
      commentForOrganization: forOrganization === undefined ? course.commentForOrganization : forOrganization,
    };
    await tx.juryCourses.setComments(course.id, { forCandidate: after.commentForCandidate, forOrganization: after.commentForOrganization }, now);
    return {
      action: 'JURY_COMMENTS_UPDATED',
      audit: 'CERTIFICATION_JURY_COMMENTS_UPDATED',
      before: { commentForCandidate: course.commentForCandidate, commentForOrganization: course.commentForOrganization },
      after,
      rescore: false,
    };
  });
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * "Modifier les informations du candidat" (incident C1, C2): names, sex, birth date and place, extra
 * time of the certification's candidate, checked as a centre's form is (enrolment's rules).
 */
export function updateCertificationCandidateInformation(
  repositories: ResultsRepositories,
  deps: ResultsDependencies,
  viewer: Viewer | null,
  request: { courseId: number } & Omit<CandidateInput, 'resultRecipientEmail' | 'externalId'>,
) {
  return actOnCourse(repositories, deps, viewer, request.courseId, async (tx, course, now) => {
    // Extra time not given: unchanged.
    const checked = checkCandidate({ ...request, extraTimePercentage: request.extraTimePercentage ?? course.candidate.extraTimePercentage }, today(now));
    if (!checked.candidate) {
      const [first] = checked.problems;
      throw new BadUserInputError(first.field, first.key, first.params);
    }
    const valid = checked.candidate;
    const pick = (c: Omit<typeof valid, 'resultRecipientEmail' | 'externalId'> | CourseForJury['candidate']) => ({
      firstName: c.firstName,
      lastName: c.lastName,
      birthdate: c.birthdate,
      sex: c.sex,
      birthCity: c.birthCity,
      birthInseeCode: c.birthInseeCode,
      birthPostalCode: c.birthPostalCode,
      birthCountry: c.birthCountry,
      extraTimePercentage: c.extraTimePercentage,
    });
    await tx.juryCourses.updateCandidate(course.candidate.id, pick(valid), now);
    return { action: 'CANDIDATE_INFORMATION_UPDATED', audit: 'CERTIFICATION_CANDIDATE_INFORMATION_UPDATED', before: pick(course.candidate), after: pick(valid), rescore: false };
  });
}
