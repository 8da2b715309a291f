import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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
import { CertificationSessionRepository } from '../infrastructure/certification-session.repository';
import { assertCenterMember, assertCenterReader } from './center-access';
import type { CenterRole, CertificationCenterRow } from '../domain/certification-center';

type SessionInput = { address?: string | null; room?: string | null; date?: string | null; time?: string | null; examiner?: string | null; description?: string | null };

const MAX_CODE_DRAWS = 20;

/** A member of the centre plans a session: its access code is drawn again until unique; its invigilator password is drawn once. */
export async function createCertificationSession(
  em: EntityManager,
  deps: { clock: Clock; random?: RandomInt },
  viewer: Viewer,
  input: SessionInput & { certificationCenterId: number },
): Promise<CertificationSessionRow> {
  await assertCenterMember(em, viewer, input.certificationCenterId);
  const details = validateSessionDetails(input);
  const random = deps.random ?? randomInt;
  const invigilatorPassword = generateInvigilatorPassword(random);
  const sessions = new CertificationSessionRepository(em);
  for (let draw = 0; draw < MAX_CODE_DRAWS; draw += 1) {
    const created = await sessions.tryCreate({
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
  em: EntityManager,
  viewer: Viewer,
  sessionId: number,
): Promise<{ session: SessionSummaryRow; center: CertificationCenterRow; role: CenterRole | null }> {
  const session = await new CertificationSessionRepository(em).findSummary(sessionId);
  if (!session) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
  const { center, role } = await assertCenterReader(em, viewer, session.certificationCenterId);
  return { session, center, role };
}

/**
 * A session that a member of its centre may still change (details, candidates): in the caller's
 * transaction, the session row locked so that a candidate joining meanwhile is seen.
 */
export async function editableSessionForMember(
  em: EntityManager,
  viewer: Viewer,
  sessionId: number,
): Promise<{ session: SessionSummaryRow; center: CertificationCenterRow }> {
  const session = await new CertificationSessionRepository(em).findSummary(sessionId);
  if (!session) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
  const { center } = await assertCenterMember(em, viewer, session.certificationCenterId);
  const locked = (await new CertificationSessionRepository(em).lockSummary(sessionId))!;
  assertSessionEditable(locked);
  return { session: locked, center };
}

export async function updateCertificationSession(
  em: EntityManager,
  deps: { clock: Clock },
  viewer: Viewer,
  input: SessionInput & { sessionId: number },
): Promise<SessionSummaryRow> {
  const details = validateSessionDetails(input);
  return em.transactional(async (tem) => {
    await editableSessionForMember(tem, viewer, input.sessionId);
    const sessions = new CertificationSessionRepository(tem);
    await sessions.update(input.sessionId, details, deps.clock.now());
    return (await sessions.findSummary(input.sessionId))!;
  });
}

/** Deleting a session removes its candidates: refused once one of them joined. */
export async function deleteCertificationSession(em: EntityManager, viewer: Viewer, sessionId: number): Promise<boolean> {
  return em.transactional(async (tem) => {
    await editableSessionForMember(tem, viewer, sessionId);
    await new CertificationSessionRepository(tem).delete(sessionId);
    return true;
  });
}

export async function listSessionsOfCenter(
  em: EntityManager,
  viewer: Viewer,
  centerId: number,
  page: { limit: number; offset: number },
): Promise<{ rows: SessionSummaryRow[]; totalCount: number; center: CertificationCenterRow; role: CenterRole | null }> {
  const { center, role } = await assertCenterReader(em, viewer, centerId);
  return { ...(await new CertificationSessionRepository(em).pageOfCenter(centerId, page)), center, role };
}

export async function getCertificationCenter(em: EntityManager, viewer: Viewer, centerId: number) {
  return assertCenterReader(em, viewer, centerId);
}
