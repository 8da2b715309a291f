import type { PlatformRole } from '../__generated__/graphql';
import { paths } from '../urls';

/** One entry of Pix Admin's navigation: shown to the viewers whose platform role is listed. */
export interface AdminNavEntry {
  to: string;
  /** An i18n key (console.nav.*). */
  label: string;
  roles: readonly PlatformRole[];
}

/** Pix Admin's sections, in order. Each helper adds its entries here (a plain list, filtered by role). */
export const ADMIN_NAV_ENTRIES: readonly AdminNavEntry[] = [
  { to: paths.sessionsToProcess, label: 'console.nav.sessionsToProcess', roles: ['SUPER_ADMIN', 'CERTIF', 'SUPPORT'] },
  { to: paths.organizations, label: 'console.nav.organizations', roles: ['SUPER_ADMIN', 'SUPPORT'] },
  { to: paths.targetProfiles, label: 'console.nav.targetProfiles', roles: ['SUPER_ADMIN', 'METIER', 'SUPPORT'] },
  { to: paths.certificationCenters, label: 'console.nav.certificationCenters', roles: ['SUPER_ADMIN', 'SUPPORT', 'CERTIF'] },
  { to: paths.users, label: 'console.nav.users', roles: ['SUPER_ADMIN', 'SUPPORT'] },
  { to: paths.auditLog, label: 'console.nav.auditLog', roles: ['SUPER_ADMIN', 'SUPPORT'] },
  { to: paths.content, label: 'console.nav.content', roles: ['SUPER_ADMIN', 'METIER'] },
  { to: paths.sandbox, label: 'console.nav.sandbox', roles: ['SUPER_ADMIN', 'METIER'] },
  { to: paths.challengeStatistics, label: 'console.nav.challengeStatistics', roles: ['SUPER_ADMIN', 'METIER'] },
  { to: paths.apiClients, label: 'console.nav.apiClients', roles: ['SUPER_ADMIN'] },
];

export function navEntriesFor(role: PlatformRole | null | undefined): AdminNavEntry[] {
  return role ? ADMIN_NAV_ENTRIES.filter((entry) => entry.roles.includes(role)) : [];
}
