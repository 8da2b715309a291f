import { BadUserInputError, DomainError, ErrorCode } from '../../../shared/domain/errors';

/** A session (domain.md, "Certification"): its id is the "N° de session". */
export const SESSION_STATES = ['CREATED', 'FINALIZED', 'IN_PROCESS', 'PROCESSED'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export interface CertificationSessionRow {
  id: number;
  certificationCenterId: number;
  address: string;
  room: string;
  /** yyyy-mm-dd, the centre's local date. */
  date: string;
  /** hh:mm, local time. */
  time: string;
  examiner: string;
  description: string;
  accessCode: string;
  invigilatorPassword: string;
  state: SessionState;
  createdAt: Date;
}

/** A session in a centre's list. */
export interface SessionSummaryRow extends CertificationSessionRow {
  candidateCount: number;
  joinedCount: number;
}

export interface SessionDetails {
  address: string;
  room: string;
  date: string;
  time: string;
  examiner: string;
  description: string;
}

export const SESSION_TEXT_MAX = 255;
export const SESSION_DESCRIPTION_MAX = 2000;

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100;
}

function required(value: string | null | undefined, field: string, max = SESSION_TEXT_MAX): string {
  const trimmed = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new BadUserInputError(field, 'certificationSessions.errors.required');
  if (trimmed.length > max) throw new BadUserInputError(field, 'errors.field.tooLong', { max });
  return trimmed;
}

/** Checks what a centre types to plan a session: site, room, date (yyyy-mm-dd), time (hh:mm), invigilator(s), observations. */
export function validateSessionDetails(input: {
  address?: string | null;
  room?: string | null;
  date?: string | null;
  time?: string | null;
  examiner?: string | null;
  description?: string | null;
}): SessionDetails {
  const address = required(input.address, 'address');
  const room = required(input.room, 'room');
  const date = (input.date ?? '').trim();
  if (!isRealDate(date)) throw new BadUserInputError('date', 'certificationSessions.errors.date');
  const time = (input.time ?? '').trim();
  const timeMatch = /^([01]\d|2[0-3]):([0-5]\d)(:00)?$/.exec(time);
  if (!timeMatch) throw new BadUserInputError('time', 'certificationSessions.errors.time');
  const examiner = required(input.examiner, 'examiner');
  const description = (input.description ?? '').trim();
  if (description.length > SESSION_DESCRIPTION_MAX) throw new BadUserInputError('description', 'errors.field.tooLong', { max: SESSION_DESCRIPTION_MAX });
  return { address, room, date, time: `${timeMatch[1]}:${timeMatch[2]}`, examiner, description };
}

/** Refused once a candidate joined, or once the session is finalised. */
export class SessionLockedError extends DomainError {
  constructor(messageKey: string) {
    super(ErrorCode.BAD_USER_INPUT, messageKey, {}, { field: 'sessionId', reason: 'SESSION_LOCKED' });
  }
}

/** Why a session's details or candidates can no longer change (null: they can). */
export function sessionLockReason(session: { state: SessionState; joinedCount: number }): string | null {
  if (session.state !== 'CREATED') return 'certificationSessions.errors.sessionFinalized';
  if (session.joinedCount > 0) return 'certificationSessions.errors.candidateJoined';
  return null;
}

export function assertSessionEditable(session: { state: SessionState; joinedCount: number }): void {
  const reason = sessionLockReason(session);
  if (reason) throw new SessionLockedError(reason);
}
