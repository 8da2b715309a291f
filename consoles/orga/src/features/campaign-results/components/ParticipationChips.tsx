import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CampaignParticipationStatus, CampaignType } from '../../../__generated__/graphql';
import { statusKey } from '../campaign-results-types';

const STATUS_COLORS = { SHARED: 'success', TO_SHARE: 'info', PENDING: 'info', STARTED: 'default' } as const;

/** "En cours" / "Terminé, non envoyé" / "Envoyé" (a profiles collection: "En attente d'envoi" / "Envoyé"): words, not colour only. */
export function StatusChip({ type, status }: { type: CampaignType; status: CampaignParticipationStatus }) {
  const { t } = useTranslation();
  const key = statusKey(type, status);
  return <Chip size="small" variant="outlined" color={STATUS_COLORS[key as keyof typeof STATUS_COLORS] ?? 'default'} label={t(`console.campaignResults.status.${key}`)} />;
}

/** "Oui" / "Non" for "Certifiable". */
export function CertifiableChip({ certifiable }: { certifiable: boolean }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant={certifiable ? 'filled' : 'outlined'}
      color={certifiable ? 'success' : 'default'}
      label={certifiable ? t('console.campaignResults.yes') : t('console.campaignResults.no')}
    />
  );
}
