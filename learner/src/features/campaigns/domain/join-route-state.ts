/**
 * The router state of `/campagnes/:code/acces` when the pupil was found among the school's pupils on
 * the page before (their account just created and linked): joining goes on without asking again. Pure.
 */
export interface ReconciledPupil {
  firstName: string;
  lastName: string;
  organizationName: string;
}

export interface JoinRouteState {
  reconciled: ReconciledPupil;
  /** The account was created with the link ("Je n'ai pas de compte"). */
  accountCreated: boolean;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export function readJoinRouteState(state: unknown): JoinRouteState | null {
  if (!state || typeof state !== 'object') return null;
  const { reconciled, accountCreated } = state as { reconciled?: unknown; accountCreated?: unknown };
  if (!reconciled || typeof reconciled !== 'object') return null;
  const { firstName, lastName, organizationName } = reconciled as Record<string, unknown>;
  if (!isText(firstName) || !isText(lastName) || !isText(organizationName)) return null;
  return { reconciled: { firstName, lastName, organizationName }, accountCreated: accountCreated === true };
}
