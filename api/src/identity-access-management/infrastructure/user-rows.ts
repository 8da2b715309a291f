import { UserEntity } from './user.entity';

/** A nullable timestamp of a row (knex hands timestamps over as text: the DateTime scalar needs a Date). */
export const dateOrNull = (value: string | Date | null | undefined): Date | null => (value ? new Date(value) : null);

/**
 * What every read of an account shows of it (no password hash), from a `users` row (snake_case
 * columns): the account's page (`me`), the members and authors beside what they did, the support
 * team's list and its account page.
 */
export function accountFields(row: any) {
  return {
    id: row.id as number,
    firstName: row.first_name as string,
    lastName: row.last_name as string,
    email: row.email as string | null,
    username: row.username as string | null,
    locale: row.locale as string,
    platformRole: row.platform_role,
    mustChangePassword: row.must_change_password as boolean,
    createdAt: new Date(row.created_at),
  };
}

/** The same as the account type the GraphQL layer maps (`UserType.from`). */
export const toDisplayedUser = (row: any, extra: Partial<UserEntity> = {}): UserEntity => Object.assign(new UserEntity(), accountFields(row), extra);
