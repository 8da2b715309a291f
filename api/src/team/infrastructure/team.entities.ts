import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export type MembershipRoleValue = 'ADMIN' | 'MEMBER';

export class MembershipEntity {
  [OptionalProps]?: 'createdAt';
  id!: number;
  organizationId!: number;
  userId!: number;
  role!: MembershipRoleValue;
  createdAt: Date = new Date();
}

export const MembershipSchema = new EntitySchema<MembershipEntity>({
  class: MembershipEntity,
  tableName: 'memberships',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    organizationId: { type: 'integer' },
    userId: { type: 'integer' },
    role: { type: 'string', length: 8 },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});

/** An invitation to join an organisation: single use, unguessable, expiring. */
export class OrganizationInvitationEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status';
  id!: number;
  organizationId!: number;
  email!: string;
  code!: string;
  role!: MembershipRoleValue;
  status: 'PENDING' | 'ACCEPTED' | 'CANCELLED' = 'PENDING';
  expiresAt!: Date;
  /** Who sent it last: they may not accept it themself. */
  invitedByUserId?: number | null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const OrganizationInvitationSchema = new EntitySchema<OrganizationInvitationEntity>({
  class: OrganizationInvitationEntity,
  tableName: 'organization_invitations',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    organizationId: { type: 'integer' },
    email: { type: 'string', length: 255 },
    code: { type: 'string', length: 10 },
    role: { type: 'string', length: 8 },
    status: { type: 'string', length: 16, default: 'PENDING' },
    expiresAt: { type: 'datetime' },
    invitedByUserId: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
