import { ConsoleNav, type NavEntry } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import type { OrgaMembership } from '../organizations/current-organization';
import { urls } from '../urls';

export interface OrgaNavProps {
  /** The user's memberships, in the switcher's order. */
  memberships: OrgaMembership[];
  /** The organisation of the page (from its URL), if any. */
  currentOrganizationId: string | null;
  /** The current organisation is a school that manages its pupils: the "Élèves" and "Certifications" sections. */
  managesPupils: boolean;
  onSwitch: (organizationId: string) => void;
}

function orgaNavEntries(organizationId: string, managesPupils: boolean, t: (key: string) => string): NavEntry[] {
  return [
    { to: urls.organization(organizationId), label: t('console.nav.home'), end: true },
    // Also the current section on a campaign's pages.
    { to: urls.campaigns(organizationId), label: t('console.nav.campaigns') },
    ...(managesPupils
      ? [
          { to: urls.pupils(organizationId), label: t('console.nav.pupils') },
          { to: urls.certificationResults(organizationId), label: t('console.nav.certificationResults') },
        ]
      : []),
    { to: urls.team(organizationId), label: t('console.nav.team') },
  ];
}

/**
 * Pix Orga's main navigation (props only): the sections of the current organisation and, for
 * members of several organisations, the organisation switcher.
 */
export function OrgaNav({ memberships, currentOrganizationId, managesPupils, onSwitch }: OrgaNavProps) {
  const { t } = useTranslation();
  return (
    <ConsoleNav
      entries={currentOrganizationId ? orgaNavEntries(currentOrganizationId, managesPupils, t) : []}
      switcher={{
        options: memberships.map((membership) => membership.organization),
        currentId: currentOrganizationId,
        onSwitch,
      }}
    />
  );
}
