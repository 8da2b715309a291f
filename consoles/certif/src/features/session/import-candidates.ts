import { getApiErrors, type ApiError, type Session } from '@pix-libre/ui-shared';
import { print } from 'graphql';
import type { ImportCertificationCandidatesMutation } from '../../__generated__/graphql';
import { ImportCandidatesMutation } from './session.graphql';

/** What the API accepts; larger files are refused before sending. */
export const CANDIDATES_FILE_MAX_BYTES = 1024 * 1024;

export type CandidatesImportReport = ImportCertificationCandidatesMutation['importCertificationCandidates'];

/** The body of a GraphQL multipart request: `operations`, `map`, then the file as `0`. */
export function candidatesFormData(sessionId: string, file: File): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(ImportCandidatesMutation), variables: { sessionId, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);
  return form;
}

/** Sends the candidates file; the report (imported or every problem by line), or the API's errors. */
export async function importCandidatesFile(
  session: Session | null,
  sessionId: string,
  file: File,
  language: string,
): Promise<{ report: CandidatesImportReport; errors?: undefined } | { report?: undefined; errors: ApiError[] }> {
  const send = (token: string | null) =>
    fetch('/graphql', {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: candidatesFormData(sessionId, file),
    });
  let response = await send(session?.getAccessToken() ?? null);
  let body = (await response.json()) as { data?: ImportCertificationCandidatesMutation | null; errors?: unknown[] };
  const failed = session?.getAccessToken();
  if (body.errors && getApiErrors(body.errors).some((e) => e.code === 'UNAUTHENTICATED') && session && failed && (await session.renewAfterRejection(failed))) {
    response = await send(session.getAccessToken());
    body = (await response.json()) as typeof body;
  }
  if (body.data?.importCertificationCandidates) return { report: body.data.importCertificationCandidates };
  return { errors: getApiErrors(body.errors ?? []) };
}
