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
  archivedAt: Date | null;
}

export interface NewOrganization {
  name: string;
  type: OrganizationTypeName;
  uai: string | null;
  email: string | null;
  isManagingStudents: boolean;
}

/** Checks what the platform team types when creating an organisation. A SCO school manages its pupils by default. */
export function validateNewOrganization(input: {
  name: string;
  type: string;
  uai?: string | null;
  email?: string | null;
  isManagingStudents?: boolean | null;
}): NewOrganization {
  const name = assertValidName(input.name, 'name');
  if (!(ORGANIZATION_TYPES as readonly string[]).includes(input.type)) throw new BadUserInputError('type', 'errors.field.organizationType');
  const type = input.type as OrganizationTypeName;
  const uai = input.uai?.trim() ? assertValidUai(input.uai) : null;
  const email = input.email?.trim() ? assertValidEmail(input.email) : null;
  return { name, type, uai, email, isManagingStudents: input.isManagingStudents ?? type === 'SCO' };
}
