import { assertValidName } from '../../../shared/domain/account-rules';
import { BadUserInputError } from '../../../shared/domain/errors';

/** Centres (domain.md, "Certification"): a SCO centre is a school's (same UAI as its organisation); SUP and PRO centres stand alone. */
export const CERTIFICATION_CENTER_TYPES = ['SCO', 'SUP', 'PRO'] as const;
export type CertificationCenterType = (typeof CERTIFICATION_CENTER_TYPES)[number];

export interface CertificationCenterRow {
  id: number;
  name: string;
  type: CertificationCenterType;
  uai: string | null;
  externalId: string | null;
  /** When staff archived it (null: active); archived centres are read by staff only. */
  archivedAt?: Date | null;
}

export interface NewCertificationCenter {
  name: string;
  type: CertificationCenterType;
  uai: string | null;
  externalId: string | null;
}

/**
 * What the platform team types when creating a centre. The UAI's format is checked by the caller
 * (organizational-entities owns that rule); a SCO centre must have one.
 */
export function validateNewCertificationCenter(input: { name: string; type: string; uai?: string | null; externalId?: string | null }): NewCertificationCenter {
  const name = assertValidName(input.name, 'name');
  if (!(CERTIFICATION_CENTER_TYPES as readonly string[]).includes(input.type)) throw new BadUserInputError('type', 'certificationSessions.errors.centerType');
  const type = input.type as CertificationCenterType;
  const uai = input.uai?.trim() ? input.uai.trim().toUpperCase() : null;
  if (type === 'SCO' && !uai) throw new BadUserInputError('uai', 'certificationSessions.errors.scoCenterNeedsUai');
  const externalId = input.externalId?.trim() || null;
  if (externalId && externalId.length > 255) throw new BadUserInputError('externalId', 'errors.field.tooLong', { max: 255 });
  return { name, type, uai, externalId };
}

/**
 * An edit by staff: the fields given replace the current ones (left out: unchanged; empty: cleared),
 * then the whole is checked as at creation. An archived centre is not edited.
 */
export function validateCenterChanges(
  current: CertificationCenterRow,
  changes: { name?: string | null; type?: string | null; uai?: string | null; externalId?: string | null },
): NewCertificationCenter {
  if (current.archivedAt) throw new BadUserInputError('id', 'adminOrganizations.errors.centerArchived');
  return validateNewCertificationCenter({
    name: changes.name ?? current.name,
    type: changes.type ?? current.type,
    uai: changes.uai === undefined ? current.uai : changes.uai,
    externalId: changes.externalId === undefined ? current.externalId : changes.externalId,
  });
}

/** The staff's search among centres: name and external id "contain" (French rules), the UAI and type are exact. */
export interface CenterFilter {
  name: string | null;
  uai: string | null;
  externalId: string | null;
  type: CertificationCenterType | null;
  archived: boolean;
}

export function centerFilter(input: { name?: string | null; uai?: string | null; externalId?: string | null; type?: string | null; archived?: boolean | null } = {}): CenterFilter {
  if (input.type && !(CERTIFICATION_CENTER_TYPES as readonly string[]).includes(input.type)) throw new BadUserInputError('type', 'certificationSessions.errors.centerType');
  return {
    name: input.name?.trim() || null,
    uai: input.uai?.trim().toUpperCase() || null,
    externalId: input.externalId?.trim() || null,
    type: (input.type as CertificationCenterType | null | undefined) ?? null,
    archived: input.archived ?? false,
  };
}

/** The centre's people: ADMIN (its team and sessions) and MEMBER (its sessions). */
export type CenterRole = 'ADMIN' | 'MEMBER';
