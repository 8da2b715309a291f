import { Client } from 'pg';
import { SessionVersions } from '../../src/identity-access-management/infrastructure/session-versions';
import { createTestDatabase } from '../helpers/test-database';

/** The node's memory of session versions, against a real PostgreSQL (its trigger and NOTIFY). */
describe('session versions kept by an API node', () => {
  let db: Client;
  let drop: () => Promise<void>;
  let url: string;
  let sessions: SessionVersions;
  let reads: number;
  let userId: number;

  const read = async (id: number) => {
    reads += 1;
    const { rows } = await db.query('select session_version from users where id = $1', [id]);
    return rows[0] ? Number(rows[0].session_version) : null;
  };
  const until = async (condition: () => boolean | Promise<boolean>) => {
    const deadline = Date.now() + 5000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not met in 5 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    url = database.url;
    db = new Client({ connectionString: url });
    await db.connect();
  });
  beforeEach(async () => {
    reads = 0;
    const { rows } = await db.query(
      `insert into users (first_name, last_name, username, password_hash) values ('Léa', 'Martin', 'lea.martin' || nextval('users_id_seq'), 'x') returning id`,
    );
    userId = rows[0].id;
    sessions = new SessionVersions({ connectionString: url, read, reconnectDelayMs: 300 });
    await sessions.start();
  });
  afterEach(() => sessions.stop());
  afterAll(async () => {
    await db.end();
    await drop();
  });

  it('reads an account once, then follows the announcements of the database', async () => {
    expect(await sessions.isCurrent(userId, 0)).toBe(true);
    expect(await sessions.isCurrent(userId, 0)).toBe(true);
    expect(reads).toBe(1);
    await db.query(`update users set password_hash = 'y' where id = $1`, [userId]);
    await until(async () => !(await sessions.isCurrent(userId, 0)));
    expect(await sessions.isCurrent(userId, 1)).toBe(true);
    await db.query(`update users set platform_role = 'SUPPORT' where id = $1`, [userId]);
    await until(async () => !(await sessions.isCurrent(userId, 1)));
    expect(reads).toBe(1);
  });

  it('keeps the highest version heard of, whatever the order of reads and announcements', async () => {
    const mark = sessions.mark();
    sessions.learn(userId, 3, mark);
    sessions.learn(userId, 1, mark);
    expect(await sessions.isCurrent(userId, 2)).toBe(false);
    expect(await sessions.isCurrent(userId, 3)).toBe(true);
    expect(reads).toBe(0);
  });

  it('ends every token of a deleted account', async () => {
    expect(await sessions.isCurrent(userId, 0)).toBe(true);
    await db.query('delete from users where id = $1', [userId]);
    await until(async () => !(await sessions.isCurrent(userId, 0)));
    expect(await sessions.isCurrent(userId, 1_000_000)).toBe(false);
  });

  it('reads every time while its connection is down, forgets what it knew, and listens again', async () => {
    expect(await sessions.isCurrent(userId, 0)).toBe(true);
    const stale = sessions.mark();
    await db.query(`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'LISTEN%' and datname = current_database()`);
    await until(() => !sessions.isListening);
    // A version read before the connection dropped is not kept: an announcement may have been missed.
    sessions.learn(userId, 0, stale);
    // Meanwhile the password changes: no announcement reaches the node, the read sees it.
    await db.query(`update users set password_hash = 'z' where id = $1`, [userId]);
    const before = reads;
    expect(await sessions.isCurrent(userId, 0)).toBe(false);
    expect(reads).toBe(before + 1);
    await until(() => sessions.isListening);
    expect(await sessions.isCurrent(userId, 1)).toBe(true);
    expect(await sessions.isCurrent(userId, 1)).toBe(true);
    expect(reads).toBe(before + 2);
  });
});
