import { getApiErrors, type ApiError, type Session } from '@pix-libre/ui-shared';
import { print } from 'graphql';
import type { ImportJobFieldsFragment } from '../../__generated__/graphql';
import { ImportSiecleFileMutation } from './pupils.graphql';

/** What the API accepts (domain.md §5); larger files are refused before sending. */
export const SIECLE_MAX_BYTES = 20 * 1024 * 1024;

export interface UploadSiecleFileOptions {
  organizationId: string;
  file: File;
  /** The access token comes from it, and it is renewed once when the server finds it expired. */
  session: Session | null;
  /** Accept-Language, so that the server's messages come translated. */
  language: string;
  /** Percentage of the file sent (0 to 100). */
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
  uri?: string;
}

/** The job to poll, or the errors of the mutation (messages translated by the server). */
export type UploadSiecleFileResult = { job: ImportJobFieldsFragment; errors?: undefined } | { job?: undefined; errors: ApiError[] };

interface GraphQLBody {
  data?: { importSiecleFile?: ImportJobFieldsFragment | null } | null;
  errors?: unknown[];
}

/** Thrown when the request could not be sent or its answer read (network, abort). */
export class UploadNetworkError extends Error {
  constructor(readonly aborted = false) {
    super(aborted ? 'Upload aborted' : 'Upload failed');
    this.name = 'UploadNetworkError';
  }
}

/** The body of a GraphQL multipart request: `operations`, `map`, then the file as `0`. */
export function siecleFormData(organizationId: string, file: File): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(ImportSiecleFileMutation), variables: { organizationId, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);
  return form;
}

function send(options: UploadSiecleFileOptions, token: string | null): Promise<GraphQLBody> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    xhr.open('POST', options.uri ?? '/graphql');
    // Lets the server's CSRF protection accept a multipart request (Apollo's convention).
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.setRequestHeader('accept-language', options.language);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      options.signal?.removeEventListener('abort', abort);
      try {
        // GraphQL errors come as JSON whatever the status (400, 401, 413…).
        resolve(JSON.parse(xhr.responseText) as GraphQLBody);
      } catch {
        reject(new UploadNetworkError());
      }
    };
    xhr.onerror = () => reject(new UploadNetworkError());
    xhr.onabort = () => reject(new UploadNetworkError(true));
    options.signal?.addEventListener('abort', abort);
    xhr.send(siecleFormData(options.organizationId, options.file));
  });
}

/**
 * Sends a SIECLE export with `importSiecleFile` as a GraphQL multipart request, through
 * XMLHttpRequest so that the upload's progress can be shown. Like the Apollo auth link, when the
 * access token is refused (UNAUTHENTICATED) the session is renewed once and the file sent again.
 */
export async function uploadSiecleFile(options: UploadSiecleFileOptions): Promise<UploadSiecleFileResult> {
  const token = options.session?.getAccessToken() ?? null;
  let body = await send(options, token);
  let errors = getApiErrors(body.errors ?? []);
  if (token && options.session && errors.some((error) => error.code === 'UNAUTHENTICATED')) {
    if (await options.session.renewAfterRejection(token)) {
      options.onProgress(0);
      body = await send(options, options.session.getAccessToken());
      errors = getApiErrors(body.errors ?? []);
    }
  }
  const job = body.data?.importSiecleFile;
  if (job && errors.length === 0) return { job };
  return { errors: errors.length > 0 ? errors : [{ message: '' }] };
}
