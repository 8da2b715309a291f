import type { AuditAction } from '../../../audit-log';
import type { Viewer } from '../../../identity-access-management';
import type { ResultsRepositories } from './results-repositories';

/** Every jury action is a staff action: an audit entry in its transaction (target: the course, or the session). */
export async function recordJuryAudit(
  repositories: Pick<ResultsRepositories, 'audit'>,
  jury: Viewer,
  entry: { action: AuditAction; sessionId: number; courseId: number | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null },
): Promise<void> {
  await repositories.audit.record({
    actorUserId: jury.userId,
    action: entry.action,
    targetType: entry.courseId === null ? 'CERTIFICATION_SESSION' : 'CERTIFICATION_COURSE',
    targetId: entry.courseId ?? entry.sessionId,
    organizationId: null,
    before: entry.before,
    after: entry.after,
  });
}
