import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { AccountFacts, CandidateRow, LinkedLearner } from '../domain/learner';

/** Links between organisation learners and accounts: what reconciliation and joining a campaign read and write. */

const toDay = (value: Date | string | null): string | null => {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

/** The school's current pupils born on that day (one statement). */
export async function pupilsBornOn(em: EntityManager, organizationId: number, birthdate: string): Promise<CandidateRow[]> {
  const rows = await knexOf(em)('organization_learners')
    .where({ organization_id: organizationId, birthdate, is_disabled: false })
    .select('id', 'first_name', 'middle_name', 'third_name', 'last_name', 'preferred_last_name', 'birthdate', 'is_disabled', 'user_id', 'national_student_id');
  return rows.map((r: any) => ({
    id: r.id,
    firstName: r.first_name,
    middleName: r.middle_name,
    thirdName: r.third_name,
    lastName: r.last_name,
    preferredLastName: r.preferred_last_name,
    birthdate: toDay(r.birthdate),
    isDisabled: r.is_disabled,
    userId: r.user_id,
    nationalStudentId: r.national_student_id,
  }));
}

/** The learner of this organisation linked to the account, if any (at most one: a unique index). */
export async function learnerOfUser(em: EntityManager, organizationId: number, userId: number): Promise<LinkedLearner | null> {
  const row = await knexOf(em)('organization_learners')
    .where({ organization_id: organizationId, user_id: userId })
    .first('id', 'first_name', 'last_name', 'is_disabled');
  return row ? { id: row.id, firstName: row.first_name, lastName: row.last_name, isDisabled: row.is_disabled } : null;
}

/** Another account linked to a pupil with this INE, in any school (the same pupil, elsewhere). */
export async function otherAccountWithIne(em: EntityManager, nationalStudentId: string, userId: number): Promise<number | null> {
  const row = await knexOf(em)('organization_learners')
    .where({ national_student_id: nationalStudentId })
    .whereNotNull('user_id')
    .whereNot({ user_id: userId })
    .orderBy('updated_at', 'desc')
    .first('user_id');
  return row?.user_id ?? null;
}

export async function accountFacts(em: EntityManager, userId: number): Promise<AccountFacts | null> {
  const row = await knexOf(em)('users')
    .where({ id: userId })
    .first('email', 'username', knexOf(em).raw('exists (select 1 from gar_identities g where g.user_id = users.id) as has_gar'));
  return row ? { email: row.email, username: row.username, hasGarIdentity: !!row.has_gar } : null;
}

/**
 * Links a pupil who has no account yet and returns the account linked to it afterwards: this one, or
 * the one another request linked first. The unique index refuses a second pupil of the school for one account.
 */
export async function linkLearnerToUser(em: EntityManager, learnerId: number, userId: number, now: Date): Promise<number | null> {
  const updated = await knexOf(em)('organization_learners').where({ id: learnerId }).whereNull('user_id').update({ user_id: userId, updated_at: now });
  if (updated === 1) return userId;
  const row = await knexOf(em)('organization_learners').where({ id: learnerId }).first('user_id');
  return row?.user_id ?? null;
}

/**
 * The learner of an organisation that does not manage pupils, made from the account's names on first
 * participation (two requests at once make one: the unique index on organisation and account).
 */
export async function findOrCreateLearnerOfUser(em: EntityManager, organizationId: number, userId: number, now: Date): Promise<number> {
  await knexOf(em).raw(
    `insert into organization_learners (organization_id, user_id, first_name, last_name, created_at, updated_at)
     select ?, u.id, u.first_name, u.last_name, ?, ? from users u where u.id = ?
     on conflict (organization_id, user_id) where user_id is not null do nothing`,
    [organizationId, now, now, userId],
  );
  const row = await knexOf(em)('organization_learners').where({ organization_id: organizationId, user_id: userId }).first('id');
  return row.id;
}
