import type { CertifMembershipsQuery } from '../__generated__/graphql';

type RawMembership = CertifMembershipsQuery['me']['certificationCenterMemberships'][number];
export type CenterMembership = RawMembership & { certificationCenter: NonNullable<RawMembership['certificationCenter']> };

/** The user's centres (the API names each membership's centre). */
export function centerMemberships(data: CertifMembershipsQuery | undefined): CenterMembership[] {
  return (data?.me.certificationCenterMemberships ?? []).filter((m): m is CenterMembership => m.certificationCenter !== null);
}

const KEY = 'pix-certif-center';

/** The last centre the user worked in, so that the home page opens it again. */
export function rememberCenter(centerId: string): void {
  try {
    localStorage.setItem(KEY, centerId);
  } catch {
    /* private browsing: nothing to remember */
  }
}

export function rememberedCenter(memberships: readonly CenterMembership[]): CenterMembership | null {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(KEY);
  } catch {
    remembered = null;
  }
  return memberships.find((m) => m.certificationCenter.id === remembered) ?? memberships[0] ?? null;
}
