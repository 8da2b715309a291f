import type { LearningContent } from '../../../learning-content';
import { BadUserInputError } from '../../../shared/domain/errors';
import { scoreCompetence } from '../../../shared/domain/pix-score';
import { throttleRules } from '../../../shared/domain/throttle-policy';
import { matchingCandidates } from '../domain/candidate-identity';
import {
  AlreadyTakenError,
  CandidateNotFoundError,
  CandidateOfOtherAccountError,
  NotCertifiableError,
  SessionFinalizedError,
  WrongAccessCodeError,
} from '../domain/certification-errors';
import type { CourseRow } from '../domain/course';
import { buildCertificationTest, type BuiltTest, type CompetenceSnapshot, type DirectlyValidatedSkill } from '../domain/test-builder';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';
import { publishActivity } from './session-activity';

export interface JoinRequest {
  userId: number;
  sessionNumber: string;
  firstName: string;
  lastName: string;
  birthdate: string;
  accessCode: string;
  locale: string;
  /** The caller's address, as throttles count it. */
  address: string;
}

function validate(request: JoinRequest): number {
  const sessionId = Number(request.sessionNumber.trim());
  if (!/^\d{1,10}$/.test(request.sessionNumber.trim()) || !Number.isSafeInteger(sessionId)) throw new BadUserInputError('sessionNumber', 'errors.certificationTest.candidateNotFound');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.birthdate)) throw new BadUserInputError('birthdate', 'errors.certificationTest.candidateNotFound');
  if (!request.firstName.trim() || !request.lastName.trim() || request.firstName.length > 255 || request.lastName.length > 255) {
    throw new BadUserInputError('firstName', 'errors.certificationTest.candidateNotFound');
  }
  if (request.accessCode.length > 32) throw new BadUserInputError('accessCode', 'errors.certificationTest.wrongAccessCode');
  return sessionId;
}

/** The learner's profile now, and the test it gives (domain.md "Certification", the test). */
export async function buildTestOf(repositories: Pick<CertificationRepositories, 'tests'>, content: LearningContent, request: { userId: number; locale: string; pick: (n: number) => number }): Promise<BuiltTest> {
  const knowledge = await repositories.tests.knowledgeOf(request.userId);
  const earned = new Map<string, number[]>();
  const skills: DirectlyValidatedSkill[] = [];
  for (const ke of knowledge) {
    if (ke.status !== 'validated') continue;
    earned.set(ke.competenceId, [...(earned.get(ke.competenceId) ?? []), ke.earnedPix]);
    const skill = content.skill(ke.skillId);
    if (ke.source === 'direct' && skill) {
      skills.push({ skillId: skill.id, competenceId: skill.competenceId, tubeId: skill.tubeId, level: skill.level, succeededChallengeId: ke.challengeId });
    }
  }
  const competences: CompetenceSnapshot[] = content.competences.map((c) => {
    const score = scoreCompetence(c.id, earned.get(c.id) ?? []);
    return { competenceId: c.id, level: score.level, pix: score.pixScore };
  });
  return buildCertificationTest({
    competences,
    skills,
    // A challenge the API cannot show (no public id) is never asked.
    challengesOf: (skillId) => content.challengesOf(skillId).filter((c) => c.publicId),
    locale: request.locale,
    pick: request.pick,
  });
}

/**
 * A logged-in learner joins a session as one of its candidates (domain.md "Certification", joining):
 * session number + identity (compared without accents, case or punctuation) + the access code. Every
 * attempt counts on the session's and the address's throttles first; success gives it back. Unknown
 * session and identity not matching get the same refusal. A school's pupil joins only with the account
 * their pupil record is linked to. The test is built now, from the profile now, and the candidate waits
 * for the invigilator's authorisation. Joining again while the test goes on returns it and waits for a
 * new authorisation (the resume); an ended test cannot be joined again.
 */
export async function joinCertificationSession(repositories: CertificationRepositories, deps: CertificationDependencies, request: JoinRequest): Promise<CourseRow> {
  const sessionId = validate(request);
  const rules = throttleRules(deps.throttle);
  const admission = await repositories.throttle.admit(
    { rule: rules.certificationAccessCodeSession, key: `session:${sessionId}` },
    { rule: rules.certificationAccessCodeAddress, key: request.address },
  );
  const session = await repositories.sessions.find(sessionId);
  const matches = session ? matchingCandidates(request, await repositories.sessions.candidatesOf(sessionId)) : [];
  if (!session || matches.length !== 1) throw new CandidateNotFoundError();
  if (session.accessCode !== request.accessCode.trim().toUpperCase()) throw new WrongAccessCodeError();
  await admission.succeeded();
  const [candidate] = matches;
  if (session.state !== 'CREATED') throw new SessionFinalizedError();
  if (candidate.userId !== null && candidate.userId !== request.userId) throw new CandidateOfOtherAccountError();
  if (candidate.organizationLearnerId !== null && (await repositories.sessions.accountOfLearner(candidate.organizationLearnerId)) !== request.userId) {
    throw new CandidateOfOtherAccountError();
  }
  const now = deps.clock.now();
  const existing = await repositories.courses.ofCandidate(candidate.id);
  if (existing) return resume(repositories, deps, existing, request.userId, now);

  const built = await buildTestOf(repositories, deps.content(), { userId: request.userId, locale: request.locale, pick: deps.pick });
  if (built.kind === 'not-certifiable') throw new NotCertifiableError(built.certifiableCompetencesCount, built.reason);
  let created: CourseRow | null;
  try {
    created = await repositories.transaction(async (tx) => {
      // Seen again under lock: a finalisation or an edit of the session committed meanwhile wins.
      if ((await tx.sessions.lockForJoining(sessionId)) !== 'CREATED') throw new SessionFinalizedError();
      await tx.sessions.findCandidate(candidate.id, { forUpdate: true });
      if (await tx.courses.ofCandidate(candidate.id)) return null; // another tab joined first
      await tx.sessions.markJoined(candidate.id, request.userId, now);
      const assessment = await tx.tests.create({ userId: request.userId, locale: request.locale, firstChallengeId: built.challenges[0].challengeId, now });
      return tx.courses.create({ candidateId: candidate.id, sessionId, userId: request.userId, assessmentId: assessment.id, competences: built.competences, challenges: built.challenges, now });
    });
  } catch (error) {
    // This account already joined the session as another candidate.
    if (repositories.isUniqueViolation(error)) throw new CandidateOfOtherAccountError();
    throw error;
  }
  const course = created ?? (await repositories.courses.ofCandidate(candidate.id))!;
  publishActivity(deps.events, { sessionId, candidateId: candidate.id, kind: 'JOINED', at: now }, deps.onError);
  return course;
}

async function resume(repositories: CertificationRepositories, deps: CertificationDependencies, course: CourseRow, userId: number, now: Date): Promise<CourseRow> {
  if (course.state === 'ENDED') throw new AlreadyTakenError();
  await repositories.sessions.markJoined(course.candidateId, userId, now);
  publishActivity(deps.events, { sessionId: course.sessionId, candidateId: course.candidateId, kind: 'JOINED', at: now }, deps.onError);
  return course;
}
