import { useApolloClient } from '@apollo/client/react';
import { currentLanguage, getApiErrors, useSession } from '@pix-libre/ui-shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobFieldsFragment } from '../../__generated__/graphql';
import { ImportJobQuery } from './pupils.graphql';
import { uploadSiecleFile } from './upload-siecle-file';

/** How often the import job is asked for while the server reads the file. */
export const IMPORT_POLL_INTERVAL_MS = 500;

export type ImportPhase = 'idle' | 'uploading' | 'processing' | 'done' | 'failed';

/** What to fix in the file (`line` when the server could name it), or why the request failed. */
export interface ImportProblem {
  message: string;
  line: number | null;
}

export interface ImportedPupil {
  firstName: string;
  lastName: string;
  division: string | null;
}

export interface ImportReport {
  added: number;
  updated: number;
  left: number;
  /** The first pupils added, and who left, by class then name (the counts say how many in all). */
  addedPupils: ImportedPupil[];
  leftPupils: ImportedPupil[];
}

export interface SiecleImportState {
  phase: ImportPhase;
  /** Percentage of the file sent. */
  uploadProgress: number;
  /** The job's progress (0 to 100) while the server reads the file. */
  jobProgress: number;
  report: ImportReport | null;
  problems: ImportProblem[];
  /** The request could not be sent, or the job could not be followed. */
  networkError: boolean;
}

export const IDLE_IMPORT: SiecleImportState = { phase: 'idle', uploadProgress: 0, jobProgress: 0, report: null, problems: [], networkError: false };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A SIECLE import: sends the file (with its upload progress), then follows the job every
 * ~500 ms until it is DONE (the report) or FAILED (the problems). `onDone` runs once the pupils
 * have changed.
 */
export function useSiecleImport(organizationId: string, onDone: () => void) {
  const client = useApolloClient();
  const session = useSession();
  const { i18n } = useTranslation();
  const [state, setState] = useState<SiecleImportState>(IDLE_IMPORT);
  const run = useRef<AbortController | null>(null);
  const onDoneRef = useRef(onDone);

  useEffect(() => {
    onDoneRef.current = onDone;
  });
  useEffect(() => () => run.current?.abort(), []);

  const finish = useCallback((job: ImportJobFieldsFragment, signal: AbortSignal): boolean => {
    if (signal.aborted) return true;
    if (job.state === 'DONE') {
      setState({
        ...IDLE_IMPORT,
        phase: 'done',
        uploadProgress: 100,
        jobProgress: 100,
        report: {
          added: job.pupilsAdded ?? 0,
          updated: job.pupilsUpdated ?? 0,
          left: job.pupilsLeft ?? 0,
          addedPupils: job.addedPupils.map(({ firstName, lastName, division }) => ({ firstName, lastName, division: division ?? null })),
          leftPupils: job.leftPupils.map(({ firstName, lastName, division }) => ({ firstName, lastName, division: division ?? null })),
        },
      });
      onDoneRef.current();
      return true;
    }
    if (job.state === 'FAILED') {
      setState({ ...IDLE_IMPORT, phase: 'failed', problems: job.errors.map((error) => ({ message: error.message, line: error.line })) });
      return true;
    }
    setState((previous) => ({ ...previous, phase: 'processing', uploadProgress: 100, jobProgress: job.progress }));
    return false;
  }, []);

  const start = useCallback(
    async (file: File) => {
      run.current?.abort();
      const controller = new AbortController();
      run.current = controller;
      const { signal } = controller;
      setState({ ...IDLE_IMPORT, phase: 'uploading' });
      try {
        const result = await uploadSiecleFile({
          organizationId,
          file,
          session,
          language: currentLanguage(i18n),
          signal,
          onProgress: (percent) => {
            if (!signal.aborted) setState((previous) => ({ ...previous, uploadProgress: percent }));
          },
        });
        if (signal.aborted) return;
        if (result.errors) {
          setState({ ...IDLE_IMPORT, phase: 'failed', problems: result.errors.map((error) => ({ message: error.message, line: null })) });
          return;
        }
        let job = result.job;
        while (!finish(job, signal)) {
          await wait(IMPORT_POLL_INTERVAL_MS);
          if (signal.aborted) return;
          const { data } = await client.query({ query: ImportJobQuery, variables: { id: job.id }, fetchPolicy: 'network-only' });
          if (!data) throw new Error('importJob returned no data');
          job = data.importJob;
        }
      } catch (caught) {
        if (signal.aborted) return;
        const problems = getApiErrors(caught).map((error) => ({ message: error.message, line: null }));
        setState({ ...IDLE_IMPORT, phase: 'failed', problems, networkError: problems.length === 0 });
      }
    },
    [client, finish, i18n, organizationId, session],
  );

  /** Stops following the job (the server goes on) and forgets the last import. */
  const reset = useCallback(() => {
    run.current?.abort();
    run.current = null;
    setState(IDLE_IMPORT);
  }, []);

  return { state, start, reset };
}
