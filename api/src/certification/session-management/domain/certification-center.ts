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

/** The centre's people: ADMIN (its team and sessions) and MEMBER (its sessions). */
export type CenterRole = 'ADMIN' | 'MEMBER';
