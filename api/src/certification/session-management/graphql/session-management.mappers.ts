import { BadUserInputError } from '../../../shared/domain/errors';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { InvitationRow, TeamMembershipRow } from '../../../team';
import type { CenterRole, CertificationCenterRow } from '../domain/certification-center';
import { sessionLockReason, type SessionSummaryRow } from '../domain/certification-session';
import {
  CertificationCenterInvitationView,
  CertificationCenterMembershipView,
  CertificationCenterRoleValue,
  CertificationCenterTypeValue,
  CertificationCenterView,
  CertificationSessionStateValue,
  CertificationSessionView,
} from './session-management.types';

export function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

export const toCenterView = (center: CertificationCenterRow, role: CenterRole | null): CertificationCenterView =>
  Object.assign(new CertificationCenterView(), {
    id: String(center.id),
    name: center.name,
    type: center.type as CertificationCenterTypeValue,
    uai: center.uai,
    externalId: center.externalId,
    archivedAt: center.archivedAt ?? null,
    viewerRole: role as CertificationCenterRoleValue | null,
    centerId: center.id,
  });

export function toSessionView(session: SessionSummaryRow, center: CertificationCenterRow, role: CenterRole | null, locale: Locale): CertificationSessionView {
  const reason = sessionLockReason(session);
  return Object.assign(new CertificationSessionView(), {
    id: String(session.id),
    number: session.id,
    address: session.address,
    room: session.room,
    date: session.date,
    time: session.time,
    examiner: session.examiner,
    description: session.description,
    accessCode: session.accessCode,
    invigilatorPassword: session.invigilatorPassword,
    state: session.state as CertificationSessionStateValue,
    candidateCount: session.candidateCount,
    joinedCount: session.joinedCount,
    isEditable: reason === null,
    lockReason: reason && translate(reason, {}, locale),
    certificationCenter: toCenterView(center, role),
    sessionId: session.id,
    centerId: center.id,
    centerType: center.type,
  });
}

export const toCenterMembershipView = (row: TeamMembershipRow, center: CertificationCenterRow | null): CertificationCenterMembershipView =>
  Object.assign(new CertificationCenterMembershipView(), {
    id: String(row.id),
    role: row.role as CertificationCenterRoleValue,
    certificationCenter: center && toCenterView(center, row.role),
    userId: row.userId,
    centerId: row.teamId,
  });

export const toCenterInvitationView = (row: InvitationRow): CertificationCenterInvitationView =>
  Object.assign(new CertificationCenterInvitationView(), {
    id: String(row.id),
    email: row.email,
    role: row.role as CertificationCenterRoleValue,
    createdAt: row.createdAt ?? row.expiresAt,
    expiresAt: row.expiresAt,
  });
