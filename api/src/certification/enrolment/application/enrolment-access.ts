import type { Viewer } from '../../../identity-access-management';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { editableSessionForMember, schoolOfCenter, type CertificationCenterRow, type SessionSummaryRow } from '../../session-management';
import type { EnrolmentRepositories } from './enrolment-repositories';

/** A session whose candidates a member of its centre may still change, in the caller's transaction (the session locked). */
export async function editableSession(repositories: EnrolmentRepositories, viewer: Viewer, sessionId: number, expect: 'SCO' | 'NOT_SCO') {
  const { session, center } = await editableSessionForMember(repositories, viewer, sessionId);
  if (expect === 'SCO' && center.type !== 'SCO') throw new BadUserInputError('sessionId', 'certificationSessions.errors.notScoCenter');
  if (expect === 'NOT_SCO' && center.type === 'SCO') throw new BadUserInputError('sessionId', 'certificationSessions.errors.scoEnrolsPupils');
  return { session, center };
}

/** The school of a SCO centre, whose pupils it enrols. */
export async function schoolOf(repositories: EnrolmentRepositories, center: CertificationCenterRow): Promise<{ id: number; name: string }> {
  const school = await schoolOfCenter(repositories, center);
  if (!school) throw new NotFoundError('certificationSessions.errors.noSchool');
  return school;
}

export type { SessionSummaryRow };
