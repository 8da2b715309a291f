import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { InvitationPreview, InvitationRow, TeamKind } from '../domain/team';
import { newInvitationCode } from './invitation-code';
import { TEAM_STORES, type TeamStore } from './team-store';

/** The invitations to the teams of one kind (organisations by default, or certification centres). */
export class InvitationRepository {
  private readonly store: TeamStore;
  private readonly toRow: (r: any) => InvitationRow;

  constructor(
    private readonly em: EntityManager,
    kind: TeamKind = 'ORGANIZATION',
  ) {
    this.store = TEAM_STORES[kind];
    const column = this.store.teamColumn;
    this.toRow = (r) => ({
      id: r.id,
      teamId: r[column],
      email: r.email,
      code: r.code,
      role: r.role,
      status: r.status,
      expiresAt: new Date(r.expires_at),
      createdAt: new Date(r.created_at),
      invitedByUserId: r.invited_by_user_id ?? null,
    });
  }

  private table() {
    return knexOf(this.em)(this.store.invitations);
  }

  /** The same e-mail invited again reuses its pending invitation (same code), with a new expiry and its new sender. */
  async createOrRenew(invitation: {
    teamId: number;
    email: string;
    role: MembershipRoleName;
    expiresAt: Date;
    now: Date;
    invitedByUserId: number | null;
  }): Promise<InvitationRow> {
    const existing = await this.table()
      .where({ [this.store.teamColumn]: invitation.teamId, email: invitation.email, status: 'PENDING' })
      .first();
    if (existing) {
      const [row] = await this.table()
        .where({ id: existing.id })
        .update({ expires_at: invitation.expiresAt, role: invitation.role, invited_by_user_id: invitation.invitedByUserId, updated_at: invitation.now })
        .returning('*');
      return this.toRow(row);
    }
    const [row] = await this.table()
      .insert({
        [this.store.teamColumn]: invitation.teamId,
        email: invitation.email,
        role: invitation.role,
        code: newInvitationCode(),
        expires_at: invitation.expiresAt,
        invited_by_user_id: invitation.invitedByUserId,
        created_at: invitation.now,
        updated_at: invitation.now,
      })
      .returning('*');
    return this.toRow(row);
  }

  /** Takes a pending, unexpired invitation for use, once: a concurrent acceptance gets nothing. */
  async consume(code: string, now: Date): Promise<InvitationRow | null> {
    const [row] = await this.table()
      .where({ code, status: 'PENDING' })
      .where('expires_at', '>', now)
      .whereIn(this.store.teamColumn, knexOf(this.em)(this.store.teams).whereNull('archived_at').select('id'))
      .update({ status: 'ACCEPTED', updated_at: now })
      .returning('*');
    return row ? this.toRow(row) : null;
  }

  async findPending(id: number): Promise<InvitationRow | null> {
    const row = await this.table().where({ id, status: 'PENDING' }).first();
    return row ? this.toRow(row) : null;
  }

  async cancel(id: number, now: Date): Promise<void> {
    await this.table().where({ id }).update({ status: 'CANCELLED', updated_at: now });
  }

  /** The team's name and the role of a usable invitation (a join page, before accepting). */
  async previewByCode(code: string, now: Date): Promise<InvitationPreview | null> {
    const row = await knexOf(this.em)(`${this.store.invitations} as i`)
      .join(`${this.store.teams} as t`, 't.id', `i.${this.store.teamColumn}`)
      .where({ 'i.code': code, 'i.status': 'PENDING' })
      .where('i.expires_at', '>', now)
      .whereNull('t.archived_at')
      .first('t.name', 'i.role');
    return row ? { teamName: row.name as string, role: row.role as MembershipRoleName } : null;
  }

  /** Invitations still usable (pending, not expired), most recent first. */
  async pendingOf(teamId: number, now: Date): Promise<InvitationRow[]> {
    const rows = await this.table()
      .where({ [this.store.teamColumn]: teamId, status: 'PENDING' })
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc');
    return rows.map(this.toRow);
  }
}
