import type { AuditEntry } from '../../src/audit-log';
import { PlatformRole } from '../../src/identity-access-management/domain/platform-role';
import { ForbiddenError } from '../../src/shared/domain/errors';
import type { Email } from '../../src/shared/infrastructure/mail/mailer';
import { acceptTeamInvitation } from '../../src/team/application/accept-organization-invitation.usecase';
import { staffChangeMembership } from '../../src/team/application/change-membership.usecase';
import { inviteMembers } from '../../src/team/application/invite-members.usecase';
import type { TeamInvitations, TeamMemberships, TeamRepositories } from '../../src/team/application/team-repositories';
import type { InvitationRow, TeamKind, TeamMembershipRow } from '../../src/team/domain/team';
import { InvitationInvalidError, InvitationSelfAcceptError, LastAdminError } from '../../src/team/domain/team-errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * The team use cases on in-memory repositories: who may join a team with a code, what staff see of
 * a change of membership (the refusals, the audit row), what an administrator's invitations send,
 * and that nothing is kept (no membership, no audit row, no e-mail) when the transaction's work fails.
 */
interface Team {
  id: number;
  name: string;
  archived: boolean;
}
interface State {
  teams: { kind: TeamKind; team: Team }[];
  memberships: (TeamMembershipRow & { kind: TeamKind })[];
  invitations: (InvitationRow & { kind: TeamKind })[];
  audit: AuditEntry[];
  mails: Email[];
  attemptsCounted: number;
  attemptsGivenBack: number;
  nextId: number;
}

function memoryRepositories(seed: Partial<Pick<State, 'teams' | 'memberships' | 'invitations'>>, options: { failMailTo?: string } = {}) {
  const state: State = { teams: [], memberships: [], invitations: [], audit: [], mails: [], attemptsCounted: 0, attemptsGivenBack: 0, nextId: 100, ...seed };
  const activeTeam = (kind: TeamKind, id: number) => state.teams.some((t) => t.kind === kind && t.team.id === id && !t.team.archived);
  const strip = <T extends { kind: TeamKind }>({ kind: _kind, ...row }: T) => row;

  const memberships = (kind: TeamKind): TeamMemberships => {
    const ofKind = () => state.memberships.filter((m) => m.kind === kind);
    return {
      team: async (teamId) => state.teams.find((t) => t.kind === kind && t.team.id === teamId)?.team ?? null,
      find: async (teamId, userId) => {
        const row = ofKind().find((m) => m.teamId === teamId && m.userId === userId && activeTeam(kind, teamId));
        return row ? strip(row) : null;
      },
      countOf: async (teamId) => ofKind().filter((m) => m.teamId === teamId).length,
      upsert: async (teamId, userId, role) => {
        const existing = ofKind().find((m) => m.teamId === teamId && m.userId === userId);
        if (existing) existing.role = role;
        else state.memberships.push({ kind, id: state.nextId++, teamId, userId, role });
        return strip(ofKind().find((m) => m.teamId === teamId && m.userId === userId)!);
      },
      findById: async (id) => {
        const row = ofKind().find((m) => m.id === id);
        return row ? strip(row) : null;
      },
      lockOfTeam: async (teamId) => ofKind().filter((m) => m.teamId === teamId).map(({ id, role }) => ({ id, role })),
      setRole: async (id, role) => {
        const row = ofKind().find((m) => m.id === id)!;
        row.role = role;
        return strip(row);
      },
      delete: async (id) => {
        state.memberships = state.memberships.filter((m) => !(m.kind === kind && m.id === id));
      },
    };
  };

  const invitations = (kind: TeamKind): TeamInvitations => {
    const ofKind = () => state.invitations.filter((i) => i.kind === kind);
    return {
      createOrRenew: async ({ teamId, email, role, expiresAt, now, invitedByUserId }) => {
        const existing = ofKind().find((i) => i.teamId === teamId && i.email === email && i.status === 'PENDING');
        if (existing) {
          Object.assign(existing, { role, expiresAt, invitedByUserId });
          return strip(existing);
        }
        const code = `CODE${String(state.nextId).padStart(6, 'A')}`;
        const row = { kind, id: state.nextId++, teamId, email, role, code, status: 'PENDING' as const, expiresAt, createdAt: now, invitedByUserId };
        state.invitations.push(row);
        return strip(row);
      },
      consume: async (code, now) => {
        const row = ofKind().find((i) => i.code === code && i.status === 'PENDING' && i.expiresAt > now && activeTeam(kind, i.teamId));
        if (!row) return null;
        row.status = 'ACCEPTED';
        return strip(row);
      },
      findPending: async (id) => {
        const row = ofKind().find((i) => i.id === id && i.status === 'PENDING');
        return row ? strip(row) : null;
      },
      cancel: async (id) => {
        ofKind().find((i) => i.id === id)!.status = 'CANCELLED';
      },
      previewByCode: async () => {
        throw new Error('not used');
      },
      pendingOf: async () => {
        throw new Error('not used');
      },
    };
  };

  const repositories: TeamRepositories = {
    memberships: { ORGANIZATION: memberships('ORGANIZATION'), CERTIFICATION_CENTER: memberships('CERTIFICATION_CENTER') },
    invitations: { ORGANIZATION: invitations('ORGANIZATION'), CERTIFICATION_CENTER: invitations('CERTIFICATION_CENTER') },
    accounts: { idByEmail: async () => null },
    schools: { activeByUai: async () => null },
    throttle: {
      admit: async () => {
        state.attemptsCounted += 1;
        return { succeeded: async () => void (state.attemptsGivenBack += 1) };
      },
    },
    audit: { record: async (entry) => state.audit.push(entry) },
    mail: {
      send: async (email) => {
        if (email.to === options.failMailTo) throw new Error('outbox unavailable');
        state.mails.push(email);
      },
    },
    // All or nothing, as the database's transaction (the outbox's e-mails included): the state is restored when the work throws.
    transaction: allOrNothing(state, () => (structuredClone({ memberships: state.memberships, invitations: state.invitations, audit: state.audit, mails: state.mails })), () => repositories),
  };
  return { repositories, state };
}

const clock = { now: () => new Date('2026-12-07T10:00:00Z') };
const deps = { clock, throttle: { accountFailures: 10, addressFailures: 20, windowSeconds: 900 }, publicUrl: 'https://pix.example' };
const center: Team = { id: 5, name: 'Centre Jean Moulin', archived: false };
const college: Team = { id: 1, name: 'Collège Jean Moulin', archived: false };
const inDays = (days: number) => new Date(clock.now().getTime() + days * 24 * 3600 * 1000);
const invitation = (over: Partial<InvitationRow> = {}): InvitationRow & { kind: TeamKind } => ({
  kind: 'CERTIFICATION_CENTER',
  id: 10,
  teamId: center.id,
  email: 'marie.curie@example.net',
  code: 'ABCDEFGHJK',
  role: 'MEMBER',
  status: 'PENDING',
  expiresAt: inDays(3),
  invitedByUserId: 1,
  ...over,
});

describe('accepting an invitation to a team, on in-memory repositories', () => {
  it('makes the first person to join a centre its administrator, whatever role the invitation offered, and uses the code up', async () => {
    const { repositories, state } = memoryRepositories({ teams: [{ kind: 'CERTIFICATION_CENTER', team: center }], invitations: [invitation()] });

    const membership = await acceptTeamInvitation(repositories, deps, 'CERTIFICATION_CENTER', { userId: 2, code: ' abcdefghjk ' });

    expect(membership).toMatchObject({ teamId: center.id, userId: 2, role: 'ADMIN' });
    expect(state.invitations[0].status).toBe('ACCEPTED');
    // The code was tried once and the attempt given back, as a successful log-in.
    expect([state.attemptsCounted, state.attemptsGivenBack]).toEqual([1, 1]);
    await expect(acceptTeamInvitation(repositories, deps, 'CERTIFICATION_CENTER', { userId: 3, code: 'ABCDEFGHJK' })).rejects.toThrow(InvitationInvalidError);
    expect(state.memberships).toHaveLength(1);
  });

  it('refuses the sender their own invitation, which stays usable by its addressee', async () => {
    const { repositories, state } = memoryRepositories({
      teams: [{ kind: 'CERTIFICATION_CENTER', team: center }],
      memberships: [{ kind: 'CERTIFICATION_CENTER', id: 1, teamId: center.id, userId: 1, role: 'ADMIN' }],
      invitations: [invitation({ invitedByUserId: 1 })],
    });

    await expect(acceptTeamInvitation(repositories, deps, 'CERTIFICATION_CENTER', { userId: 1, code: 'ABCDEFGHJK' })).rejects.toThrow(InvitationSelfAcceptError);
    expect(state.invitations[0].status).toBe('PENDING');
    expect(state.attemptsGivenBack).toBe(0);

    const membership = await acceptTeamInvitation(repositories, deps, 'CERTIFICATION_CENTER', { userId: 2, code: 'ABCDEFGHJK' });
    expect(membership).toMatchObject({ userId: 2, role: 'MEMBER' });
  });

  it('refuses an expired code, or the code of an archived centre, without adding anyone', async () => {
    const archived = { ...center, id: 6, archived: true };
    const { repositories, state } = memoryRepositories({
      teams: [
        { kind: 'CERTIFICATION_CENTER', team: center },
        { kind: 'CERTIFICATION_CENTER', team: archived },
      ],
      invitations: [invitation({ expiresAt: inDays(-1) }), invitation({ id: 11, teamId: archived.id, code: 'ZZZZZZZZZZ' })],
    });

    await expect(acceptTeamInvitation(repositories, deps, 'CERTIFICATION_CENTER', { userId: 2, code: 'ABCDEFGHJK' })).rejects.toThrow(InvitationInvalidError);
    await expect(acceptTeamInvitation(repositories, deps, 'CERTIFICATION_CENTER', { userId: 2, code: 'ZZZZZZZZZZ' })).rejects.toThrow(InvitationInvalidError);
    expect(state.memberships).toEqual([]);
    expect(state.attemptsCounted).toBe(2);
  });
});

describe('staff changing a membership, on in-memory repositories', () => {
  const staff = { userId: 99, platformRole: PlatformRole.SUPPORT };
  const team = () =>
    memoryRepositories({
      teams: [{ kind: 'CERTIFICATION_CENTER', team: center }],
      memberships: [
        { kind: 'CERTIFICATION_CENTER', id: 1, teamId: center.id, userId: 1, role: 'ADMIN' },
        { kind: 'CERTIFICATION_CENTER', id: 2, teamId: center.id, userId: 2, role: 'MEMBER' },
      ],
    });
  const schoolOfCenter = async () => 42;

  it('keeps the last administrator: neither demoted nor removed, and nothing recorded', async () => {
    const { repositories, state } = team();

    for (const role of ['MEMBER', null] as const) {
      await expect(
        staffChangeMembership(repositories, staff, 'CERTIFICATION_CENTER', { membershipId: 1, role, comment: 'ticket 12', auditOrganizationOf: schoolOfCenter }),
      ).rejects.toThrow(LastAdminError);
    }
    expect(state.memberships.map((m) => [m.userId, m.role])).toEqual([
      [1, 'ADMIN'],
      [2, 'MEMBER'],
    ]);
    expect(state.audit).toEqual([]);
  });

  it('records a removal in the audit log under the centre’s school, with the member before and the comment', async () => {
    const { repositories, state } = team();

    const after = await staffChangeMembership(repositories, staff, 'CERTIFICATION_CENTER', {
      membershipId: 2,
      role: null,
      comment: 'a quitté le centre',
      auditOrganizationOf: schoolOfCenter,
    });

    expect(after).toBeNull();
    expect(state.memberships.map((m) => m.userId)).toEqual([1]);
    expect(state.audit).toEqual([
      {
        actorUserId: 99,
        action: 'CERTIFICATION_CENTER_MEMBER_REMOVED',
        targetType: 'CERTIFICATION_CENTER_MEMBERSHIP',
        targetId: 2,
        organizationId: 42,
        before: { userId: 2, role: 'MEMBER', teamId: center.id },
        after: null,
        comment: 'a quitté le centre',
      },
    ]);
  });

  it('does not let staff change their own membership this way', async () => {
    const { repositories, state } = memoryRepositories({
      teams: [{ kind: 'ORGANIZATION', team: college }],
      memberships: [
        { kind: 'ORGANIZATION', id: 1, teamId: college.id, userId: 1, role: 'ADMIN' },
        { kind: 'ORGANIZATION', id: 3, teamId: college.id, userId: 99, role: 'ADMIN' },
      ],
    });

    await expect(
      staffChangeMembership(repositories, staff, 'ORGANIZATION', { membershipId: 3, role: 'MEMBER', auditOrganizationOf: async (id) => id }),
    ).rejects.toThrow(ForbiddenError);
    expect(state.memberships.find((m) => m.userId === 99)?.role).toBe('ADMIN');
    expect(state.audit).toEqual([]);
  });
});

describe('inviting people to a team, on in-memory repositories', () => {
  const admin = { userId: 1, platformRole: null };
  const seed = () => ({
    teams: [{ kind: 'ORGANIZATION' as const, team: college }],
    memberships: [
      { kind: 'ORGANIZATION' as const, id: 1, teamId: college.id, userId: 1, role: 'ADMIN' as const },
      { kind: 'ORGANIZATION' as const, id: 2, teamId: college.id, userId: 2, role: 'MEMBER' as const },
    ],
  });

  it('sends each address one e-mail with its join link; inviting the same address again renews the same code', async () => {
    const { repositories, state } = memoryRepositories(seed());

    const rows = await inviteMembers(repositories, deps, admin, 'ORGANIZATION', { teamId: college.id, emails: ['Anne@Example.net; paul@example.net'], role: 'MEMBER' });

    expect(rows.map((r) => r.email)).toEqual(['anne@example.net', 'paul@example.net']);
    expect(state.mails.map((m) => m.to)).toEqual(['anne@example.net', 'paul@example.net']);
    expect(state.mails[0].text).toContain(`https://pix.example/orga/rejoindre?code=${rows[0].code}`);
    expect(state.mails[0].subject).toContain(college.name);

    const [again] = await inviteMembers(repositories, deps, admin, 'ORGANIZATION', { teamId: college.id, emails: ['anne@example.net'], role: 'ADMIN' });
    expect(again).toMatchObject({ id: rows[0].id, code: rows[0].code, role: 'ADMIN' });
    expect(state.invitations).toHaveLength(2);
    expect(state.mails).toHaveLength(3);
  });

  it('refuses a member who is not an administrator: no invitation, no e-mail', async () => {
    const { repositories, state } = memoryRepositories(seed());

    await expect(
      inviteMembers(repositories, deps, { userId: 2, platformRole: null }, 'ORGANIZATION', { teamId: college.id, emails: ['anne@example.net'], role: 'MEMBER' }),
    ).rejects.toThrow(ForbiddenError);
    expect(state.invitations).toEqual([]);
    expect(state.mails).toEqual([]);
  });

  it('keeps no invitation and sends nothing when one of the e-mails cannot be queued', async () => {
    const { repositories, state } = memoryRepositories(seed(), { failMailTo: 'paul@example.net' });

    await expect(
      inviteMembers(repositories, deps, admin, 'ORGANIZATION', { teamId: college.id, emails: ['anne@example.net', 'paul@example.net'], role: 'MEMBER' }),
    ).rejects.toThrow('outbox unavailable');
    expect(state.invitations).toEqual([]);
    expect(state.mails).toEqual([]);
  });
});
