import { getApiErrors } from '@pix-libre/ui-shared';

/** An answer may reach the server this long after the end and still count (api: CERTIFICATION_CLOCK.networkGraceSeconds, plus a margin). */
export const CERTIFICATION_NETWORK_GRACE_MS = 6000;

const COURSE_CHANGING = new Set(['CERTIFICATION_TIME_OVER', 'CERTIFICATION_ENDED', 'CERTIFICATION_NOT_AUTHORIZED', 'ASSESSMENT_COMPLETED']);

/** A refusal of an answer that says the course changed (time over, ended, the authorisation lost): read the course again. */
export function courseChangingRefusal(error: unknown): boolean {
  return getApiErrors(error).some((apiError) => apiError.code !== undefined && COURSE_CHANGING.has(apiError.code));
}
