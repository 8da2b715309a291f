import { BadUserInputError } from '../../shared/domain/errors';
import { ORGANIZATION_TYPES, type OrganizationTypeName } from './organization-rules';

/** A label staff attach to organisations (AEFE, Agriculture, Public, Privé…), to filter them. */
export interface Tag {
  id: number;
  name: string;
}

/**
 * The staff's search among organisations: every criterion given must hold. Name and external id
 * are "contains", whatever the case, the accents and œ/æ; the UAI is the exact code (typed in any
 * case); `archived` false (default) lists active organisations, true the archived ones only.
 */
export interface OrganizationFilter {
  name: string | null;
  uai: string | null;
  externalId: string | null;
  type: OrganizationTypeName | null;
  tagIds: number[];
  archived: boolean;
}

export function organizationFilter(input: {
  name?: string | null;
  uai?: string | null;
  externalId?: string | null;
  type?: string | null;
  tagIds?: readonly number[] | null;
  archived?: boolean | null;
} = {}): OrganizationFilter {
  if (input.type && !(ORGANIZATION_TYPES as readonly string[]).includes(input.type)) throw new BadUserInputError('type', 'errors.field.organizationType');
  return {
    name: input.name?.trim() || null,
    uai: input.uai?.trim().toUpperCase() || null,
    externalId: input.externalId?.trim() || null,
    type: (input.type as OrganizationTypeName | null | undefined) ?? null,
    tagIds: [...new Set(input.tagIds ?? [])],
    archived: input.archived ?? false,
  };
}
