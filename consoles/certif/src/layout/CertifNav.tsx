import { ConsoleNav } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import type { CenterMembership } from '../centers/current-center';
import { urls } from '../urls';

export interface CertifNavProps {
  memberships: CenterMembership[];
  currentCenterId: string | null;
  onSwitch: (centerId: string) => void;
}

/** Pix Certif's navigation (props only): the centre's sections and, for members of several centres, the centre switcher. */
export function CertifNav({ memberships, currentCenterId, onSwitch }: CertifNavProps) {
  const { t } = useTranslation();
  const entries = currentCenterId
    ? [
        { to: urls.sessions(currentCenterId), label: t('console.nav.sessions') },
        { to: urls.team(currentCenterId), label: t('console.nav.team') },
      ]
    : [];
  return (
    <ConsoleNav
      entries={entries}
      switcher={{
        options: memberships.map((m) => m.certificationCenter),
        currentId: currentCenterId,
        onSwitch,
      }}
    />
  );
}
