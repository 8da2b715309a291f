import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { candidateIdentity } from '../domain/candidate';
import { checkCandidatesFile, type FileProblem } from '../domain/candidates-file';
import { CandidateRepository } from '../infrastructure/candidate.repository';
import { readCandidatesFile } from '../infrastructure/candidates-file-reader';
import { editableSession } from './enrolment-access';

export interface CandidatesImportReport {
  importedCount: number;
  problems: FileProblem[];
}

/**
 * Whether the caller may import a candidates file into the session (a member of its centre, not SCO,
 * the session still open to changes of candidates): checked BEFORE the upload is read, so that a
 * caller refused never has their file received; the import checks it again, the session locked.
 */
export async function checkCandidatesImportAllowed(em: EntityManager, viewer: Viewer, sessionId: number): Promise<void> {
  await em.transactional(async (tem) => {
    await editableSession(tem, viewer, sessionId, 'NOT_SCO');
  });
}

/**
 * Imports the candidates file of a centre other than SCO: every line is checked (with the session's
 * candidates) before anything is stored; one problem anywhere and nothing is imported, with every
 * problem listed by line. The whole import is one transaction, the session locked.
 */
export async function importCandidatesFile(
  em: EntityManager,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { sessionId: number; content: Buffer },
): Promise<CandidatesImportReport> {
  return em.transactional(async (tem) => {
    await editableSession(tem, viewer, input.sessionId, 'NOT_SCO');
    const read = readCandidatesFile(input.content);
    if ('error' in read) return { importedCount: 0, problems: [{ line: null, field: null, key: 'certificationSessions.errors.file.unreadable', params: { detail: read.error } }] };
    const candidates = new CandidateRepository(tem);
    const enrolled = await candidates.ofSession(input.sessionId);
    const checked = checkCandidatesFile(read.records, {
      today: deps.clock.now().toISOString().slice(0, 10),
      enrolledIdentities: new Set(enrolled.map(candidateIdentity)),
    });
    if (!checked.candidates) return { importedCount: 0, problems: checked.problems };
    const ids = await candidates.insertMany(input.sessionId, checked.candidates, deps.clock.now());
    return { importedCount: ids.length, problems: [] };
  });
}
