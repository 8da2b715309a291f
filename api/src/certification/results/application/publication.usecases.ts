import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import { translate } from '../../../shared/i18n/translate';
import { assertPublishable, assertUnpublishable } from '../domain/jury';
import type { SessionJuryFacts } from '../domain/jury-views';
import type { ResultsDependencies } from './dependencies';
import { assertJury } from './jury-access';
import { recordJuryAudit } from './jury-audit';
import type { ResultsRepositories } from './results-repositories';

const snapshot = (f: SessionJuryFacts) => ({ state: f.state, publishedAt: f.publishedAt?.toISOString() ?? null, publishedByUserId: f.publishedByUserId });

/** Where a candidate reads their certificates in the learner app. */
export const CERTIFICATES_PATH = '/mes-certifications';

/**
 * Publishes a session's results (the jury): only a finalised or in-process one. The session is
 * PROCESSED; each validated certificate gets its place in the credentials' status list; each candidate
 * is told by e-mail (their account's address, and the e-mail for results when the centre gave one),
 * through the outbox, in the same transaction.
 */
export async function publishSession(repositories: ResultsRepositories, deps: Pick<ResultsDependencies, 'clock' | 'publicUrl'>, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  const jury = assertJury(viewer);
  return repositories.transaction(async (tx) => {
    const [before] = await tx.jurySessions.facts([sessionId], { forUpdate: true });
    if (!before) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
    assertPublishable(before.state);
    const now = deps.clock.now();
    await tx.jurySessions.markPublished(sessionId, jury.userId, now);
    const credentials = await tx.jurySessions.drawCredentialStatusIndexes(sessionId);
    const link = `${deps.publicUrl}${CERTIFICATES_PATH}`;
    for (const recipient of await tx.jurySessions.recipients(sessionId)) {
      const params = { firstName: recipient.firstName, name: `${recipient.firstName} ${recipient.lastName}`, date: recipient.date, center: recipient.centerName, link };
      if (recipient.accountEmail)
        await tx.mail.send({ to: recipient.accountEmail, subject: translate('certificationJury.mail.candidate.subject', params), text: translate('certificationJury.mail.candidate.text', params) });
      const other = recipient.resultRecipientEmail?.trim();
      if (other && other.toLowerCase() !== recipient.accountEmail?.toLowerCase())
        await tx.mail.send({ to: other, subject: translate('certificationJury.mail.recipient.subject', params), text: translate('certificationJury.mail.recipient.text', params) });
    }
    const [after] = await tx.jurySessions.facts([sessionId]);
    await tx.juryActions.insert({ sessionId, courseId: null, action: 'SESSION_PUBLISHED', actorUserId: jury.userId, before: snapshot(before), after: { ...snapshot(after), credentials }, now });
    await recordJuryAudit(tx, jury, { action: 'CERTIFICATION_SESSION_PUBLISHED', sessionId, courseId: null, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Withdraws a published session's results (the jury): back to IN_PROCESS; the credentials' places stay. */
export async function unpublishSession(repositories: ResultsRepositories, deps: Pick<ResultsDependencies, 'clock' | 'publicUrl'>, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  const jury = assertJury(viewer);
  return repositories.transaction(async (tx) => {
    const [before] = await tx.jurySessions.facts([sessionId], { forUpdate: true });
    if (!before) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
    assertUnpublishable(before.state);
    const now = deps.clock.now();
    await tx.jurySessions.markUnpublished(sessionId, now);
    const [after] = await tx.jurySessions.facts([sessionId]);
    await tx.juryActions.insert({ sessionId, courseId: null, action: 'SESSION_UNPUBLISHED', actorUserId: jury.userId, before: snapshot(before), after: snapshot(after), now });
    await recordJuryAudit(tx, jury, { action: 'CERTIFICATION_SESSION_UNPUBLISHED', sessionId, courseId: null, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}
