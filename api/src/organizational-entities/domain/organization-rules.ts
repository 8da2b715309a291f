import { BadUserInputError } from '../../shared/domain/errors';
import { assertValidEmail, assertValidName } from '../../shared/domain/account-rules';

export const ORGANIZATION_TYPES = ['SCO', 'SUP', 'PRO'] as const;
export type OrganizationTypeName = (typeof ORGANIZATION_TYPES)[number];

/** A UAI is 7 digits and a letter (domain.md §4); typed ones are trimmed and upper-cased. */
export function normalizeUai(uai: string): string {
  return uai.trim().toUpperCase();
}

export function assertValidUai(uai: string, field = 'uai'): string {
  const normalized = normalizeUai(uai);
  if (!/^\d{7}[A-Z]$/.test(normalized)) throw new BadUserInputError(field, 'errors.field.uaiInvalid');
  return normalized;
}

/** An organisation as the platform knows it. */
export interface OrganizationRow {
  id: number;
  name: string;
  type: OrganizationTypeName;
  uai: string | null;
  email: string | null;
  isManagingStudents: boolean;
  provinceCode: string | null;
  externalId: string | null;
  archivedAt: Date | null;
  createdAt: Date;
}

export interface NewOrganization {
  name: string;
  type: OrganizationTypeName;
  uai: string | null;
  email: string | null;
  isManagingStudents: boolean;
  provinceCode: string | null;
  externalId: string | null;
}

/** What staff type about an organisation (create and edit). */
export interface OrganizationInput {
  name: string;
  type: string;
  uai?: string | null;
  email?: string | null;
  isManagingStudents?: boolean | null;
  provinceCode?: string | null;
  externalId?: string | null;
}

/** A province (département) code: 2 or 3 digits, or 2A / 2B (Corse). */
export function assertValidProvinceCode(code: string): string {
  const normalized = code.trim().toUpperCase();
  if (!/^([0-9]{2,3}|2[AB])$/.test(normalized)) throw new BadUserInputError('provinceCode', 'adminOrganizations.errors.provinceCode');
  return normalized;
}

/** An external id (the partner's or the ministry's reference): trimmed, 255 characters at most. */
export function normalizeExternalId(externalId: string | null | undefined): string | null {
  const trimmed = externalId?.trim() || null;
  if (trimmed && trimmed.length > 255) throw new BadUserInputError('externalId', 'errors.field.tooLong', { max: 255 });
  return trimmed;
}

/** Checks what the platform team types when creating an organisation. A SCO school manages its pupils by default. */
export function validateNewOrganization(input: OrganizationInput): NewOrganization {
  const name = assertValidName(input.name, 'name');
  if (!(ORGANIZATION_TYPES as readonly string[]).includes(input.type)) throw new BadUserInputError('type', 'errors.field.organizationType');
  const type = input.type as OrganizationTypeName;
  const uai = input.uai?.trim() ? assertValidUai(input.uai) : null;
  const email = input.email?.trim() ? assertValidEmail(input.email) : null;
  const provinceCode = input.provinceCode?.trim() ? assertValidProvinceCode(input.provinceCode) : null;
  return { name, type, uai, email, isManagingStudents: input.isManagingStudents ?? type === 'SCO', provinceCode, externalId: normalizeExternalId(input.externalId) };
}

/**
 * An edit by staff: the fields given replace the current ones (a field left out stays; an empty one
 * is cleared), then the whole is checked as at creation. Archived organisations are not edited.
 */
export function validateOrganizationChanges(current: OrganizationRow, changes: Partial<OrganizationInput>): NewOrganization {
  if (current.archivedAt) throw new BadUserInputError('id', 'adminOrganizations.errors.organizationArchived');
  const pick = <K extends keyof OrganizationInput>(key: K, value: OrganizationInput[K]) => (changes[key] === undefined ? value : changes[key]);
  return validateNewOrganization({
    name: pick('name', current.name) as string,
    type: pick('type', current.type) as string,
    uai: pick('uai', current.uai),
    email: pick('email', current.email),
    isManagingStudents: pick('isManagingStudents', current.isManagingStudents) ?? current.isManagingStudents,
    provinceCode: pick('provinceCode', current.provinceCode),
    externalId: pick('externalId', current.externalId),
  });
}
