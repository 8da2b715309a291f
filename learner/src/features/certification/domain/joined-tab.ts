/**
 * This tab joined the test (sessionStorage: a reload keeps it, a closed tab or another device does
 * not). A candidate who comes back without it joins again, and the invigilator lets them resume.
 */
const key = (courseId: string) => `pix-certification-joined:${courseId}`;

export function rememberJoinedHere(courseId: string): void {
  try {
    window.sessionStorage.setItem(key(courseId), '1');
  } catch {
    // Storage refused (private mode): the candidate will join again after a reload.
  }
}

export function joinedHere(courseId: string): boolean {
  try {
    return window.sessionStorage.getItem(key(courseId)) === '1';
  } catch {
    return false;
  }
}
