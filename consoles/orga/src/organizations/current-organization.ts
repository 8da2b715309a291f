import type { OrgaMembershipsQuery } from '../__generated__/graphql';

export type OrgaMembership = OrgaMembershipsQuery['me']['memberships'][number];

/** The organisation last opened on this device (an id, nothing personal). */
export const CURRENT_ORGANIZATION_STORAGE_KEY = 'pix-libre.orga.organizationId';

export function readRememberedOrganization(): string | null {
  try {
    return globalThis.localStorage?.getItem(CURRENT_ORGANIZATION_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberOrganization(organizationId: string): void {
  try {
    globalThis.localStorage?.setItem(CURRENT_ORGANIZATION_STORAGE_KEY, organizationId);
  } catch {
    // Storage disabled: the home page opens the first organisation instead.
  }
}

export function forgetOrganization(): void {
  try {
    globalThis.localStorage?.removeItem(CURRENT_ORGANIZATION_STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** Memberships in the order the switcher lists them: by organisation name. */
export function sortMemberships<T extends { organization: { name: string } }>(memberships: readonly T[]): T[] {
  return [...memberships].sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'fr', { sensitivity: 'base' }));
}

/** The organisation to open: the remembered one while the user still belongs to it, else the first by name. */
export function chooseOrganization(memberships: readonly OrgaMembership[], remembered: string | null): string | null {
  if (remembered && memberships.some((membership) => membership.organization.id === remembered)) return remembered;
  return sortMemberships(memberships)[0]?.organization.id ?? null;
}
