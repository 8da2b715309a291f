/**
 * The router state of `/mot-de-passe-provisoire`: the single-use token of the PASSWORD_CHANGE_REQUIRED
 * error of logIn (never in the URL), and the page first asked for (`from`, as RequireAuth keeps it).
 */
export interface TemporaryPasswordState {
  passwordChangeToken: string;
  from?: unknown;
}

function asRecord(state: unknown): Record<string, unknown> | null {
  return state && typeof state === 'object' ? (state as Record<string, unknown>) : null;
}

export function readPasswordChangeToken(state: unknown): string | null {
  const token = asRecord(state)?.passwordChangeToken;
  return typeof token === 'string' && token ? token : null;
}

/** The page first asked for (RequireAuth's `state.from`), to pass on from page to page. */
export function readFrom(state: unknown): unknown {
  return asRecord(state)?.from;
}
