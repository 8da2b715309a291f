import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { UserEntity } from './user.entity';
import { toDisplayedUser } from './user-rows';
import { runPrepared, type PreparedStatement, type StatementTarget } from '../../shared/infrastructure/database/prepared-statement';

/** Read on every page (`me`): prepared, planned once per connection. */
export const USER_FOR_DISPLAY: PreparedStatement = {
  name: 'iam.user-for-display',
  text: `select id, first_name, last_name, email, username, locale, platform_role, must_change_password, created_at
    from users where id = $1`,
};

/**
 * The account shown to its owner on every page (`me`): one hand-written statement on the hot path,
 * without the unit of work (nothing is changed), on whatever runs the request's statements.
 */
export async function userForDisplay(target: StatementTarget, id: number): Promise<UserEntity | null> {
  const [row] = await runPrepared(target, USER_FOR_DISPLAY, [id]);
  return row ? toDisplayedUser(row) : null;
}

export class UserRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: number): Promise<UserEntity | null> {
    return this.em.findOne(UserEntity, { id });
  }

  /** The account shown to its owner on every page (`me`): see `userForDisplay`. */
  findForDisplay(id: number): Promise<UserEntity | null> {
    return userForDisplay(this.em, id);
  }

  /** Several accounts as shown beside what they did (members, campaign creators, audit entries): one statement. */
  async findManyForDisplay(ids: readonly number[]): Promise<UserEntity[]> {
    const rows = await knexOf(this.em)('users')
      .select('id', 'first_name', 'last_name', 'email', 'username', 'locale', 'platform_role', 'must_change_password', 'created_at')
      .whereIn('id', ids as number[]);
    return rows.map((row) => toDisplayedUser(row));
  }

  /** A new account, written at once in the caller's transaction (its id is known on return). */
  async create(values: {
    firstName: string;
    lastName: string;
    email: string | null;
    username: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
    locale: string;
    cguAcceptedAt: Date;
    lastLoggedAt: Date;
  }): Promise<UserEntity> {
    const user = this.em.create(UserEntity, values);
    await this.em.flush();
    return user;
  }

  /** A successful log-in: when it happened (shown to the support team). */
  async recordLogIn(userId: number, now: Date): Promise<void> {
    await knexOf(this.em)('users').where({ id: userId }).update({ last_logged_at: now, updated_at: new Date() });
  }

  /** The account's platform role (null: none), or undefined when there is no such account. */
  async findPlatformRole(userId: number): Promise<string | null | undefined> {
    const row = await knexOf(this.em)('users').where({ id: userId }).first('platform_role');
    return row ? (row.platform_role ?? null) : undefined;
  }

  /** The platform's first SUPER_ADMIN (ADMIN_EMAIL / ADMIN_PASSWORD at start). */
  async createAdministrator(values: { email: string; passwordHash: string; cguAcceptedAt: Date }): Promise<void> {
    this.em.create(UserEntity, { firstName: 'Administrateur', lastName: 'Plateforme', platformRole: 'SUPER_ADMIN', ...values });
    await this.em.flush();
  }

  /** By e-mail when the login contains an @, else by username; with the password hash. */
  findByLogin(login: string): Promise<UserEntity | null> {
    const value = login.trim().toLowerCase();
    const where = value.includes('@') ? { email: value } : { username: value };
    return this.em.findOne(UserEntity, where, { populate: ['passwordHash'] });
  }

  /**
   * Sets a password chosen by its owner. The database ends, at once, every session and password token
   * of the account (trigger users_credentials_changed); returns the new session version.
   */
  async setChosenPassword(userId: number, passwordHash: string, now: Date, loggingIn = false): Promise<number> {
    const [row] = await knexOf(this.em)('users')
      .where({ id: userId })
      .update({ password_hash: passwordHash, must_change_password: false, updated_at: now, ...(loggingIn ? { last_logged_at: now } : {}) })
      .returning(['session_version']);
    return row.session_version;
  }

  /** Ends every access token of the account (log-out, detected theft); the new version. */
  async endAccessTokens(userId: number): Promise<number | null> {
    const [row] = await knexOf(this.em)('users')
      .where({ id: userId })
      .update({ session_version: knexOf(this.em).raw('session_version + 1') })
      .returning(['session_version']);
    return row?.session_version ?? null;
  }

  async emailExists(email: string): Promise<boolean> {
    return (await this.em.count(UserEntity, { email })) > 0;
  }

  /** The id of the account with this e-mail (already normalised), if any. */
  async findIdByEmail(email: string): Promise<number | null> {
    const [row] = await this.em.getConnection().execute('select id from users where email = ? limit 1', [email]);
    return row ? (row.id as number) : null;
  }
}
