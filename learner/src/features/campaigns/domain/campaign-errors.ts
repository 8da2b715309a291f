import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getApiErrors } from '@pix-libre/ui-shared';

/** Error codes of the campaigns part of the API contract (enum ErrorCode). */
export type CampaignErrorCode =
  | 'NOT_FOUND'
  | 'TOO_MANY_ATTEMPTS'
  | 'BAD_USER_INPUT'
  | 'RECONCILIATION_NO_MATCH'
  | 'RECONCILIATION_AMBIGUOUS'
  | 'RECONCILIATION_REQUIRED'
  | 'LEARNER_ALREADY_LINKED'
  | 'ACCOUNT_ALREADY_LINKED'
  | 'ALREADY_PARTICIPATED'
  | 'PARTICIPATION_NOT_FINISHED';

export function hasCampaignError(error: unknown, code: CampaignErrorCode): boolean {
  return getApiErrors(error).some((apiError) => apiError.code === code);
}

/** The message the server wrote (translated from Accept-Language) for an error code, if any. */
export function campaignErrorMessage(error: unknown, code: CampaignErrorCode): string | null {
  return getApiErrors(error).find((apiError) => apiError.code === code)?.message ?? null;
}

function extensionsOf(error: unknown, code: CampaignErrorCode): Record<string, unknown> | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((item) => item.extensions?.code === code);
  return found?.extensions ? (found.extensions as Record<string, unknown>) : null;
}

/** ALREADY_PARTICIPATED names the existing participation, so that the app can open it. */
export function existingParticipation(error: unknown): { participationId: string; status: string | null } | null {
  const extensions = extensionsOf(error, 'ALREADY_PARTICIPATED');
  const id = extensions?.participationId;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  return { participationId: String(id), status: typeof extensions?.status === 'string' ? extensions.status : null };
}

/** How the account already linked to the pupil logs in, masked by the API: never more than that. */
export interface LinkedAccountHint {
  connectionMethods: string[];
  maskedEmail: string | null;
  username: string | null;
}

export function linkedAccountHint(error: unknown): LinkedAccountHint | null {
  const extensions = extensionsOf(error, 'LEARNER_ALREADY_LINKED');
  if (!extensions) return null;
  const methods = Array.isArray(extensions.connectionMethods) ? extensions.connectionMethods.filter((item): item is string => typeof item === 'string') : [];
  return {
    connectionMethods: methods,
    maskedEmail: typeof extensions.maskedEmail === 'string' && extensions.maskedEmail ? extensions.maskedEmail : null,
    username: typeof extensions.username === 'string' && extensions.username ? extensions.username : null,
  };
}
