import type { Viewer } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { candidateIdentity } from '../domain/candidate';
import { checkCandidatesFile, type FileProblem } from '../domain/candidates-file';
import { readCandidatesFile } from '../infrastructure/candidates-file-reader';
import { editableSession } from './enrolment-access';
import type { EnrolmentRepositories } from './enrolment-repositories';

export interface CandidatesImportReport {
  importedCount: number;
  problems: FileProblem[];
}

/**
 * Whether the caller may import a candidates file into the session (a member of its centre, not SCO,
 * the session still open to changes of candidates): checked BEFORE the upload is read, so that a
 * caller refused never has their file received; the import checks it again, the session locked.
 */
export async function checkCandidatesImportAllowed(repositories: EnrolmentRepositories, viewer: Viewer, sessionId: number): Promise<void> {
  await repositories.transaction(async (tx) => {
    await editableSession(tx, viewer, sessionId, 'NOT_SCO');
  });
}

/**
 * Imports the candidates file of a centre other than SCO: every line is checked (with the session's
 * candidates) before anything is stored; one problem anywhere and nothing is imported, with every
 * problem listed by line. The whole import is one transaction, the session locked.
 */
export async function importCandidatesFile(
  repositories: EnrolmentRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { sessionId: number; content: Buffer },
): Promise<CandidatesImportReport> {
  return repositories.transaction(async (tx) => {
    await editableSession(tx, viewer, input.sessionId, 'NOT_SCO');
    const read = readCandidatesFile(input.content);
    if ('error' in read) return { importedCount: 0, problems: [{ line: null, field: null, key: 'certificationSessions.errors.file.unreadable', params: { detail: read.error } }] };
    const enrolled = await tx.candidates.ofSession(input.sessionId);
    const checked = checkCandidatesFile(read.records, {
      today: deps.clock.now().toISOString().slice(0, 10),
      enrolledIdentities: new Set(enrolled.map(candidateIdentity)),
    });
    if (!checked.candidates) return { importedCount: 0, problems: checked.problems };
    const ids = await tx.candidates.insertMany(input.sessionId, checked.candidates, deps.clock.now());
    return { importedCount: ids.length, problems: [] };
  });
}
