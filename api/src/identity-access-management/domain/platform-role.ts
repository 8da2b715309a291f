export enum PlatformRole {
  SUPER_ADMIN = 'SUPER_ADMIN',
  SUPPORT = 'SUPPORT',
  METIER = 'METIER',
  CERTIF = 'CERTIF',
}

/** Who is calling: built from the access token for each request. Memberships come later. */
export interface Viewer {
  userId: number;
  platformRole: PlatformRole | null;
}
