/**
 * Which questions do not count (domain.md "Certification", incident report). Pure.
 *
 * - A problem the candidate reported live (E1–E7) and the invigilator accepted neutralises the question
 *   at once, whatever its category: someone in the room saw it.
 * - At finalisation, a challenge incident E1–E7 written on the report for question n neutralises it
 *   automatically when the answer was wrong or skipped (or never given) AND the challenge indeed has
 *   what the incident is about: an image (E1), an embedded simulator or application (E2), a file to
 *   open (E3), a link to a website (E4 site unavailable, E5 site blocked, E6 link broken).
 * - E7 ("other challenge incident") is never neutralised automatically: nothing in the challenge can
 *   confirm it, so it is left to the jury with the report's comment.
 * A correct answer is never neutralised: it counts for the candidate.
 */

export type ChallengeIncidentCode = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7';
export const CHALLENGE_INCIDENT_CODES: readonly ChallengeIncidentCode[] = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'];
export type IncidentCode = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | ChallengeIncidentCode | 'A1' | 'A2';
export const INCIDENT_CODES: readonly IncidentCode[] = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', ...CHALLENGE_INCIDENT_CODES, 'A1', 'A2'];

export function isChallengeIncident(code: string): code is ChallengeIncidentCode {
  return (CHALLENGE_INCIDENT_CODES as readonly string[]).includes(code);
}

/** What a challenge carries that an incident may be about (read from the content). */
export interface ChallengeMedia {
  hasImage: boolean;
  hasEmbed: boolean;
  hasAttachment: boolean;
  hasLink: boolean;
}

/** The answer's outcome as stored ('ok', 'ko', 'skipped', 'timed-out', …); null when never answered. */
export type AnswerOutcome = string | null;

const SUPPORT: Record<ChallengeIncidentCode, (media: ChallengeMedia) => boolean> = {
  E1: (m) => m.hasImage,
  E2: (m) => m.hasEmbed,
  E3: (m) => m.hasAttachment,
  E4: (m) => m.hasLink,
  E5: (m) => m.hasLink,
  E6: (m) => m.hasLink,
  E7: () => false,
};

export function isNeutralizedByIncident(incident: ChallengeIncidentCode, answer: AnswerOutcome, media: ChallengeMedia): boolean {
  if (answer === 'ok') return false;
  return SUPPORT[incident](media);
}

/**
 * A link to visit: a Markdown link or a bare address in the instruction. An address shown as code
 * (between backquotes) is text to read or type, not a site to open.
 */
export function instructionHasLink(instruction: string): boolean {
  const withoutCode = instruction.replace(/`[^`]*`/g, '');
  return /\]\(\s*https?:\/\//i.test(withoutCode) || /(^|\s)https?:\/\/\S+/i.test(withoutCode);
}
