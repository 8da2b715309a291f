import { randomInt } from 'node:crypto';
import type { Viewer } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError } from '../../../shared/domain/errors';
import {
  assertSessionEditable,
  validateSessionDetails,
  type CertificationSessionRow,
  type SessionSummaryRow,
} from '../domain/certification-session';
import { generateAccessCode, generateInvigilatorPassword, type RandomInt } from '../domain/session-codes';
import { assertCenterMember, assertCenterReader } from './center-access';
import type { CenterRole, CertificationCenterRow } from '../domain/certification-center';
import type { SessionManagementRepositories } from './session-management-repositories';

/** What reading and locking a session needs (enrolment's use cases give theirs). */
export type SessionReaders = Pick<SessionManagementRepositories, 'sessions' | 'centers' | 'memberships'>;

type SessionInput = { address?: string | null; room?: string | null; date?: string | null; time?: string | null; examiner?: string | null; description?: string | null };

const MAX_CODE_DRAWS = 20;

/** A member of the centre plans a session: its access code is drawn again until unique; its invigilator password is drawn once. */
export async function createCertificationSession(
  repositories: SessionManagementRepositories,
  deps: { clock: Clock; random?: RandomInt },
  viewer: Viewer,
  input: SessionInput & { certificationCenterId: number },
): Promise<CertificationSessionRow> {
  await assertCenterMember(repositories, viewer, input.certificationCenterId);
  const details = validateSessionDetails(input);
  const random = deps.random ?? randomInt;
  const invigilatorPassword = generateInvigilatorPassword(random);
  for (let draw = 0; draw < MAX_CODE_DRAWS; draw += 1) {
    const created = await repositories.sessions.tryCreate({
      ...details,
      certificationCenterId: input.certificationCenterId,
      accessCode: generateAccessCode(random),
      invigilatorPassword,
      createdByUserId: viewer.userId,
      now: deps.clock.now(),
    });
    if (created) return created;
  }
  throw new Error(`no free access code after ${MAX_CODE_DRAWS} draws`);
}

/** A session for a reader of its centre (its members and the reading staff); unknown and foreign sessions look the same to others. */
export async function getCertificationSession(
  repositories: SessionReaders,
  viewer: Viewer,
  sessionId: number,
): Promise<{ session: SessionSummaryRow; center: CertificationCenterRow; role: CenterRole | null }> {
  const session = await repositories.sessions.findSummary(sessionId);
  if (!session) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
  const { center, role } = await assertCenterReader(repositories, viewer, session.certificationCenterId);
  return { session, center, role };
}

/**
 * A session that a member of its centre may still change (details, candidates): in the caller's
 * transaction, the session row locked so that a candidate joining meanwhile is seen.
 */
export async function editableSessionForMember(
  repositories: SessionReaders,
  viewer: Viewer,
  sessionId: number,
): Promise<{ session: SessionSummaryRow; center: CertificationCenterRow }> {
  const session = await repositories.sessions.findSummary(sessionId);
  if (!session) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
  const { center } = await assertCenterMember(repositories, viewer, session.certificationCenterId);
  const locked = (await repositories.sessions.lockSummary(sessionId))!;
  assertSessionEditable(locked);
  return { session: locked, center };
}

export async function updateCertificationSession(
  repositories: SessionManagementRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: SessionInput & { sessionId: number },
): Promise<SessionSummaryRow> {
  const details = validateSessionDetails(input);
  return repositories.transaction(async (tx) => {
    await editableSessionForMember(tx, viewer, input.sessionId);
    await tx.sessions.update(input.sessionId, details, deps.clock.now());
    return (await tx.sessions.findSummary(input.sessionId))!;
  });
}

/** Deleting a session removes its candidates: refused once one of them joined. */
export async function deleteCertificationSession(repositories: SessionManagementRepositories, viewer: Viewer, sessionId: number): Promise<boolean> {
  return repositories.transaction(async (tx) => {
    await editableSessionForMember(tx, viewer, sessionId);
    await tx.sessions.delete(sessionId);
    return true;
  });
}

export async function listSessionsOfCenter(
  repositories: SessionReaders,
  viewer: Viewer,
  centerId: number,
  page: { limit: number; offset: number },
): Promise<{ rows: SessionSummaryRow[]; totalCount: number; center: CertificationCenterRow; role: CenterRole | null }> {
  const { center, role } = await assertCenterReader(repositories, viewer, centerId);
  return { ...(await repositories.sessions.pageOfCenter(centerId, page)), center, role };
}

export async function getCertificationCenter(repositories: SessionReaders, viewer: Viewer, centerId: number) {
  return assertCenterReader(repositories, viewer, centerId);
}
