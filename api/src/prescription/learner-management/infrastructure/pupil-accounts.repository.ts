import type { EntityManager } from '@mikro-orm/postgresql';
import { frenchOrder } from '../../../shared/infrastructure/database/french-text';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { PupilAccountRow } from '../domain/learner';

const toDay = (value: Date | string | null): string | null => {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

/** By class, then name, in French order (the sheets handed out follow it). */
const BY_CLASS_AND_NAME = frenchOrder([
  { column: 'l.division', french: true },
  { column: 'l.last_name', french: true },
  { column: 'l.first_name', french: true },
  { column: 'l.id' },
]);

/**
 * The current pupils of the organisation among `learnerIds`, with their account if any, both locked
 * for update: the account cannot gain an e-mail address, a role or a membership (a membership's
 * foreign key waits for this lock) until the school's operation ends. Three statements.
 */
export async function lockPupilsWithAccounts(em: EntityManager, organizationId: number, learnerIds: number[]): Promise<PupilAccountRow[]> {
  const knex = knexOf(em);
  const learners = await knex('organization_learners as l')
    .where({ 'l.organization_id': organizationId, 'l.is_disabled': false })
    .whereIn('l.id', learnerIds)
    .select('l.id', 'l.first_name', 'l.last_name', 'l.birthdate', 'l.division', 'l.national_student_id', 'l.user_id')
    .orderByRaw(BY_CLASS_AND_NAME.sql, BY_CLASS_AND_NAME.bindings)
    .forUpdate();
  const userIds = [...new Set(learners.map((l: any) => l.user_id as number | null).filter((id): id is number => id !== null))];
  const accounts = new Map<number, { email: string | null; username: string | null; platform_role: string | null; is_member: boolean }>();
  if (userIds.length) {
    await knex('users').whereIn('id', userIds).orderBy('id').forUpdate().select('id');
    // Read after the lock, so that nothing committed meanwhile is missed.
    const rows = await knex('users as u')
      .whereIn('u.id', userIds)
      .select('u.id', 'u.email', 'u.username', 'u.platform_role', knex.raw('exists (select 1 from memberships m where m.user_id = u.id) as is_member'));
    for (const row of rows) accounts.set(row.id, row);
  }
  return learners.map((r: any) => {
    const account = r.user_id === null ? undefined : accounts.get(r.user_id);
    return {
      learnerId: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      birthdate: toDay(r.birthdate),
      division: r.division,
      nationalStudentId: r.national_student_id,
      userId: r.user_id,
      email: account?.email ?? null,
      username: account?.username ?? null,
      account: account ? { email: account.email, platformRole: account.platform_role, isMember: account.is_member } : null,
    };
  });
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

/**
 * Gives an account the school manages a username (when it has none) and a temporary password to
 * change. The database ends the account's sessions and password tokens; returns its new session version.
 */
export async function setTemporaryPassword(em: EntityManager, userId: number, username: string, passwordHash: string, now: Date): Promise<number> {
  const [row] = await knexOf(em)('users')
    .where({ id: userId })
    .update({ username, password_hash: passwordHash, must_change_password: true, updated_at: now })
    .returning(['session_version']);
  return row.session_version;
}
