/**
 * The invigilator's token, for one session only, kept in sessionStorage (this tab; it ends with the
 * tab, and the API ends it at the end of the day or when the session is finalised).
 */
export interface InvigilatorAccess {
  sessionId: string;
  token: string;
  /** ISO date. */
  expiresAt: string;
}

const key = (sessionId: string) => `pix-certif-invigilator:${sessionId}`;

export function saveInvigilatorAccess(access: InvigilatorAccess): void {
  try {
    window.sessionStorage.setItem(key(access.sessionId), JSON.stringify(access));
  } catch {
    // Storage refused: the page keeps the token in memory (see the route's state).
  }
}

export function readInvigilatorAccess(sessionId: string, now: number = Date.now()): InvigilatorAccess | null {
  try {
    const raw = window.sessionStorage.getItem(key(sessionId));
    if (!raw) return null;
    const access = JSON.parse(raw) as InvigilatorAccess;
    if (access.sessionId !== sessionId || !access.token || Date.parse(access.expiresAt) <= now) return null;
    return access;
  } catch {
    return null;
  }
}

export function forgetInvigilatorAccess(sessionId: string): void {
  try {
    window.sessionStorage.removeItem(key(sessionId));
  } catch {
    // Nothing stored.
  }
}
