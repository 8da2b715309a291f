import type { MikroORM } from '@mikro-orm/postgresql';
import { recordAuditEntry } from '../../src/audit-log';
import { openOrm } from '../../src/database';
import { buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { addOrganizationMember } from '../../src/team/application/add-organization-member.usecase';
import { teamRepositories } from '../../src/team/application/team-repositories';
import { PlatformRole } from '../../src/identity-access-management/domain/platform-role';
import { createTestDatabase } from '../helpers/test-database';

/** The audit record and the change it describes are one write: both or neither. */
describe('the audit log and the changes it records', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    orm = await openOrm(database.url);
  });
  afterAll(async () => {
    await orm.close(true);
    await drop();
  });

  const count = async (table: string) => Number((await orm.em.getKnex()(table).count({ n: '*' }))[0].n);

  it('refuses to record outside the transaction of a change', async () => {
    const clock = { now: () => new Date() };
    const entry = { actorUserId: 1, action: 'ORGANIZATION_CREATED', targetType: 'ORGANIZATION', targetId: 1, organizationId: 1, before: null, after: {} } as const;
    await expect(recordAuditEntry(orm.em.fork(), clock, entry)).rejects.toThrow('inside the transaction');
    expect(await count('audit_log')).toBe(0);
  });

  it('undoes the change when its record cannot be written', async () => {
    const em = orm.em.fork();
    const organization = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const staff = await buildUser(em, { platformRole: 'SUPPORT' });
    const teacher = await buildUser(em);
    // The clock is read for the record only, after the membership is written: failing there must undo it.
    const failingClock = {
      now: () => {
        throw new Error('clock unavailable');
      },
    };
    await expect(
      addOrganizationMember(teamRepositories(em, { clock: failingClock, mailer: { send: async () => {} } }), { userId: staff.id, platformRole: PlatformRole.SUPPORT }, {
        organizationId: organization.id,
        email: teacher.email!,
        role: 'ADMIN',
      }),
    ).rejects.toThrow('clock unavailable');
    expect(await count('memberships')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });
});
