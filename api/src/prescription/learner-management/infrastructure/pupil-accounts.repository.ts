import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';

export interface PupilAccountRow {
  learnerId: number;
  firstName: string;
  lastName: string;
  birthdate: string | null;
  division: string | null;
  nationalStudentId: string | null;
  userId: number | null;
  email: string | null;
  username: string | null;
}

const toDay = (value: Date | string | null): string | null => {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

/** The current pupils of the organisation among `learnerIds`, with their account if any (locked for update). */
export async function lockPupilsWithAccounts(em: EntityManager, organizationId: number, learnerIds: number[]): Promise<PupilAccountRow[]> {
  const rows = await knexOf(em)('organization_learners as l')
    .leftJoin('users as u', 'u.id', 'l.user_id')
    .where({ 'l.organization_id': organizationId, 'l.is_disabled': false })
    .whereIn('l.id', learnerIds)
    .select('l.id', 'l.first_name', 'l.last_name', 'l.birthdate', 'l.division', 'l.national_student_id', 'l.user_id', 'u.email', 'u.username')
    .orderBy([{ column: 'l.division' }, { column: 'l.last_name' }, { column: 'l.first_name' }, { column: 'l.id' }])
    .forUpdate('l');
  return rows.map((r: any) => ({
    learnerId: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthdate: toDay(r.birthdate),
    division: r.division,
    nationalStudentId: r.national_student_id,
    userId: r.user_id,
    email: r.email,
    username: r.username,
  }));
}

/** Usernames already used that start with one of the stems and end with 4 digits (one statement). */
export async function usernamesTaken(em: EntityManager, stems: string[]): Promise<Set<string>> {
  if (!stems.length) return new Set();
  const patterns = [...new Set(stems)].map((stem) => `${stem.replace(/[\\%_]/g, (c) => `\\${c}`)}____`);
  const rows = await knexOf(em)('users').select('username').whereRaw('username like any (?)', [patterns]);
  return new Set(rows.map((r: { username: string }) => r.username));
}

/** Creates the pupil's account (username, temporary password to change) and links the pupil to it. */
export async function createPupilAccount(
  em: EntityManager,
  pupil: PupilAccountRow,
  username: string,
  passwordHash: string,
  now: Date,
): Promise<number> {
  const [{ id }] = await knexOf(em)('users')
    .insert({
      first_name: pupil.firstName,
      last_name: pupil.lastName,
      username,
      password_hash: passwordHash,
      must_change_password: true,
      created_at: now,
      updated_at: now,
    })
    .returning(['id']);
  await knexOf(em)('organization_learners').where({ id: pupil.learnerId }).update({ user_id: id, updated_at: now });
  return id;
}

/** Gives an existing account a username (when it has none) and a temporary password to change. */
export async function setTemporaryPassword(em: EntityManager, userId: number, username: string, passwordHash: string, now: Date) {
  await knexOf(em)('users')
    .where({ id: userId })
    .update({ username, password_hash: passwordHash, must_change_password: true, updated_at: now });
}
