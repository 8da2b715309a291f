import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { InvitationPreview, InvitationRow } from '../domain/team';
import { newInvitationCode } from './invitation-code';

const toRow = (r: any): InvitationRow => ({
  id: r.id,
  organizationId: r.organization_id,
  email: r.email,
  code: r.code,
  role: r.role,
  status: r.status,
  expiresAt: new Date(r.expires_at),
  createdAt: new Date(r.created_at),
  invitedByUserId: r.invited_by_user_id ?? null,
});

export class InvitationRepository {
  constructor(private readonly em: EntityManager) {}

  /** The same e-mail invited again reuses its pending invitation (same code), with a new expiry and its new sender. */
  async createOrRenew(invitation: {
    organizationId: number;
    email: string;
    role: MembershipRoleName;
    expiresAt: Date;
    now: Date;
    invitedByUserId: number | null;
  }): Promise<InvitationRow> {
    const existing = await knexOf(this.em)('organization_invitations')
      .where({ organization_id: invitation.organizationId, email: invitation.email, status: 'PENDING' })
      .first();
    if (existing) {
      const [row] = await knexOf(this.em)('organization_invitations')
        .where({ id: existing.id })
        .update({ expires_at: invitation.expiresAt, role: invitation.role, invited_by_user_id: invitation.invitedByUserId, updated_at: invitation.now })
        .returning('*');
      return toRow(row);
    }
    const [row] = await knexOf(this.em)('organization_invitations')
      .insert({
        organization_id: invitation.organizationId,
        email: invitation.email,
        role: invitation.role,
        code: newInvitationCode(),
        expires_at: invitation.expiresAt,
        invited_by_user_id: invitation.invitedByUserId,
        created_at: invitation.now,
        updated_at: invitation.now,
      })
      .returning('*');
    return toRow(row);
  }

  /** Takes a pending, unexpired invitation for use, once: a concurrent acceptance gets nothing. */
  async consume(code: string, now: Date): Promise<InvitationRow | null> {
    const [row] = await knexOf(this.em)('organization_invitations')
      .where({ code, status: 'PENDING' })
      .where('expires_at', '>', now)
      .update({ status: 'ACCEPTED', updated_at: now })
      .returning('*');
    return row ? toRow(row) : null;
  }

  async findPending(id: number): Promise<InvitationRow | null> {
    const row = await knexOf(this.em)('organization_invitations').where({ id, status: 'PENDING' }).first();
    return row ? toRow(row) : null;
  }

  async cancel(id: number, now: Date): Promise<void> {
    await knexOf(this.em)('organization_invitations').where({ id }).update({ status: 'CANCELLED', updated_at: now });
  }

  /** The organisation's name and the role of a usable invitation (a join page, before accepting). */
  async previewByCode(code: string, now: Date): Promise<InvitationPreview | null> {
    const row = await knexOf(this.em)('organization_invitations as i')
      .join('organizations as o', 'o.id', 'i.organization_id')
      .where({ 'i.code': code, 'i.status': 'PENDING' })
      .where('i.expires_at', '>', now)
      .first('o.name', 'i.role');
    return row ? { organizationName: row.name as string, role: row.role as MembershipRoleName } : null;
  }

  /** Invitations still usable (pending, not expired), most recent first. */
  async pendingOf(organizationId: number, now: Date): Promise<InvitationRow[]> {
    const rows = await knexOf(this.em)('organization_invitations')
      .where({ organization_id: organizationId, status: 'PENDING' })
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc');
    return rows.map(toRow);
  }
}
