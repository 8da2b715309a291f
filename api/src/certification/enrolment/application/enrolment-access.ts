import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { editableSessionForMember, schoolOfCenter, type CertificationCenterRow, type SessionSummaryRow } from '../../session-management';

/** A session whose candidates a member of its centre may still change, in the caller's transaction (the session locked). */
export async function editableSession(em: EntityManager, viewer: Viewer, sessionId: number, expect: 'SCO' | 'NOT_SCO') {
  const { session, center } = await editableSessionForMember(em, viewer, sessionId);
  if (expect === 'SCO' && center.type !== 'SCO') throw new BadUserInputError('sessionId', 'certificationSessions.errors.notScoCenter');
  if (expect === 'NOT_SCO' && center.type === 'SCO') throw new BadUserInputError('sessionId', 'certificationSessions.errors.scoEnrolsPupils');
  return { session, center };
}

/** The school of a SCO centre, whose pupils it enrols. */
export async function schoolOf(em: EntityManager, center: CertificationCenterRow): Promise<{ id: number; name: string }> {
  const school = await schoolOfCenter(em, center);
  if (!school) throw new NotFoundError('certificationSessions.errors.noSchool');
  return school;
}

export type { SessionSummaryRow };
